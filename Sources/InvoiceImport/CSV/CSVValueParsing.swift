import InvoiceModel

/// The outcome of reading one cell: empty, a value, or text that does not parse.
enum CellValue<Value: Sendable>: Sendable {
    case empty
    case value(Value)
    case invalid

    var value: Value? {
        if case .value(let value) = self { return value }
        return nil
    }
}

/// Reads amounts written the way spreadsheets and invoicing tools export them.
enum CSVAmountParsing {
    private static let currencySigns: [String] = ["€", "$", "£"]
    private static let currencyCodes: [String] = ["EUR", "USD", "GBP", "CHF"]

    /// Parses an amount with thousands separators, a currency sign or code, a leading `-` or
    /// accounting parentheses, and a trailing `%` when `allowPercent` is set.
    ///
    /// The scale is kept as written (`19,90` gives 19.90). Thousands groups must have three digits,
    /// so `12,3,4` and `12.50` with a decimal comma are invalid rather than misread.
    static func parse(_ cell: String, decimal: DecimalSeparator, allowPercent: Bool = false) -> CellValue<Amount> {
        var text = Substring(trimmed(cell))
        if text.isEmpty { return .empty }
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            negative = true
            text = trimmed(text.dropFirst().dropLast())
        }
        if allowPercent, text.hasSuffix("%") { text = trimmed(text.dropLast()) }
        text = strippingCurrency(text)
        if text.hasPrefix("-") || text.hasPrefix("+") {
            if negative { return .invalid }
            negative = text.hasPrefix("-")
            text = strippingCurrency(trimmed(text.dropFirst()))
        }
        guard let plain = plainDecimal(text, decimal: decimal), let amount = Amount(parsing: plain) else {
            return .invalid
        }
        return .value(negative ? -amount : amount)
    }

    /// Rewrites `text` without grouping and with a point as decimal mark, or returns `nil` when malformed.
    static func plainDecimal(_ text: Substring, decimal: DecimalSeparator) -> String? {
        let decimalMark: Character = decimal == .comma ? "," : "."
        let groupingMarks: Set<Character> = [" ", "\u{A0}", "\u{202F}", "'", decimal == .comma ? "." : ","]
        var integerGroups: [String] = [""]
        var fraction: String?
        for character in text {
            if character.isASCIIDigit {
                if fraction != nil {
                    fraction?.append(character)
                } else {
                    integerGroups[integerGroups.count - 1].append(character)
                }
            } else if character == decimalMark {
                if fraction != nil { return nil }
                fraction = ""
            } else if groupingMarks.contains(character) {
                if fraction != nil || integerGroups.last?.isEmpty == true { return nil }
                integerGroups.append("")
            } else {
                return nil
            }
        }
        if integerGroups.count > 1 {
            guard let first = integerGroups.first, (1...3).contains(first.count),
                integerGroups.dropFirst().allSatisfy({ $0.count == 3 })
            else { return nil }
        }
        let integer = integerGroups.joined()
        if let fraction {
            guard !fraction.isEmpty else { return nil }
            return (integer.isEmpty ? "0" : integer) + "." + fraction
        }
        return integer.isEmpty ? nil : integer
    }

    private static func strippingCurrency(_ text: Substring) -> Substring {
        var result = text
        for marker in currencySigns + currencyCodes {
            if result.hasPrefix(marker) {
                result = trimmed(result.dropFirst(marker.count))
            } else if result.hasSuffix(marker) {
                result = trimmed(result.dropLast(marker.count))
            }
        }
        return result
    }

    /// Removes surrounding spaces, tabs, no-break spaces and narrow no-break spaces.
    static func trimmed(_ text: some StringProtocol) -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" || $0 == "\u{202F}" }
        let substring = Substring(text)
        guard let start = substring.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = substring.lastIndex(where: { !isSpace($0) }) ?? start
        return substring[start...end]
    }
}

/// The date layouts a mapping file may declare with `dateFormat`.
public enum CSVDateFormat: String, Sendable, Hashable, Codable, CaseIterable {
    case dayMonthYear = "dd/mm/yyyy"
    case monthDayYear = "mm/dd/yyyy"
    case isoDate = "yyyy-mm-dd"
}

/// A reason a date cell could not be read.
enum DateProblem: Error, Sendable, Hashable {
    case unreadable
    /// A day-first date whose month part is above 12, as in `03/25/2025`.
    case monthAboveTwelve(Int)
}

/// Reads dates in the forms invoice exports use.
enum CSVDateParsing {
    /// Parses ISO `yyyy-mm-dd` (optionally followed by a time after `T` or a space) in every
    /// format, and `dd/mm/yyyy` or `mm/dd/yyyy` (separators `/`, `.` or `-`, one- or two-digit day
    /// and month, optional time) unless the format is ISO only.
    static func parse(_ cell: String, format: CSVDateFormat) -> Result<CivilDate?, DateProblem> {
        let text = CSVAmountParsing.trimmed(cell)
        if text.isEmpty { return .success(nil) }
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
            guard let date = CivilDate(year: first, month: second, day: third) else { return .failure(.unreadable) }
            return .success(date)
        }
        guard format != .isoDate, fields[2].count == 4, fields[0].count <= 2, fields[1].count <= 2 else {
            return .failure(.unreadable)
        }
        let (day, month) = format == .monthDayYear ? (second, first) : (first, second)
        if format == .dayMonthYear, month > 12, day <= 12 { return .failure(.monthAboveTwelve(month)) }
        guard let date = CivilDate(year: third, month: month, day: day) else { return .failure(.unreadable) }
        return .success(date)
    }

    /// True for `hh:mm`, `hh:mm:ss`, with optional fraction and zone suffix, as spreadsheets append.
    private static func isTimeOfDay(_ text: Substring) -> Bool {
        text.wholeMatch(of: timeOfDay) != nil
    }

    /// Compiled once: building a regex from a literal on every row was the slowest step of import.
    nonisolated(unsafe) private static let timeOfDay = /\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+\-]\d{2}:?\d{2})?/
}

/// Reads French company identifiers.
enum CSVIdentifierParsing {
    /// A SIREN (9 digits) or SIRET (14 digits) with spaces, no-break spaces and dots removed.
    enum CompanyIdentifier: Sendable, Hashable {
        case siren(String)
        case siret(String)

        var siren: String {
            switch self {
            case .siren(let value): value
            case .siret(let value): String(value.prefix(9))
            }
        }

        var siret: String? {
            if case .siret(let value) = self { return value }
            return nil
        }
    }

    static func parseCompanyIdentifier(_ cell: String) -> CellValue<CompanyIdentifier> {
        let digits = cell.filter { $0 != " " && $0 != "\u{A0}" && $0 != "\u{202F}" && $0 != "." }
        if digits.isEmpty { return .empty }
        guard digits.allSatisfy(\.isASCIIDigit) else { return .invalid }
        switch digits.count {
        case 9: return .value(.siren(digits))
        case 14: return .value(.siret(digits))
        default: return .invalid
        }
    }
}

extension Character {
    var isASCIIDigit: Bool { self >= "0" && self <= "9" }
}
