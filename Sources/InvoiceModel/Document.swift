/// One invoice-like document in the canonical model, as its source declared it.
///
/// Importers fill what the source carries and leave the rest `nil` or empty; they never fix
/// totals or signs. Field comments give the EN 16931 business term (BT) each field holds.
public struct Document: Sendable, Hashable, Codable {
    /// BT-1, the invoice number; `nil` when the source has none (typical of drafts).
    public var number: String?
    /// BT-3 as a kind; ``typeCode`` keeps the code exactly as written.
    public var kind: DocumentKind
    /// BT-3 as written (UNTDID 1001), or the source's own type label for CSV exports.
    public var typeCode: String?
    /// True for drafts, pro forma and other documents that are not issued invoices.
    public var isDraft: Bool
    /// BT-2.
    public var issueDate: CivilDate?
    /// BT-9.
    public var dueDate: CivilDate?
    /// BT-5, ISO 4217.
    public var currency: String?
    /// BT-24, the specification identifier (the Factur-X profile for CII).
    public var specification: String?
    public var seller: Party?
    public var buyer: Party?
    public var lines: [Line]
    /// BG-23.
    public var vatBreakdown: [VATBreakdown]
    /// BG-22.
    public var totals: Totals
    /// BG-3: the invoices a credit note or corrective invoice refers to.
    public var precedingInvoices: [InvoiceReference]
    /// BT-20.
    public var paymentTerms: String?
    /// BG-1.
    public var notes: [Note]
    /// The status the exporting tool declared (paid, cancelled, …), normalised.
    public var status: DocumentStatus?
    public var payments: [Payment]
    /// Where the document starts in its source.
    public var source: SourceLocation
    /// The syntax the document was read from; some EN 16931 tolerances differ between UBL and CII.
    public var sourceFormat: InputFormat?

    public init(
        number: String? = nil, kind: DocumentKind = .invoice, typeCode: String? = nil, isDraft: Bool = false,
        issueDate: CivilDate? = nil, dueDate: CivilDate? = nil, currency: String? = nil,
        specification: String? = nil, seller: Party? = nil, buyer: Party? = nil, lines: [Line] = [],
        vatBreakdown: [VATBreakdown] = [], totals: Totals = Totals(), precedingInvoices: [InvoiceReference] = [],
        paymentTerms: String? = nil, notes: [Note] = [], status: DocumentStatus? = nil, payments: [Payment] = [],
        source: SourceLocation, sourceFormat: InputFormat? = nil
    ) {
        self.number = number
        self.kind = kind
        self.typeCode = typeCode
        self.isDraft = isDraft
        self.issueDate = issueDate
        self.dueDate = dueDate
        self.currency = currency
        self.specification = specification
        self.seller = seller
        self.buyer = buyer
        self.lines = lines
        self.vatBreakdown = vatBreakdown
        self.totals = totals
        self.precedingInvoices = precedingInvoices
        self.paymentTerms = paymentTerms
        self.notes = notes
        self.status = status
        self.payments = payments
        self.source = source
        self.sourceFormat = sourceFormat
    }
}

/// The kind of document, from the UNTDID 1001 code (BT-3) or the exporting tool's type.
public enum DocumentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// 380 and the other commercial-invoice codes.
    case invoice
    /// 381 and the other credit-note codes (avoir).
    case creditNote
    /// 384, an invoice that corrects and replaces an earlier one (facture rectificative).
    case corrective
    /// 386, a deposit invoice (facture d'acompte).
    case deposit
    /// 389, an invoice the buyer issues on the seller's behalf (autofacturation).
    case selfBilled

    /// Maps a UNTDID 1001 code to its kind; codes EN 16931 lists for invoices map to `.invoice`.
    public init?(untdid code: String) {
        switch code.trimmingSpaces {
        case "81", "83", "261", "262", "296", "308", "381", "396", "420", "458", "502", "503", "532":
            self = .creditNote
        case "384", "471", "472", "473": self = .corrective
        case "386", "500": self = .deposit
        case "389", "501", "527": self = .selfBilled
        case "": return nil
        default:
            guard code.trimmingSpaces.allSatisfy(\.isASCIIDigitCharacter) else { return nil }
            self = .invoice
        }
    }

    /// The UNTDID 1001 code used when a document of this kind has no code of its own.
    public var defaultCode: String {
        switch self {
        case .invoice: "380"
        case .creditNote: "381"
        case .corrective: "384"
        case .deposit: "386"
        case .selfBilled: "389"
        }
    }

    public var isCredit: Bool { self == .creditNote }
}

/// The status an exporting tool declared, normalised from each tool's vocabulary.
public enum DocumentStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case draft
    case issued
    case partiallyPaid
    case paid
    case cancelled
    case overdue
}

/// A seller or buyer (BG-4, BG-7).
public struct Party: Sendable, Hashable, Codable {
    /// BT-27 / BT-44, the legal name.
    public var name: String?
    /// BT-28 / BT-45.
    public var tradingName: String?
    /// SIREN, nine digits, from a legal registration id with scheme 0002 or a SIRET's first nine digits.
    public var siren: String?
    /// SIRET, fourteen digits (scheme 0009).
    public var siret: String?
    /// BT-30 / BT-47 as written, with its scheme.
    public var legalRegistration: Identifier?
    /// BT-31 / BT-48.
    public var vatID: String?
    public var address: PostalAddress?

    public init(
        name: String? = nil, tradingName: String? = nil, siren: String? = nil, siret: String? = nil,
        legalRegistration: Identifier? = nil, vatID: String? = nil, address: PostalAddress? = nil
    ) {
        self.name = name
        self.tradingName = tradingName
        self.siren = siren
        self.siret = siret
        self.legalRegistration = legalRegistration
        self.vatID = vatID
        self.address = address
    }
}

/// An identifier with its optional scheme (ISO 6523 ICD such as 0002 for SIREN).
public struct Identifier: Sendable, Hashable, Codable {
    public var value: String
    public var scheme: String?

    public init(value: String, scheme: String? = nil) {
        self.value = value
        self.scheme = scheme
    }
}

/// A postal address (BG-5, BG-8).
public struct PostalAddress: Sendable, Hashable, Codable {
    public var lines: [String]
    public var city: String?
    public var postalCode: String?
    public var subdivision: String?
    /// ISO 3166-1 alpha-2.
    public var country: String?

    public init(
        lines: [String] = [], city: String? = nil, postalCode: String? = nil, subdivision: String? = nil,
        country: String? = nil
    ) {
        self.lines = lines
        self.city = city
        self.postalCode = postalCode
        self.subdivision = subdivision
        self.country = country
    }
}

/// An invoice line (BG-25).
public struct Line: Sendable, Hashable, Codable {
    /// BT-126.
    public var id: String?
    /// BT-153 item name, or the description column of a CSV export.
    public var description: String?
    /// BT-129.
    public var quantity: Amount?
    /// BT-130, UN/ECE Recommendation 20 code.
    public var unit: String?
    /// BT-146.
    public var netPrice: Amount?
    /// BT-149.
    public var baseQuantity: Amount?
    /// BT-131.
    public var netAmount: Amount?
    /// BT-151, UNTDID 5305.
    public var vatCategory: String?
    /// BT-152, a percentage.
    public var vatRate: Amount?
    public var source: SourceLocation?

    public init(
        id: String? = nil, description: String? = nil, quantity: Amount? = nil, unit: String? = nil,
        netPrice: Amount? = nil, baseQuantity: Amount? = nil, netAmount: Amount? = nil, vatCategory: String? = nil,
        vatRate: Amount? = nil, source: SourceLocation? = nil
    ) {
        self.id = id
        self.description = description
        self.quantity = quantity
        self.unit = unit
        self.netPrice = netPrice
        self.baseQuantity = baseQuantity
        self.netAmount = netAmount
        self.vatCategory = vatCategory
        self.vatRate = vatRate
        self.source = source
    }
}

/// One VAT breakdown entry (BG-23).
public struct VATBreakdown: Sendable, Hashable, Codable {
    /// BT-118.
    public var category: String?
    /// BT-119.
    public var rate: Amount?
    /// BT-116.
    public var taxableAmount: Amount?
    /// BT-117.
    public var taxAmount: Amount?
    /// BT-120.
    public var exemptionReason: String?
    /// BT-121.
    public var exemptionReasonCode: String?

    public init(
        category: String? = nil, rate: Amount? = nil, taxableAmount: Amount? = nil, taxAmount: Amount? = nil,
        exemptionReason: String? = nil, exemptionReasonCode: String? = nil
    ) {
        self.category = category
        self.rate = rate
        self.taxableAmount = taxableAmount
        self.taxAmount = taxAmount
        self.exemptionReason = exemptionReason
        self.exemptionReasonCode = exemptionReasonCode
    }
}

/// Document totals (BG-22), each as declared by the source.
public struct Totals: Sendable, Hashable, Codable {
    /// BT-106, sum of line net amounts.
    public var lineNet: Amount?
    /// BT-107.
    public var allowances: Amount?
    /// BT-108.
    public var charges: Amount?
    /// BT-109, total without VAT.
    public var taxExclusive: Amount?
    /// BT-110, VAT total in the invoice currency.
    public var vat: Amount?
    /// BT-111, VAT total in the accounting currency.
    public var vatInAccountingCurrency: Amount?
    /// BT-112, total with VAT.
    public var taxInclusive: Amount?
    /// BT-113.
    public var prepaid: Amount?
    /// BT-114.
    public var rounding: Amount?
    /// BT-115, amount due.
    public var payable: Amount?

    public init(
        lineNet: Amount? = nil, allowances: Amount? = nil, charges: Amount? = nil, taxExclusive: Amount? = nil,
        vat: Amount? = nil, vatInAccountingCurrency: Amount? = nil, taxInclusive: Amount? = nil,
        prepaid: Amount? = nil, rounding: Amount? = nil, payable: Amount? = nil
    ) {
        self.lineNet = lineNet
        self.allowances = allowances
        self.charges = charges
        self.taxExclusive = taxExclusive
        self.vat = vat
        self.vatInAccountingCurrency = vatInAccountingCurrency
        self.taxInclusive = taxInclusive
        self.prepaid = prepaid
        self.rounding = rounding
        self.payable = payable
    }
}

/// A reference to a preceding invoice (BG-3: BT-25 number, BT-26 date).
public struct InvoiceReference: Sendable, Hashable, Codable {
    public var number: String
    public var issueDate: CivilDate?

    public init(number: String, issueDate: CivilDate? = nil) {
        self.number = number
        self.issueDate = issueDate
    }
}

/// An invoice note (BG-1).
public struct Note: Sendable, Hashable, Codable {
    /// BT-21, UNTDID 4451.
    public var subject: String?
    /// BT-22.
    public var text: String

    public init(subject: String? = nil, text: String) {
        self.subject = subject
        self.text = text
    }
}

/// A payment received against a document.
public struct Payment: Sendable, Hashable, Codable {
    public var date: CivilDate?
    public var amount: Amount

    public init(date: CivilDate? = nil, amount: Amount) {
        self.date = date
        self.amount = amount
    }
}

/// Where a record sits in its source: the file and, when known, the 1-based line and an element path.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// An XPath-like element path for XML sources, or a column name for CSV.
    public var element: String?

    public init(file: String, line: Int? = nil, element: String? = nil) {
        self.file = file
        self.line = line
        self.element = element
    }

    /// `file:line`, or the file alone when the line is unknown.
    public var description: String {
        if let line { return "\(file):\(line)" }
        return file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        return (lhs.line ?? 0) < (rhs.line ?? 0)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) }) ?? start
        return String(self[start...end])
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
