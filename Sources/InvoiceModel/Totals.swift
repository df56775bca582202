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
    /// The tax scheme of the category as written (UBL `cac:TaxScheme/cbc:ID`, CII `ram:TypeCode`):
    /// `VAT` in EN 16931, and `nil` when the source has none.
    public var taxScheme: String?

    public init(
        category: String? = nil, rate: Amount? = nil, taxableAmount: Amount? = nil, taxAmount: Amount? = nil,
        exemptionReason: String? = nil, exemptionReasonCode: String? = nil, taxScheme: String? = nil
    ) {
        self.taxScheme = taxScheme
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

