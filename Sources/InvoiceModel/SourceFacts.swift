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
    /// UBL only: the values that the artefacts' syntax-wide rules visit, keyed by rule id
    /// (`BR-CL-14`: every `cac:Country/cbc:IdentificationCode`), in document order. These places
    /// include some the model has no term for, such as a registration address or an invoice line
    /// inside a credit note. `nil` when the importer did not record them.
    public var syntaxValues: [String: [SourceValue]]?
    /// The element paths below the root whose non-empty value could not be read and was ignored
    /// (an issue date `123`). The artefacts still count them as written.
    public var ignoredValues: [String]
    /// CII only: true when the issue date is written without `format="102"` (another format or
    /// none). The CII artefact then counts no issue date (BR-03), whatever the text.
    public var issueDateWithoutFormat102: Bool
    /// UBL only: each `cac:TaxTotal` in document order, with its own amount and the sum of its
    /// subtotals, because the UBL artefact checks BR-CO-14 per `cac:TaxTotal`, whatever its
    /// currency. `nil` when the importer did not record them.
    public var ublTaxTotals: [UBLTaxTotal]?

    public init(
        hasMonetaryTotals: Bool = false, vatTotalsInInvoiceCurrency: Int = 0, ublRepetitions: UBLRepetitions? = nil,
        syntaxValues: [String: [SourceValue]]? = nil, ignoredValues: [String] = [], issueDateWithoutFormat102: Bool = false,
        ublTaxTotals: [UBLTaxTotal]? = nil
    ) {
        self.hasMonetaryTotals = hasMonetaryTotals
        self.vatTotalsInInvoiceCurrency = vatTotalsInInvoiceCurrency
        self.ublRepetitions = ublRepetitions
        self.syntaxValues = syntaxValues
        self.ignoredValues = ignoredValues
        self.issueDateWithoutFormat102 = issueDateWithoutFormat102
        self.ublTaxTotals = ublTaxTotals
    }

    private enum CodingKeys: String, CodingKey {
        case hasMonetaryTotals, vatTotalsInInvoiceCurrency, ublRepetitions, syntaxValues, ignoredValues
        case issueDateWithoutFormat102, ublTaxTotals
    }

    /// Writes `issueDateWithoutFormat102` only when true, so other documents keep their JSON.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hasMonetaryTotals, forKey: .hasMonetaryTotals)
        try container.encode(vatTotalsInInvoiceCurrency, forKey: .vatTotalsInInvoiceCurrency)
        try container.encodeIfPresent(ublRepetitions, forKey: .ublRepetitions)
        try container.encodeIfPresent(syntaxValues, forKey: .syntaxValues)
        try container.encode(ignoredValues, forKey: .ignoredValues)
        if issueDateWithoutFormat102 { try container.encode(true, forKey: .issueDateWithoutFormat102) }
        try container.encodeIfPresent(ublTaxTotals, forKey: .ublTaxTotals)
    }

    /// Reads canonical JSON written before `syntaxValues`, `ignoredValues`,
    /// `issueDateWithoutFormat102` and `ublTaxTotals` existed too.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        hasMonetaryTotals = try container.decode(Bool.self, forKey: .hasMonetaryTotals)
        vatTotalsInInvoiceCurrency = try container.decode(Int.self, forKey: .vatTotalsInInvoiceCurrency)
        ublRepetitions = try container.decodeIfPresent(UBLRepetitions.self, forKey: .ublRepetitions)
        syntaxValues = try container.decodeIfPresent([String: [SourceValue]].self, forKey: .syntaxValues)
        ignoredValues = try container.decodeIfPresent([String].self, forKey: .ignoredValues) ?? []
        issueDateWithoutFormat102 =
            try container.decodeIfPresent(Bool.self, forKey: .issueDateWithoutFormat102) ?? false
        ublTaxTotals = try container.decodeIfPresent([UBLTaxTotal].self, forKey: .ublTaxTotals)
    }
}

/// One UBL `cac:TaxTotal`: its `cbc:TaxAmount` and the sum of its subtotals' tax amounts.
public struct UBLTaxTotal: Sendable, Hashable, Codable {
    /// The `cbc:TaxAmount`, `nil` when missing or unreadable.
    public var taxAmount: Amount?
    /// The sum of the `cac:TaxSubtotal/cbc:TaxAmount` values, `nil` when there is no subtotal.
    public var subtotalSum: Amount?

    public init(taxAmount: Amount?, subtotalSum: Amount?) {
        self.taxAmount = taxAmount
        self.subtotalSum = subtotalSum
    }
}

/// A value written in a source, with where it was written.
public struct SourceValue: Sendable, Hashable, Codable {
    public var value: String
    public var location: SourceLocation

    public init(value: String, location: SourceLocation) {
        self.value = value
        self.location = location
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
