/// One invoice-like document in the canonical model, as its source declared it.
///
/// Importers fill what the source carries and leave the rest `nil` or empty; they never fix
/// totals or signs. Field comments give the EN 16931 business term (BT) or group (BG) of each
/// field. The parties, lines, totals, payments and references are types in their own files.
public struct Document: Sendable, Hashable, Codable {
    /// BT-1, the invoice number; `nil` when the source has none (typical of drafts).
    public var number: String?
    /// BT-3 as a kind; ``typeCode`` keeps the code exactly as written.
    public var kind: DocumentKind
    /// BT-3 as written (UNTDID 1001), or the source's own type label for CSV exports.
    public var typeCode: String?
    /// True for drafts, pro forma and other documents that are not issued invoices.
    public var isDraft: Bool
    /// The draft placeholder a source wrote where the number goes, such as Dolibarr's `(PROV12)`,
    /// while ``number`` stays `nil`.
    public var provisionalNumber: String?
    /// BT-2.
    public var issueDate: CivilDate?
    /// BT-9.
    public var dueDate: CivilDate?
    /// BT-5, ISO 4217.
    public var currency: String?
    /// BT-24, the specification identifier (the Factur-X profile for CII).
    public var specification: String?
    /// BG-4.
    public var seller: Party?
    /// BG-7.
    public var buyer: Party?
    /// BG-25, in document order (sub-lines included; see ``Line/countsInTotals``).
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
    /// Payments received, as an exporting tool declared them.
    public var payments: [Payment]
    /// Where the document starts in its source.
    public var source: SourceLocation
    /// The syntax the document was read from; some EN 16931 tolerances differ between UBL and CII.
    public var sourceFormat: InputFormat?
    /// What an XML source showed beyond the business terms; `nil` for other sources.
    public var sourceFacts: SourceFacts?

    /// The profile derived from BT-24 (``Profile/init(specification:)``).
    public var profile: Profile?
    /// BT-23, the business process (in France the "cadre de facturation", such as `B1` or `S4`).
    public var businessProcess: String?
    /// The French operation category, from BT-23 or an export's own column.
    public var operationCategory: OperationCategory?
    /// BT-6, the VAT accounting currency (ISO 4217).
    public var vatAccountingCurrency: String?
    /// BT-7, the VAT point date.
    public var taxPointDate: CivilDate?
    /// BT-8, the VAT point date code (UNTDID 2005 in UBL, 2475 in CII).
    public var taxPointDateCode: String?
    /// BT-10.
    public var buyerReference: String?
    /// BT-11 … BT-19.
    public var references: DocumentReferences
    /// BG-10.
    public var payee: Party?
    /// BG-11 (BT-62, BT-63, BG-12).
    public var taxRepresentative: Party?
    /// BG-13 with BG-15, and the Factur-X EXTENDED ship-to party.
    public var delivery: Delivery?
    /// BG-14 (BT-73, BT-74).
    public var invoicePeriod: Period?
    /// BG-16: one entry per payment means, each with at most one account (BG-17).
    public var paymentMeans: [PaymentMeans]
    /// BT-83, the remittance information.
    public var remittanceInformation: String?
    /// BT-89, the direct-debit mandate reference.
    public var mandateReference: String?
    /// BT-90, the seller's bank-assigned creditor identifier.
    public var creditorReference: String?
    /// BG-20 and BG-21, in document order.
    public var allowanceCharges: [AllowanceCharge]
    /// BG-24.
    public var supportingDocuments: [SupportingDocument]
    /// The order and cumulative progress of a partial or progress invoice (facture de situation);
    /// French practice, no EN 16931 term. The order reference itself is BT-13 or BT-12.
    public var progress: ProgressBilling?
    /// True when the source has no place for preceding-invoice references (BG-3): a CSV export
    /// without an original-invoice column, or a FEC. A missing reference then shows nothing about
    /// the invoice itself, so the credit-note rules do not report it.
    public var referencesNotInSource: Bool?

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
        self.profile = specification.flatMap(Profile.init(specification:))
        self.references = DocumentReferences()
        self.paymentMeans = []
        self.allowanceCharges = []
        self.supportingDocuments = []
        self.progress = nil
        self.referencesNotInSource = nil
    }

    /// BG-15, where goods were delivered, when the source gives it.
    public var deliveryAddress: PostalAddress? { delivery?.party?.address }

    /// The document-level allowances (BG-20).
    public var allowances: [AllowanceCharge] { allowanceCharges.filter { !$0.isCharge } }

    /// The document-level charges (BG-21).
    public var charges: [AllowanceCharge] { allowanceCharges.filter(\.isCharge) }
}
