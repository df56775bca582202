/// An allowance or a charge: at document level (BG-20, BG-21) or on a line (BG-27, BG-28).
///
/// Document-level terms are BT-92…BT-98 for allowances and BT-99…BT-105 for charges; line-level
/// ones BT-136…BT-140 and BT-141…BT-145. Lines carry no VAT category of their own here.
public struct AllowanceCharge: Sendable, Hashable, Codable {
    /// True for a charge, false for an allowance (`ChargeIndicator`).
    public var isCharge: Bool
    /// BT-92 / BT-99 / BT-136 / BT-141, as written.
    public var amount: Amount?
    /// BT-93 / BT-100 / BT-137 / BT-142.
    public var baseAmount: Amount?
    /// BT-94 / BT-101 / BT-138 / BT-143, a percentage.
    public var percentage: Amount?
    /// BT-95 / BT-102, UNTDID 5305 (document level only).
    public var vatCategory: String?
    /// BT-96 / BT-103 (document level only).
    public var vatRate: Amount?
    /// BT-97 / BT-104 / BT-139 / BT-144.
    public var reason: String?
    /// BT-98 / BT-105 / BT-140 / BT-145 (UNTDID 5189 for allowances, 7161 for charges).
    public var reasonCode: String?
    /// The location of the allowance or charge in its source.
    public var source: SourceLocation?

    public init(
        isCharge: Bool, amount: Amount? = nil, baseAmount: Amount? = nil, percentage: Amount? = nil,
        vatCategory: String? = nil, vatRate: Amount? = nil, reason: String? = nil, reasonCode: String? = nil,
        source: SourceLocation? = nil
    ) {
        self.isCharge = isCharge
        self.amount = amount
        self.baseAmount = baseAmount
        self.percentage = percentage
        self.vatCategory = vatCategory
        self.vatRate = vatRate
        self.reason = reason
        self.reasonCode = reasonCode
        self.source = source
    }
}
