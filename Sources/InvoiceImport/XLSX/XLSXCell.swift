import InvoiceModel

/// The value of one worksheet cell, as the CSV export of the sheet would show it.
enum XLSXCell: Sendable, Hashable {
    /// Text: a shared or inline string, a formula's text result, a boolean or an error value.
    case text(String)
    /// A number, exact to Excel's 15 significant digits and rounded as its format shows it, and
    /// the fraction digits that format shows.
    case number(XLSXNumberText, decimals: Int)
    /// A percentage cell, already multiplied by 100 (`0.2` becomes `20`).
    case percent(XLSXNumberText, decimals: Int)
    /// A date or time cell written as ISO text (`2025-03-14`, `2025-03-14T09:30:00`, `09:30:00`).
    case date(String)

    /// The cell's text; numbers use `decimalMark` so the CSV amount parsing reads them with the
    /// decimal mark the file was found to use.
    func text(decimalMark: Character) -> String {
        switch self {
        case .text(let text), .date(let text): text
        case .number(let number, let decimals): number.text(decimalMark: decimalMark, minimumDecimals: decimals)
        case .percent(let number, let decimals): number.text(decimalMark: decimalMark, minimumDecimals: decimals) + "%"
        }
    }

    /// Reads a numeric cell's value according to its number format.
    ///
    /// A serial number without a date format stays a number. Under a date column, the CSV date
    /// parsing reads it in the workbook's date system (``XLSXSheetRows/dateSystem``).
    static func numeric(_ raw: String, kind: XLSXNumberKind, uses1904: Bool) -> XLSXCell {
        guard let number = XLSXNumberText(raw) else { return .text(raw.trimmingSpaces) }
        switch kind {
        case .number(let decimals, let rounds):
            return .number(rounds ? number.rounded(toDecimals: decimals) : number, decimals: decimals)
        case .percent(let decimals):
            // A rate keeps its stored value: Excel's default percent format `0%` shows 5.5 % as 6 %,
            // and rounding it would turn a right VAT rate into a wrong one.
            return .percent(number.scaled(byPowerOfTen: 2), decimals: decimals)
        case .date(let withTime):
            guard let (days, seconds) = number.daysAndSeconds, let date = XLSXDateSerial.date(days, uses1904: uses1904) else {
                return .number(number, decimals: 0)
            }
            return .date(withTime && seconds > 0 ? "\(date)T\(XLSXDateSerial.time(seconds))" : date)
        case .time:
            guard let (days, seconds) = number.daysAndSeconds else { return .number(number, decimals: 0) }
            if days == 0 { return .date(XLSXDateSerial.time(seconds)) }
            guard let date = XLSXDateSerial.date(days, uses1904: uses1904) else { return .number(number, decimals: 0) }
            return .date("\(date)T\(XLSXDateSerial.time(seconds))")
        }
    }
}

/// Excel's serial day numbers.
///
/// In the 1900 date system serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never
/// was (serial 60, kept from Lotus 1-2-3): from serial 61 (1900-03-01) on, serials count from
/// 1899-12-30. Serial 60 is written `1900-02-29` so the date parsing rejects it by name, and serial
/// 0 `1900-01-00`, as Excel shows it. In the 1904 date system serial 0 is 1904-01-01.
enum XLSXDateSerial {
    /// The last day Excel accepts, 9999-12-31, in the 1900 system.
    static let lastSerial = 2_958_465

    /// The ISO text of serial day `days`, or `nil` past 9999-12-31.
    static func date(_ days: Int, uses1904: Bool) -> String? {
        guard days <= lastSerial else { return nil }
        let date: CivilDate?
        if uses1904 {
            date = CivilDate(year: 1904, month: 1, day: 1)?.adding(days: days)
        } else if days == 0 {
            return "1900-01-00"
        } else if days == 60 {
            return "1900-02-29"
        } else {
            date = CivilDate(year: 1899, month: 12, day: days < 60 ? 31 : 30)?.adding(days: days)
        }
        guard let date, date.year <= 9999 else { return nil }
        return date.description
    }

    /// `hh:mm:ss` for a number of seconds since midnight.
    static func time(_ seconds: Int) -> String {
        func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(twoDigits(seconds / 3600)):\(twoDigits(seconds / 60 % 60)):\(twoDigits(seconds % 60))"
    }
}
