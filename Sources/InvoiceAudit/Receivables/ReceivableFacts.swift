import InvoiceModel

/// The facts of a document that the receivables reports need beyond its ``LedgerEntry``: the
/// buyer's name, whether French late-payment penalties apply, and the penalty rate it states.
///
/// Kept beside the entries while documents are imported, so the full documents are not.
public struct ReceivableFacts: Sendable, Hashable {
    public let buyerName: String?
    /// True for an invoice of a French seller to a business buyer, where C. com. L441-10 II sets
    /// penalties and the 40 € recovery indemnity. A seller of unknown country counts as French,
    /// as the French rules assume, and a buyer counts as a business when it has a SIREN, SIRET,
    /// VAT number or legal registration.
    public let businessToBusinessFrench: Bool
    /// The late-payment penalty rate in percent a year that the document states as a number.
    public let statedPenaltyRate: Amount?
    /// True when the document sets the penalty rate as three times the legal interest rate.
    public let statesThreeTimesLegalRate: Bool

    public init(
        buyerName: String? = nil, businessToBusinessFrench: Bool = false, statedPenaltyRate: Amount? = nil,
        statesThreeTimesLegalRate: Bool = false
    ) {
        self.buyerName = buyerName
        self.businessToBusinessFrench = businessToBusinessFrench
        self.statedPenaltyRate = statedPenaltyRate
        self.statesThreeTimesLegalRate = statesThreeTimesLegalRate
    }

    public init(_ document: Document) {
        buyerName = document.buyer?.name ?? document.buyer?.tradingName
        businessToBusinessFrench = document.sellerCountsAsFrench && document.buyerIsBusiness
        let texts = DocumentTexts(document)
        statedPenaltyRate = PaymentMentionRules.statedPenaltyRate(texts)
        statesThreeTimesLegalRate = PaymentMentionRules.statesThreeTimesLegalRate(texts)
    }
}

/// The ``ReceivableFacts`` of the documents of a run, found again by an entry's source location
/// and number, because the ledger reorders its entries and drops documents read twice.
public struct ReceivableFactsIndex: Sendable {
    private struct Key: Hashable {
        let source: SourceLocation
        let number: String?
    }

    private var facts: [Key: ReceivableFacts] = [:]

    public init() {}

    public mutating func add(_ facts: ReceivableFacts, for entry: LedgerEntry) {
        self.facts[Key(source: entry.source, number: entry.number)] = facts
    }

    public mutating func merge(_ other: ReceivableFactsIndex) {
        facts.merge(other.facts) { first, _ in first }
    }

    public func facts(of entry: LedgerEntry) -> ReceivableFacts {
        facts[Key(source: entry.source, number: entry.number)] ?? ReceivableFacts()
    }
}
