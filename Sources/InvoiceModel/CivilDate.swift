/// A calendar date (year, month, day) with no time of day and no time zone.
///
/// Invoice dates are civil dates: an invoice issued on 31 December stays in that year whatever
/// the machine's time zone, so no `Date` or `DateFormatter` is involved.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public var month: Int { Int(monthOfYear) }
    public var day: Int { Int(dayOfMonth) }
    /// The month and day in one byte each, so that a date takes 10 bytes instead of 24 in every
    /// document, line, payment and ledger entry.
    private let monthOfYear: UInt8
    private let dayOfMonth: UInt8

    /// Creates a date, or `nil` when the day does not exist (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            day >= 1, day <= CivilDate.daysInMonth(year: year, month: month)
        else { return nil }
        self.year = year
        self.monthOfYear = UInt8(month)
        self.dayOfMonth = UInt8(day)
    }

    /// Parses the date forms found in invoice exports.
    ///
    /// Accepted: ISO 8601 `yyyy-mm-dd` (a time part after `T` or a space is ignored), French
    /// `dd/mm/yyyy` (also with `.` or `-` separators), and CII format 102 `yyyymmdd`. A form
    /// such as `03/04/2025` is read day first, as French exports write it; two-digit years are
    /// ambiguous and rejected.
    public init?(parsing text: some StringProtocol) {
        let bytes = Array(Substring(text).utf8.drop { $0 == UInt8(ascii: " ") })
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                let byte = bytes[index]
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func isSeparator(_ index: Int, _ allowed: [UInt8]) -> Bool {
            index < bytes.count && allowed.contains(bytes[index])
        }
        func endsAt(_ index: Int) -> Bool {
            // A shorter text (`2025-01-5`) does not end there: it is not read, rather than read past its end.
            index == bytes.count || (index < bytes.count && (bytes[index] == UInt8(ascii: "T") || bytes[index] == UInt8(ascii: " ")))
        }
        let dash = UInt8(ascii: "-")
        if isSeparator(4, [dash]), isSeparator(7, [dash]), endsAt(10),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        {
            self.init(year: year, month: month, day: day)
            return
        }
        if isSeparator(2, [UInt8(ascii: "/"), UInt8(ascii: "."), dash]), bytes.count >= 10,
            bytes[5] == bytes[2], endsAt(10),
            let day = number(0..<2), let month = number(3..<5), let year = number(6..<10)
        {
            self.init(year: year, month: month, day: day)
            return
        }
        if bytes.count == 8, let year = number(0..<4), let month = number(4..<6), let day = number(6..<8) {
            self.init(year: year, month: month, day: day)
            return
        }
        return nil
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Days since 1970-01-01 (negative before), for date arithmetic.
    public var dayNumber: Int {
        // Howard Hinnant's days-from-civil algorithm.
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> CivilDate {
        CivilDate(dayNumber: dayNumber + days)
    }

    public init(dayNumber: Int) {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.monthOfYear = UInt8(month)
        self.dayOfMonth = UInt8(day)
    }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601 text, `yyyy-mm-dd`.
    public var description: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}

extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CivilDate(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid date '\(text)': expected yyyy-mm-dd")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
