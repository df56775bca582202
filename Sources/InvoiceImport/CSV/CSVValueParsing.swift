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
    private static let currencySigns: [String] = ["€", "$", "£", "¥"]
    private static let currencyCodes: [String] = ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "JPY"]

    /// True for `NULL` or `null`, which database exports (Akaunting) write for an empty value.
    static func isNullLiteral(_ text: some StringProtocol) -> Bool {
        text == "NULL" || text == "null"
    }

    /// Parses an amount with thousands separators, a currency sign or code, a leading or trailing
    /// `-` or accounting parentheses, and a trailing `%` when `allowPercent` is set.
    ///
    /// The scale is kept as written (`19,90` gives 19.90). Thousands groups must have three digits,
    /// so `12,3,4` and `12.50` with a decimal comma are invalid rather than misread.
    static func parse(_ cell: String, decimal: DecimalSeparator, allowPercent: Bool = false) -> CellValue<Amount> {
        let text = trimmed(cell)
        if text.isEmpty || CSVAmountParsing.isNullLiteral(text) { return .empty }
        guard let (plain, negative) = plainNumber(cell, decimal: decimal, allowPercent: allowPercent),
            let amount = Amount(parsing: plain)
        else { return .invalid }
        return .value(negative ? -amount : amount)
    }

    /// An amount written correctly whose value an ``Amount`` cannot hold.
    enum Limit: Equatable {
        /// More than ``Amount/maximumScale`` fraction digits.
        case tooManyDecimals
        /// More digits than 128-bit units hold.
        case tooLarge
    }

    /// Returns the limit that made a well-formed cell unreadable, or `nil` when the cell is malformed.
    static func exceededLimit(_ cell: String, decimal: DecimalSeparator, allowPercent: Bool = false) -> Limit? {
        guard let (plain, _) = plainNumber(cell, decimal: decimal, allowPercent: allowPercent),
            Amount(parsing: plain) == nil
        else { return nil }
        let fraction = plain.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
        return fraction.count > Amount.maximumScale ? .tooManyDecimals : .tooLarge
    }

    /// Rewrites the cell as plain digits with a point, and its sign, or returns `nil` when malformed.
    private static func plainNumber(_ cell: String, decimal: DecimalSeparator, allowPercent: Bool) -> (String, Bool)? {
        var text = Substring(trimmed(cell))
        var negative = false
        if text.hasPrefix("("), text.hasSuffix(")") {
            negative = true
            text = trimmed(text.dropFirst().dropLast())
        }
        if allowPercent, text.hasSuffix("%") { text = trimmed(text.dropLast()) }
        text = strippingCurrency(text)
        if text.hasPrefix("-") || text.hasPrefix("+") {
            if negative { return nil }
            negative = text.hasPrefix("-")
            text = strippingCurrency(trimmed(text.dropFirst()))
        } else if text.hasSuffix("-") {
            // Accounting software writes a trailing minus: `120,00-`.
            if negative { return nil }
            negative = true
            text = strippingCurrency(trimmed(text.dropLast()))
        }
        return plainDecimal(text, decimal: decimal).map { ($0, negative) }
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

    /// Parses a VAT rate. A rate is never grouped in thousands, so in a file with decimal commas a
    /// rate written with a point and no comma reads with a decimal point: `5.5`, `5.500` (5.5),
    /// `20.000 %` (20). Other cells read like amounts.
    static func parseRate(_ cell: String, decimal: DecimalSeparator) -> CellValue<Amount> {
        if decimal == .comma, cell.contains("."), !cell.contains(","),
            case .value(let rate) = parse(cell, decimal: .point, allowPercent: true)
        {
            return .value(rate)
        }
        return parse(cell, decimal: decimal, allowPercent: true)
    }

    /// How a cell with one point and no comma reads in a file with decimal commas, when the point
    /// sits before exactly three digits (`1.250`, `-12.500 €`).
    enum PointBeforeThreeDigits: Equatable {
        /// The digits before the point are zeros (`0.250`): the point cannot group thousands, so it
        /// is a decimal point, the value given.
        case decimalPoint(Amount)
        /// `1.250` may be 1250 (the point groups thousands) or 1.250 (a decimal point).
        case ambiguous(thousands: Amount, decimal: Amount)
    }

    /// Returns how `cell` reads when it has one point before exactly three digits and no other
    /// mark, or `nil` for any other cell.
    static func pointBeforeThreeDigits(_ cell: String) -> PointBeforeThreeDigits? {
        guard cell.contains("."), !cell.contains(","),
            case .value(let decimal) = parse(cell, decimal: .point),
            case .value(let thousands) = parse(cell, decimal: .comma)
        else { return nil }
        let digits = cell.filter { $0.isASCIIDigit || $0 == "." }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...3).contains(parts[0].count), parts[1].count == 3 else { return nil }
        if parts[0].allSatisfy({ $0 == "0" }) { return .decimalPoint(decimal) }
        return .ambiguous(thousands: thousands, decimal: decimal)
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
    /// True for the ten ASCII digits only, not for a digit carrying a combining mark.
    var isASCIIDigit: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
