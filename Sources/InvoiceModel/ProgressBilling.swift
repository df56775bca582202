/// What a partial or progress invoice (facture de situation, typical in construction) states
/// about the order it bills in parts: the order's total, its place in the series of situations
/// and the progress reached so far.
///
/// Ledger rules check that the parts never exceed the order, that progress never goes back and
/// that the situations of one order are numbered without gap or repeat.
public struct ProgressBilling: Sendable, Hashable, Codable {
    /// The order or quote this invoice bills part of. Importers fill it from the order column, or
    /// from BT-13, BT-14 or BT-12 for a partial construction invoice (UNTDID 1001 875 to 877).
    public var orderReference: String?
    /// The order's or quote's total, when the source gives it: with VAT unless
    /// ``orderTotalIncludesVAT`` is `false`.
    public var orderTotal: Amount?
    /// `false` when the source marks ``orderTotal`` as without VAT (a column named
    /// `Total commande HT`), `true` when it marks it as with VAT, and `nil` when it does not
    /// mark it, which is read as with VAT.
    public var orderTotalIncludesVAT: Bool?
    /// The cumulative progress reached with this invoice, in percent (0 to 100).
    public var cumulativePercent: Amount?
    /// The cumulative amount billed on the order with this invoice, with VAT, when the source
    /// gives it instead of (or beside) a percentage.
    public var cumulativeAmount: Amount?
    /// The situation's rank within its order (1 for the first situation), when the source gives it.
    public var situationNumber: Int?

    public init(
        orderReference: String? = nil, orderTotal: Amount? = nil, cumulativePercent: Amount? = nil,
        cumulativeAmount: Amount? = nil, situationNumber: Int? = nil, orderTotalIncludesVAT: Bool? = nil
    ) {
        self.orderReference = orderReference
        self.orderTotal = orderTotal
        self.cumulativePercent = cumulativePercent
        self.cumulativeAmount = cumulativeAmount
        self.situationNumber = situationNumber
        self.orderTotalIncludesVAT = orderTotalIncludesVAT
    }

    /// True when no value is set.
    public var isEmpty: Bool { self == ProgressBilling() }
}
