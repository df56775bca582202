import InvoiceModel

/// The date layouts a mapping file may declare with `dateFormat`.
public enum CSVDateFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case dayMonthYear = "dd/mm/yyyy"
    case monthDayYear = "mm/dd/yyyy"
    case isoDate = "yyyy-mm-dd"
    /// Day first with a two-digit year (`6/12/25`), read as 2000 to 2099; four-digit years still read.
    case dayMonthShortYear = "dd/mm/yy"
    /// Month first with a two-digit year (`12/6/25`), read as 2000 to 2099; four-digit years still read.
    case monthDayShortYear = "mm/dd/yy"

    /// True when the month comes before the day.
    var isMonthFirst: Bool { self == .monthDayYear || self == .monthDayShortYear }

    /// True when a two-digit year is read, as 2000 to 2099.
    var acceptsTwoDigitYear: Bool { self == .dayMonthShortYear || self == .monthDayShortYear }
}

/// A reason a date cell could not be read.
enum DateProblem: Error, Sendable, Hashable {
    case unreadable
    /// A day-first date whose month part is above 12, as in `03/25/2025`.
    case monthAboveTwelve(Int)
    /// A day-first date whose month part is above 12 and that is no date month first either, as
    /// in `02/30/2025`.
    case noDateInEitherOrder
    /// Five digits outside the Excel serial numbers of 1980 to 2099 (``ExcelDateSystem/serialRange``).
    case serialOutOfRange
    /// Nine or ten digits, which only Unix seconds fill, in a column not known to hold them.
    case unixSecondsNotExpected
    /// A well-formed date that is not in the calendar, as `31/11/2025` or `29/02/2025`.
    case noSuchDay(year: Int, month: Int, day: Int)
    /// A date written with a two-digit year, as `6/12/25`, while the format wants four digits.
    case twoDigitYear
    /// A long date whose weekday name is not the weekday of its date, as `mardi 6 janvier 2025`.
    case wrongWeekday(written: String, date: CivilDate)
}

/// The day Excel serial numbers count from. A workbook names its system (`workbookPr date1904`).
/// A CSV file cannot, so its serials are read in the 1900 system, Excel's default.
enum ExcelDateSystem: Sendable, Hashable {
    /// Serial 1 is 1900-01-01, with Excel's fictitious 29 February 1900 as serial 60.
    case from1900
    /// Serial 0 is 1904-01-01 (old Mac workbooks).
    case from1904

    /// The serial numbers accepted as dates: those of 1980-01-01 to 2099-12-31.
    var serialRange: ClosedRange<Int> {
        switch self {
        case .from1900: 29_221...73_050
        case .from1904: 27_759...71_588
        }
    }

    /// Returns the civil date of a serial number of ``serialRange``.
    func date(serial: Int) -> CivilDate? {
        switch self {
        // Serial 60 is the 29 February 1900 that Excel invents, so later serials count from 1899-12-30.
        case .from1900: CivilDate(year: 1899, month: 12, day: 30)?.adding(days: serial)
        case .from1904: CivilDate(year: 1904, month: 1, day: 1)?.adding(days: serial)
        }
    }
}

/// Reads dates in the forms invoice exports use.
enum CSVDateParsing {
    /// Unix seconds accepted as dates: 1980-01-01T00:00:00Z to 2099-12-31T23:59:59Z.
    static let unixSecondsRange = 315_532_800...4_102_444_799

    /// Parses a date cell.
    ///
    /// Every format reads ISO `yyyy-mm-dd` (optionally followed by a time after `T` or a space).
    /// Unless the format is ISO only, it also reads `dd/mm/yyyy` or `mm/dd/yyyy` (separators `/`,
    /// `.` or `-`, one- or two-digit day and month, optional time), month names in English or
    /// French (`Jan 28 2021`, `28 janv. 2021`), `yyyymmdd` (FEC), five-digit Excel serial numbers
    /// (in `dateSystem`, the workbook's) and, when `unixSeconds` is set for the column, Unix
    /// seconds as a UTC date. The `dd/mm/yy` and `mm/dd/yy` formats also read a two-digit year,
    /// as 2000 to 2099.
    static func parse(
        _ cell: String, format: CSVDateFormat, unixSeconds: Bool = false, dateSystem: ExcelDateSystem = .from1900
    ) -> Result<CivilDate?, DateProblem> {
        let text = CSVAmountParsing.trimmed(cell)
        if text.isEmpty { return .success(nil) }
        if format != .isoDate {
            if text.allSatisfy(\.isASCIIDigit) { return digitsOnly(text, unixSeconds: unixSeconds, dateSystem: dateSystem) }
            if text.contains(where: \.isLetter), let date = CSVMonthNames.date(text) { return date.map(Optional.some) }
        }
        // Drop a time of day after the date.
        let datePart = text.prefix { $0 != " " && $0 != "T" }
        let rest = text.dropFirst(datePart.count)
        if !rest.isEmpty, !isTimeOfDay(rest.dropFirst()) { return .failure(.unreadable) }
        let fields = datePart.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." || $0 == "-" }
        guard fields.count == 3, fields.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            let first = Int(fields[0]), let second = Int(fields[1]), let third = Int(fields[2])
        else { return .failure(.unreadable) }
        let separators = datePart.filter { $0 == "/" || $0 == "." || $0 == "-" }
        guard separators.count == 2, separators.first == separators.last else { return .failure(.unreadable) }

        if fields[0].count == 4, separators.first == "-", fields[1].count == 2, fields[2].count == 2 {
            return calendarDate(year: first, month: second, day: third)
        }
        guard format != .isoDate, fields[0].count <= 2, fields[1].count <= 2 else { return .failure(.unreadable) }
        let year: Int
        switch fields[2].count {
        case 4: year = third
        case 2 where format.acceptsTwoDigitYear: year = 2000 + third
        case 2: return .failure(.twoDigitYear)
        default: return .failure(.unreadable)
        }
        let (day, month) = format.isMonthFirst ? (second, first) : (first, second)
        if format == .dayMonthYear, month > 12, day <= 12 {
            let monthFirst = CivilDate(year: year, month: day, day: month)
            return .failure(monthFirst == nil ? .noDateInEitherOrder : .monthAboveTwelve(month))
        }
        return calendarDate(year: year, month: month, day: day)
    }

    /// Returns the date, or why it is not one. A month outside 1 to 12 is unreadable, and a day
    /// past the month's end is a day that does not exist.
    static func calendarDate(year: Int, month: Int, day: Int) -> Result<CivilDate?, DateProblem> {
        if let date = CivilDate(year: year, month: month, day: day) { return .success(date) }
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= 31 else { return .failure(.unreadable) }
        return .failure(.noSuchDay(year: year, month: month, day: day))
    }

    /// Reads a cell of digits only: `yyyymmdd`, an Excel serial number or Unix seconds.
    private static func digitsOnly(_ text: Substring, unixSeconds: Bool, dateSystem: ExcelDateSystem) -> Result<CivilDate?, DateProblem> {
        guard let value = Int(text) else { return .failure(.unreadable) }
        switch text.count {
        case 5:
            guard dateSystem.serialRange.contains(value) else { return .failure(.serialOutOfRange) }
            return .success(dateSystem.date(serial: value))
        case 8:
            guard (1900...2099).contains(value / 10_000),
                let date = CivilDate(year: value / 10_000, month: value / 100 % 100, day: value % 100)
            else { return .failure(.unreadable) }
            return .success(date)
        case 9, 10:
            guard unixSeconds else { return .failure(.unixSecondsNotExpected) }
            guard unixSecondsRange.contains(value) else { return .failure(.unreadable) }
            return .success(CivilDate(dayNumber: value / 86_400))
        default:
            return .failure(.unreadable)
        }
    }

    /// True for `hh:mm`, `hh:mm:ss`, with optional fraction and zone suffix, as spreadsheets append.
    static func isTimeOfDay(_ text: Substring) -> Bool {
        text.wholeMatch(of: timeOfDay) != nil
    }

    /// Compiled once: building a regex from a literal on every row was the slowest step of import.
    nonisolated(unsafe) private static let timeOfDay = /\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:?\d{2})?/
}
