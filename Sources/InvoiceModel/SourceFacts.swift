/// The facts about an XML source's syntax that the official EN 16931 validation artefacts test
/// beyond the business terms. Only the XML importers fill them.
public struct SourceFacts: Sendable, Hashable, Codable {
    /// True when the monetary totals group is written (UBL `cac:LegalMonetaryTotal`, CII
    /// `ram:SpecifiedTradeSettlementHeaderMonetarySummation`), even without any amount in it.
    public var hasMonetaryTotals: Bool
    /// The number of VAT totals written in the invoice currency (BT-110 must be given once).
    public var vatTotalsInInvoiceCurrency: Int
    /// UBL only: how often terms the model keeps once were written, for the UBL-SR rules.
    public var ublRepetitions: UBLRepetitions?

    public init(hasMonetaryTotals: Bool = false, vatTotalsInInvoiceCurrency: Int = 0, ublRepetitions: UBLRepetitions? = nil) {
        self.hasMonetaryTotals = hasMonetaryTotals
        self.vatTotalsInInvoiceCurrency = vatTotalsInInvoiceCurrency
        self.ublRepetitions = ublRepetitions
    }
}

/// Counts of UBL elements that EN 16931 allows once (or twice) but a source may repeat.
public struct UBLRepetitions: Sendable, Hashable, Codable {
    /// The seller's `cac:PartyTaxScheme` elements (at most two: VAT and another tax).
    public var sellerTaxSchemes: Int
    /// The seller's VAT identifiers (BT-31), `cac:PartyTaxScheme` with scheme VAT.
    public var sellerVATIdentifiers: Int
    /// The buyer's VAT identifiers (BT-48).
    public var buyerVATIdentifiers: Int
    /// The distinct payment identifiers (BT-83, `cbc:PaymentID`) in the document.
    public var distinctPaymentIDs: Int

    public init(sellerTaxSchemes: Int = 0, sellerVATIdentifiers: Int = 0, buyerVATIdentifiers: Int = 0, distinctPaymentIDs: Int = 0) {
        self.sellerTaxSchemes = sellerTaxSchemes
        self.sellerVATIdentifiers = sellerVATIdentifiers
        self.buyerVATIdentifiers = buyerVATIdentifiers
        self.distinctPaymentIDs = distinctPaymentIDs
    }
}
