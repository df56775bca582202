/// What a partial or progress invoice (facture de situation, typical in construction) states
/// about the order it bills in parts: the order's total and the progress reached so far.
///
/// Ledger rules check that the parts never exceed the order and that progress never goes back.
public struct ProgressBilling: Sendable, Hashable, Codable {
    /// The order or quote this invoice bills part of (BT-13 or BT-12 when the source has them).
    public var orderReference: String?
    /// The order's or quote's total with VAT, when the source gives it.
    public var orderTotal: Amount?
    /// The cumulative progress reached with this invoice, in percent (0 to 100).
    public var cumulativePercent: Amount?

    public init(orderReference: String? = nil, orderTotal: Amount? = nil, cumulativePercent: Amount? = nil) {
        self.orderReference = orderReference
        self.orderTotal = orderTotal
        self.cumulativePercent = cumulativePercent
    }
}
