import InvoiceModel

/// The compact part of a document that ledger rules need, kept after document rules have run.
public struct LedgerEntry: Sendable, Hashable {
    /// The key the document is numbered under: its seller's, or for a self-billed document the
    /// series its buyer keeps for that seller.
    public internal(set) var seller: PartyKey
    /// The seller's name as the document gave it, for the journal.
    public let sellerName: String?
    /// True when the seller is shown to be established outside France, where the French rules on
    /// credit notes, deposits and VAT rates do not apply (numbering rules still do).
    public let sellerIsForeign: Bool
    public let buyer: PartyKey
    public let number: String?
    /// The number split into series, period and counter, by a configured pattern or by inference.
    public internal(set) var inferredNumber: InferredNumber?
    public let kind: DocumentKind
    public let isDraft: Bool
    public let status: DocumentStatus?
    public let issueDate: CivilDate?
    public let dueDate: CivilDate?
    public let currency: String?
    /// BT-112, total with VAT.
    public let taxInclusive: Amount?
    /// BT-109, total without VAT, kept for progress invoices and credit notes only: an order
    /// total without VAT is compared with it (see ``ProgressBilling/orderTotalIncludesVAT``).
    public var taxExclusive: Amount? { taxExclusiveBox?.value }
    private let taxExclusiveBox: Boxed<Amount>?
    /// BT-113, amounts paid in advance (deposits deducted by a final invoice).
    public var prepaid: Amount? { prepaidBox?.value }
    /// The prepaid amount on the heap, because few documents have one and an inline `Amount?`
    /// (an `Int128` and a scale) takes several times a pointer's size in every entry.
    private let prepaidBox: Boxed<Amount>?
    /// BT-115, amount due.
    public let payable: Amount?
    /// VAT per rate: taxable amount and VAT amount, from the breakdown (BG-23).
    public let vatByRate: [VATRateTotal]
    /// The line rates the breakdown lacks, sorted. It is usually empty, so it costs no allocation.
    let lineOnlyRates: [Amount]
    /// Every VAT rate of the document, from the breakdown and the lines, sorted without repeats.
    public var vatRates: [Amount] { Array(Set(vatByRate.map(\.rate) + lineOnlyRates)).sorted() }
    public let precedingInvoices: [InvoiceReference]
    /// The source has no place for BG-3 (see ``Document/referencesNotInSource``).
    public let referencesNotInSource: Bool
    /// True when the source carries every mention (``Document/isStructured``), so a preceding
    /// invoice cited without its date (BT-26) is a missing mention, not a missing column.
    public let citesDatesInSource: Bool
    public let payments: [Payment]
    /// Order or contract and cumulative progress of a partial or progress invoice.
    public var progress: ProgressBilling? { progressBox?.value }
    /// The progress billing on the heap, because few documents have one.
    private let progressBox: Boxed<ProgressBilling>?
    /// The configured establishment of the series the number matched, with the seller's SIRET,
    /// for FR-NUM-09; on the heap and `nil` unless the series names an establishment.
    public var establishment: SeriesEstablishment? { establishmentBox?.value }
    private let establishmentBox: Boxed<SeriesEstablishment>?
    public let source: SourceLocation
    /// The position of the command-line path the document came from: each path is one source,
    /// such as an old tool's export and a new tool's export.
    public let sourceIndex: Int
    /// The command-line path the document came from, for junction messages.
    public let sourceName: String?
    /// The hash of the document's fingerprinted content (see ``DocumentContentDigest``), which
    /// tells an invoice given in two sources from two invoices that share a number.
    let contentDigest: Int

    /// The entry of `document` with inferred numbering, as one source.
    public init(_ document: Document) {
        self.init(document, configuration: AuditConfiguration())
    }

    /// The entry of `document`, split by the configured numbering patterns, from the command-line
    /// path at `sourceIndex`.
    public init(_ document: Document, configuration: AuditConfiguration, sourceIndex: Int = 0, sourceName: String? = nil) {
        let sellerKey = PartyKey(document.seller)
        let buyerKey = PartyKey(document.buyer)
        // A self-billed document is numbered by its buyer, so it joins the buyer's series for this seller.
        let selfBilled = SpecialMentionRules.isSelfBilled(document) && buyerKey != .unknown
        seller = selfBilled ? .selfBilled(by: buyerKey, for: sellerKey) : sellerKey
        sellerName = document.seller?.name ?? document.seller?.tradingName
        sellerIsForeign = document.sellerIsForeign
        buyer = buyerKey
        let number = document.number.map(\.trimmingSpaces).flatMap { $0.isEmpty ? nil : $0 }
        self.number = number
        let split = number.map { LedgerEntry.split($0, document: document, series: configuration.series) }
        inferredNumber = split?.number
        establishmentBox = split?.series.flatMap { SeriesEstablishment(series: $0, seller: document.seller) }.map(Boxed.init)
        kind = document.kind
        isDraft = document.isDraft || document.status == .draft
        status = document.status
        issueDate = document.issueDate
        dueDate = document.dueDate
        currency = document.currency
        taxInclusive = document.totals.taxInclusive
        prepaidBox = document.totals.prepaid.map(Boxed.init)
        taxExclusiveBox =
            document.progress != nil || document.kind == .creditNote ? document.totals.taxExclusive.map(Boxed.init) : nil
        payable = document.totals.payable
        vatByRate = document.vatBreakdown.compactMap { entry in
            entry.rate.map { VATRateTotal(rate: $0, taxable: entry.taxableAmount ?? .zero, tax: entry.taxAmount ?? .zero) }
        }
        let breakdownRates = Set(vatByRate.map(\.rate))
        lineOnlyRates = Set(document.lines.compactMap(\.vatRate)).subtracting(breakdownRates).sorted()
        precedingInvoices = document.precedingInvoices
        referencesNotInSource = document.referencesNotInSource ?? false
        citesDatesInSource = document.isStructured
        payments = document.payments
        progressBox = document.progress.map(Boxed.init)
        source = document.source
        self.sourceIndex = sourceIndex
        self.sourceName = sourceName
        contentDigest = DocumentContentDigest.of(document)
    }

    /// True unless both currencies are known and differ.
    static func currenciesAgree(_ lhs: String?, _ rhs: String?) -> Bool {
        guard let lhs, let rhs else { return true }
        return lhs.uppercased() == rhs.uppercased()
    }

    /// True for documents that count in numbering: not drafts, and with a number.
    public var isIssued: Bool { !isDraft && number != nil }

    /// Splits a number with the first configured pattern that matches it, else by inference; gives
    /// the configured series that matched, if any.
    static func split(
        _ number: String, document: Document, series: [SeriesConfiguration]
    ) -> (number: InferredNumber?, series: SeriesConfiguration?) {
        let siren = document.seller.flatMap(PartyKey.siren(of:))
        for configuration in series where configuration.sellerSIREN == nil || configuration.sellerSIREN == siren {
            guard let match = configuration.pattern.match(number) else { continue }
            let parts = configuration.pattern.rootAndSuffix
            let year = match.year ?? document.issueDate?.year
            let period: NumberingPeriod
            switch configuration.reset {
            case .never: period = NumberingPeriod(year: nil, month: nil)
            case .yearly: period = NumberingPeriod(year: year, month: nil)
            case .monthly: period = NumberingPeriod(year: year, month: match.month ?? document.issueDate?.month)
            }
            return (InferredNumber(
                root: parts.root, suffix: parts.suffix, match: match, period: period,
                declaredWidth: configuration.pattern.counterWidth), configuration)
        }
        return (InferredNumber(number, issueYear: document.issueDate?.year), nil)
    }
}

/// The taxable amount and VAT of one rate, as a breakdown declared them.
public struct VATRateTotal: Sendable, Hashable {
    public let rate: Amount
    public let taxable: Amount
    public let tax: Amount
}

/// An immutable value kept on the heap, so a rarely set optional field costs one pointer.
final class Boxed<Value: Sendable & Hashable>: Sendable, Hashable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: Boxed, rhs: Boxed) -> Bool { lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) {
        hasher.combine(value)
    }
}
