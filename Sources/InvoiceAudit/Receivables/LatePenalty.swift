import InvoiceModel

/// The late-payment penalty accrued on one invoice from the day after its due date to the
/// as-of date (C. com. L441-10 II): simple interest on the amount due, at a yearly rate, over
/// a 365-day year, rounded half away from zero to the cent.
public struct LatePenalty: Sendable, Hashable {
    /// The origin of the rate. The report tries them in this order.
    public enum RateSource: String, Sendable, Hashable {
        /// A percentage the invoice states in its penalty mention.
        case invoice
        /// Three times the legal interest rate of the due date's half-year, as the invoice's penalty mention states.
        case invoiceThreeTimesLegalRate = "invoice-three-times-legal-rate"
        /// `dunning.penaltyRate` of the configuration.
        case configuration
        /// The rate the law sets when nothing was agreed: the ECB main refinancing rate of the due
        /// date's half-year plus 10 points (L441-10 II), from `tables.ecbRefinancingRates`.
        case statutory = "ecb-plus-10"
        /// No rate: nothing was stated or configured and the ECB table has no value for the due
        /// date's half-year. The penalty is not computed rather than guessed.
        case ecbRateMissing = "ecb-rate-missing"
        /// Three times the legal interest rate, because the invoice states a lower rate: L441-10 II voids such a clause.
        case legalMinimumOverInvoice = "legal-minimum-over-invoice"
        /// Three times the legal interest rate, because `dunning.penaltyRate` is lower: no agreement may go below it.
        case legalMinimumOverConfiguration = "legal-minimum-over-configuration"
    }

    /// The yearly rate in percent; `nil` for ``RateSource/ecbRateMissing``.
    public let rate: Amount?
    public let rateSource: RateSource
    /// False when the legal interest table does not cover the due date's semester and the last
    /// known rate was carried forward to set the minimum.
    public let rateIsCovered: Bool
    /// The ECB rate the statutory rate adds 10 points to, for ``RateSource/statutory``.
    public let ecbRate: ECBRefinancingRate?
    /// The first day of the due date's half-year, the one whose ECB rate applies.
    public let halfYearStart: CivilDate
    /// The penalty; `nil` for ``RateSource/ecbRateMissing``.
    public let amount: Amount?

    /// The 10 points L441-10 II adds to the ECB rate.
    public static let statutoryMargin = Amount(10)

    /// Returns the penalty on `amountDue` for `days` days late, or `nil` when the invoice is not
    /// late. A stated or configured rate below three times the legal interest rate gives way to
    /// that minimum. Without either, the ECB rate of the due date's half-year plus 10 points
    /// applies. When the table lacks that half-year, the penalty has source
    /// ``RateSource/ecbRateMissing`` and no amount.
    public static func accrued(
        on amountDue: Amount, days: Int, dueDate: CivilDate, statedRate: Amount?, statesThreeTimesLegalRate: Bool = false,
        configuration: DunningConfiguration, tables: ReferenceTables
    ) -> LatePenalty? {
        guard days > 0 else { return nil }
        let halfYear = ECBRefinancingRate.halfYearStart(of: dueDate)
        func penalty(_ rate: Amount?, _ source: RateSource, covered: Bool = true, ecb: ECBRefinancingRate? = nil) -> LatePenalty {
            let amount = rate.flatMap { (amountDue * $0 * Amount(days)).divided(by: Amount(36_500), scale: 2) }
            return LatePenalty(
                rate: rate, rateSource: source, rateIsCovered: covered, ecbRate: ecb, halfYearStart: halfYear, amount: amount)
        }
        if statedRate == nil, statesThreeTimesLegalRate, let legal = tables.legalInterestRate(on: dueDate) {
            return penalty(legal.rate * Amount(3), .invoiceThreeTimesLegalRate, covered: legal.covered)
        }
        if let agreed = statedRate.map({ ($0, RateSource.invoice) }) ?? configuration.penaltyRate.map({ ($0, .configuration) }) {
            if let legal = tables.legalInterestRate(on: dueDate), agreed.0 < legal.rate * Amount(3) {
                let source: RateSource = agreed.1 == .invoice ? .legalMinimumOverInvoice : .legalMinimumOverConfiguration
                return penalty(legal.rate * Amount(3), source, covered: legal.covered)
            }
            return penalty(agreed.0, agreed.1)
        }
        guard let ecb = tables.ecbRefinancingRate(on: dueDate) else { return penalty(nil, .ecbRateMissing) }
        return penalty(ecb.rate + statutoryMargin, .statutory, ecb: ecb)
    }
}
