/// The facts about an XML source's syntax that the official EN 16931 validation artefacts test
/// beyond the business terms. Only the XML importers fill them.
public struct SourceFacts: Sendable, Hashable, Codable {
    /// True when the monetary totals group is written (UBL `cac:LegalMonetaryTotal`, CII
    /// `ram:SpecifiedTradeSettlementHeaderMonetarySummation`), even without any amount in it.
    public var hasMonetaryTotals: Bool
    /// The number of VAT totals written in the invoice currency (BT-110 must be given once).
    public var vatTotalsInInvoiceCurrency: Int

    public init(hasMonetaryTotals: Bool = false, vatTotalsInInvoiceCurrency: Int = 0) {
        self.hasMonetaryTotals = hasMonetaryTotals
        self.vatTotalsInInvoiceCurrency = vatTotalsInInvoiceCurrency
    }
}
