import InvoiceModel

/// The dated reference data rules compare documents with; each table can be replaced in
/// `facturaudit.json` when a new semester or a new law changes a value.
public struct ReferenceTables: Sendable, Hashable {
    /// Legal interest rates for professional creditors ("tous les autres cas"), by semester.
    public var legalInterestRates: [LegalInterestRate]
    /// VAT rates allowed per territory and period.
    public var vatRates: [VATRatePeriod]
    /// The first day issuers of each category must issue e-invoices.
    public var eInvoicingCalendar: [IssuerCategory: CivilDate]
    /// ECB main refinancing rates by half-year, for the penalty rate the law sets when nothing was agreed.
    public var ecbRefinancingRates: [ECBRefinancingRate]

    public init(
        legalInterestRates: [LegalInterestRate], vatRates: [VATRatePeriod], eInvoicingCalendar: [IssuerCategory: CivilDate],
        ecbRefinancingRates: [ECBRefinancingRate] = ECBRefinancingRate.embedded
    ) {
        self.legalInterestRates = legalInterestRates.sorted { $0.from < $1.from }
        self.vatRates = vatRates
        self.eInvoicingCalendar = eInvoicingCalendar
        self.ecbRefinancingRates = ecbRefinancingRates.sorted { $0.from < $1.from }
    }

    /// The tables embedded in this version of facturaudit.
    public static let embedded = ReferenceTables(
        legalInterestRates: LegalInterestRate.embedded, vatRates: VATRatePeriod.embedded,
        eInvoicingCalendar: [
            // Loi de finances 2024 art. 91, décret 2024-266: issuance by GE and ETI from
            // 2026-09-01, by PME and micro-entreprises from 2027-09-01.
            .large: day(2026, 9, 1), .mid: day(2026, 9, 1), .sme: day(2027, 9, 1), .micro: day(2027, 9, 1),
        ])

    /// Returns the legal interest rate in force on `date`, and whether the table covers that
    /// semester (`false` when the last known rate was carried forward).
    public func legalInterestRate(on date: CivilDate) -> (rate: Amount, covered: Bool)? {
        guard let entry = legalInterestRates.last(where: { $0.from <= date }) else { return nil }
        // Rates are set per half-year, so an entry covers dates up to the next 1 January or 1 July.
        let semesterEnd =
            entry.from.month < 7
            ? Self.day(entry.from.year, 7, 1) : Self.day(entry.from.year + 1, 1, 1)
        return (entry.rate, date < semesterEnd)
    }

    /// Returns the ECB main refinancing rate of the half-year of `date`, or `nil` when the table
    /// has no row for that half-year. No rate is carried forward from another half-year.
    public func ecbRefinancingRate(on date: CivilDate) -> ECBRefinancingRate? {
        let start = ECBRefinancingRate.halfYearStart(of: date)
        return ecbRefinancingRates.last { $0.from == start }
    }

    /// The earliest date of the e-invoicing calendar, used when the issuer category is unknown.
    public var earliestEInvoicingDate: CivilDate {
        eInvoicingCalendar.values.min() ?? ReferenceTables.day(2026, 9, 1)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else { preconditionFailure("bad table date") }
        return date
    }
}

/// The legal interest rate of one semester, in percent.
public struct LegalInterestRate: Sendable, Hashable {
    public var from: CivilDate
    public var rate: Amount
    /// The arrêté that set it.
    public var source: String

    public init(from: CivilDate, rate: Amount, source: String) {
        self.from = from
        self.rate = rate
        self.source = source
    }

    /// Rates for creditors other than private individuals, set each semester by arrêté in the
    /// Journal officiel (Code monétaire et financier L313-2), checked against the published
    /// arrêtés. NOTE: the rate of the second half of 2026 was not known when this table was
    /// written, so the first half's rate is carried forward and penalty findings become warnings.
    static let embedded: [LegalInterestRate] = [
        ("2020-01-01", "0.87", "arrêté du 23 décembre 2019"), ("2020-07-01", "0.84", "arrêté du 23 juin 2020"),
        ("2021-01-01", "0.79", "arrêté du 14 décembre 2020"), ("2021-07-01", "0.76", "arrêté du 21 juin 2021"),
        ("2022-01-01", "0.76", "arrêté du 13 décembre 2021"), ("2022-07-01", "0.77", "arrêté du 27 juin 2022"),
        ("2023-01-01", "2.06", "arrêté du 26 décembre 2022"), ("2023-07-01", "4.22", "arrêté du 27 juin 2023"),
        ("2024-01-01", "5.07", "arrêté du 21 décembre 2023"), ("2024-07-01", "4.92", "arrêté du 28 juin 2024"),
        ("2025-01-01", "3.71", "arrêté du 16 décembre 2024"), ("2025-07-01", "2.76", "arrêté du 19 juin 2025"),
        ("2026-01-01", "2.62", "arrêté du 15 décembre 2025"),
    ].map { from, rate, source in
        guard let date = CivilDate(parsing: from), let value = Amount(parsing: rate) else {
            preconditionFailure("bad legal interest table row \(from)")
        }
        return LegalInterestRate(from: date, rate: value, source: source)
    }
}
