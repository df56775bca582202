import InvoiceModel

/// The late-payment penalty accrued on one invoice from the day after its due date to the
/// as-of date (C. com. L441-10 II): simple interest on the amount due, at a yearly rate, over
/// a 365-day year, rounded half away from zero to the cent.
public struct LatePenalty: Sendable, Hashable {
    /// The origin of the rate. The report tries them in this order.
    public enum RateSource: String, Sendable, Hashable {
        /// A percentage the invoice states in its penalty mention.
        case invoice
        /// `dunning.penaltyRate` of the configuration.
        case configuration
        /// Three times the legal interest rate in force on the due date, the lowest rate the law
        /// allows. NOTE: when nothing was agreed, L441-10 II sets the ECB refinancing rate plus
        /// 10 points instead. facturaudit has no table of ECB rates, so set `dunning.penaltyRate`.
        case legalMinimum = "legal-minimum"
        /// The legal minimum, because the invoice states a lower rate: L441-10 II voids such a clause.
        case legalMinimumOverInvoice = "legal-minimum-over-invoice"
        /// The legal minimum, because `dunning.penaltyRate` is lower: no agreement may go below it.
        case legalMinimumOverConfiguration = "legal-minimum-over-configuration"
    }

    /// The yearly rate in percent.
    public let rate: Amount
    public let rateSource: RateSource
    /// False when the legal interest table does not cover the due date's semester and the last
    /// known rate was carried forward.
    public let rateIsCovered: Bool
    public let amount: Amount

    /// Returns the penalty on `amountDue` for `days` days late, or `nil` when no rate is known. A
    /// stated or configured rate below three times the legal interest rate gives way to that minimum.
    public static func accrued(
        on amountDue: Amount, days: Int, dueDate: CivilDate, statedRate: Amount?, configuration: DunningConfiguration,
        tables: ReferenceTables
    ) -> LatePenalty? {
        let legal = tables.legalInterestRate(on: dueDate)
        let floor = legal.map { $0.rate * Amount(3) }
        let covered = legal?.covered ?? true
        let rate: Amount
        let source: RateSource
        var rateIsCovered = true
        if let agreed = statedRate.map({ ($0, RateSource.invoice) }) ?? configuration.penaltyRate.map({ ($0, .configuration) }) {
            if let floor, agreed.0 < floor {
                (rate, source, rateIsCovered) = (floor, agreed.1 == .invoice ? .legalMinimumOverInvoice : .legalMinimumOverConfiguration, covered)
            } else {
                (rate, source) = agreed
            }
        } else if let floor {
            (rate, source, rateIsCovered) = (floor, .legalMinimum, covered)
        } else {
            return nil
        }
        guard days > 0, let amount = (amountDue * rate * Amount(days)).divided(by: Amount(36_500), scale: 2) else { return nil }
        return LatePenalty(rate: rate, rateSource: source, rateIsCovered: rateIsCovered, amount: amount)
    }
}
