import InvoiceModel

/// The main refinancing rate of the European Central Bank for one half-year, in percent: the rate
/// in force on 1 January for the first half, on 1 July for the second (C. com. L441-10 II).
public struct ECBRefinancingRate: Sendable, Hashable {
    /// The first day of the half-year: 1 January or 1 July.
    public var from: CivilDate
    public var rate: Amount
    /// The origin of the value: an ECB decision, or `facturaudit.json`.
    public var source: String
    /// True for a value assumed when the table was written and not yet checked against the ECB's
    /// decisions. The dunning report marks each penalty that uses it.
    public var provisional: Bool

    public init(from: CivilDate, rate: Amount, source: String, provisional: Bool = false) {
        self.from = from
        self.rate = rate
        self.source = source
        self.provisional = provisional
    }

    /// Returns the first day of the half-year of `date`: 1 January or 1 July.
    public static func halfYearStart(of date: CivilDate) -> CivilDate {
        ReferenceTables.day(date.year, date.month < 7 ? 1 : 7, 1)
    }

    /// Returns `2025-H2`, the half-year starting on `start` as JSON writes it.
    public static func halfYearCode(_ start: CivilDate) -> String {
        "\(start.year)-H\(start.month < 7 ? 1 : 2)"
    }

    /// The rates in force on 1 January and 1 July from 2019 to 2026, from the ECB's decisions on
    /// its key rates. NOTE: the two halves of 2026 carry forward the 2.15 % in force since
    /// 11 June 2025. Later ECB decisions were not checked when this table was written, so set
    /// `tables.ecbRefinancingRates` to replace them.
    public static let embedded: [ECBRefinancingRate] = {
        let zero = "BCE, 0,00 % depuis le 16 mars 2016"
        let rows: [(String, String, String, Bool)] = [
            ("2019-01-01", "0.00", zero, false), ("2019-07-01", "0.00", zero, false),
            ("2020-01-01", "0.00", zero, false), ("2020-07-01", "0.00", zero, false),
            ("2021-01-01", "0.00", zero, false), ("2021-07-01", "0.00", zero, false),
            ("2022-01-01", "0.00", zero, false), ("2022-07-01", "0.00", zero, false),
            ("2023-01-01", "2.50", "BCE, 2,50 % depuis le 21 décembre 2022", false),
            ("2023-07-01", "4.00", "BCE, 4,00 % depuis le 21 juin 2023", false),
            ("2024-01-01", "4.50", "BCE, 4,50 % depuis le 20 septembre 2023", false),
            ("2024-07-01", "4.25", "BCE, 4,25 % depuis le 18 juin 2024", false),
            ("2025-01-01", "3.15", "BCE, 3,15 % depuis le 18 décembre 2024", false),
            ("2025-07-01", "2.15", "BCE, 2,15 % depuis le 11 juin 2025", false),
            ("2026-01-01", "2.15", "BCE, 2,15 % depuis le 11 juin 2025, non vérifié pour 2026", true),
            ("2026-07-01", "2.15", "BCE, 2,15 % depuis le 11 juin 2025, non vérifié pour 2026", true),
        ]
        return rows.map { from, rate, source, provisional in
            guard let date = CivilDate(parsing: from), let value = Amount(parsing: rate) else {
                preconditionFailure("bad ECB rate table row \(from)")
            }
            return ECBRefinancingRate(from: date, rate: value, source: source, provisional: provisional)
        }
    }()
}
