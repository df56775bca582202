import InvoiceModel

/// A value of a record that could not be read: its JSON path and the message.
struct JSONValueProblem: Sendable, Hashable {
    var path: String
    var reason: LocalizedText
}

/// A JSON number rounded to 15 significant digits: its text, the amount read and its path.
struct JSONRoundedNumber: Sendable, Hashable {
    var written: String
    var read: Amount
    var path: String
}

/// Reads the members of one flattened record as texts, amounts and dates, collecting problems.
///
/// A JSON number is read from its text, never through `Double`. A string goes through the CSV
/// importer's parsers, so `"2100.000"`, `"1 250,00 €"` (with a decimal comma mapping) and
/// `"15/01/2025"` read as in a CSV cell. A missing member, `null`, `false` and an empty string are
/// empty.
struct JSONRecordCells {
    let record: FlatRecord
    /// The JSON path of the object the keys are relative to, such as `invoices[3]`.
    let path: String
    let decimal: DecimalSeparator
    let dateFormat: CSVDateFormat
    private(set) var problems: [JSONValueProblem] = []
    /// JSON numbers rounded to 15 significant digits (see ``number(_:)``), as written, with
    /// their paths, for one warning per file.
    private(set) var roundedNumbers: [JSONRoundedNumber] = []

    init(record: FlatRecord, path: String, decimal: DecimalSeparator, dateFormat: CSVDateFormat) {
        self.record = record
        self.path = path
        self.decimal = decimal
        self.dateFormat = dateFormat
    }

    func path(of key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    mutating func report(_ key: String, _ reason: LocalizedText) {
        problems.append(JSONValueProblem(path: path(of: key), reason: reason))
    }

    /// Adds the problems another reader found, such as those of a line.
    mutating func append(_ others: [JSONValueProblem]) {
        problems += others
    }

    /// Adds the problems and rounded numbers of another reader, such as a line's.
    mutating func append(_ other: JSONRecordCells) {
        problems += other.problems
        roundedNumbers += other.roundedNumbers
    }

    /// Reads a JSON number's text exactly, exponents included (`1.2e2` is 120, as JavaScript
    /// writes large and small numbers). A number with more than 15 significant digits is rounded
    /// to 15, as the XLSX reader does: `120.10000000000001` is the binary noise of 100.1 + 20.0
    /// that the exporting tool computed as a double, not an amount, and is read as 120.1 with a
    /// warning. Returns `nil` for a number no amount can hold.
    mutating func number(_ text: String, key: String) -> Amount? {
        let exact = Amount(parsing: text)
        guard let digits = XLSXNumberText(text), let rounded = Amount(parsing: digits.text()) else { return exact }
        guard let exact else {
            if Self.significantDigitCount(text) > XLSXNumberText.significantDigits {
                roundedNumbers.append(JSONRoundedNumber(written: text, read: rounded, path: path(of: key)))
            }
            return rounded
        }
        if exact == rounded { return exact }
        roundedNumbers.append(JSONRoundedNumber(written: text, read: rounded, path: path(of: key)))
        return rounded
    }

    /// The significant digits of a number's mantissa, leading and trailing zeros left out.
    static func significantDigitCount(_ text: String) -> Int {
        let mantissa = text.prefix { $0 != "e" && $0 != "E" }.filter(\.isASCIIDigit)
        return mantissa.drop { $0 == "0" }.reversed().drop { $0 == "0" }.count
    }

    /// Returns a string (trimmed) or a number's text; other values are a problem.
    mutating func text(_ key: String?) -> String? {
        guard let key, let value = record.value(key) else { return nil }
        switch value {
        case .string(let text):
            let trimmed = text.trimmingSpaces
            return trimmed.isEmpty ? nil : trimmed
        case .number(let text):
            return text
        default:
            report(key, JSONRecordMessages.unexpectedValue(JSONRecordMessages.display(value), path: path(of: key)))
            return nil
        }
    }

    mutating func amount(_ key: String?, allowPercent: Bool = false) -> Amount? {
        guard let key else { return nil }
        guard let value = record.value(key) else {
            // An object or array where other records have an amount must not pass as no amount.
            if let structure = record.structures[key] {
                report(key, JSONRecordMessages.unreadableAmount(JSONRecordMessages.display(structure), path: path(of: key), decimalCommaHint: false))
            }
            return nil
        }
        let quoted = JSONRecordMessages.display(value)
        switch value {
        case .number(let text):
            if let amount = number(text, key: key) { return amount }
        case .string(let text):
            // A rate is never grouped in thousands (see ``CSVAmountParsing/parseRate(_:decimal:)``).
            let parsed =
                allowPercent ? CSVAmountParsing.parseRate(text, decimal: decimal) : CSVAmountParsing.parse(text, decimal: decimal)
            switch parsed {
            case .value(let amount): return amount
            case .empty: return nil
            case .invalid:
                let other: DecimalSeparator = decimal == .point ? .comma : .point
                let otherReads = CSVAmountParsing.parse(text, decimal: other, allowPercent: allowPercent).value != nil
                let message = JSONRecordMessages.unreadableAmount(
                    quoted, path: path(of: key), decimalCommaHint: decimal == .point && otherReads, declaredComma: decimal == .comma,
                    pointReads: otherReads)
                report(key, message)
                return nil
            }
        default:
            break
        }
        report(key, JSONRecordMessages.unreadableAmount(quoted, path: path(of: key), decimalCommaHint: false, declaredComma: decimal == .comma))
        return nil
    }

    /// Returns a line VAT rate: a percentage, or Pennylane's `FR_200` code (the rate in tenths).
    mutating func rate(_ key: String?) -> Amount? {
        if let key, case .string(let text)? = record.value(key), text.hasPrefix("FR_") {
            let digits = text.dropFirst(3)
            if !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit), let tenths = Int128(digits) {
                return Amount(units: tenths, scale: 1)
            }
        }
        return amount(key, allowPercent: true)
    }

    /// Returns a date: ISO (with or without a time), the day-first forms of CSV exports,
    /// `/Date(milliseconds)/` (Xero, .NET), or Unix seconds in a key named for them
    /// (``JSONRecordKeys/holdsUnixSeconds(_:)``).
    mutating func date(_ key: String?) -> CivilDate? {
        guard let key, let value = record.value(key) else { return nil }
        let quoted = JSONRecordMessages.display(value)
        let text: String
        switch value {
        case .string(let string): text = string
        case .number(let number): text = number
        default:
            report(key, JSONRecordMessages.unreadableDate(quoted, path: path(of: key)))
            return nil
        }
        if let milliseconds = Self.dotNetMilliseconds(text) { return CivilDate(dayNumber: Int(milliseconds / 86_400_000)) }
        switch CSVDateParsing.parse(text, format: dateFormat, unixSeconds: JSONRecordKeys.holdsUnixSeconds(key)) {
        case .success(let date): return date
        case .failure(.monthAboveTwelve): report(key, JSONRecordMessages.monthAboveTwelve(quoted, path: path(of: key)))
        case .failure: report(key, JSONRecordMessages.unreadableDate(quoted, path: path(of: key)))
        }
        return nil
    }

    /// Reads `/Date(1736899200000)/` or `/Date(1736899200000+0000)/`, milliseconds since 1970
    /// in UTC, from 1980 to 2099.
    static func dotNetMilliseconds(_ text: String) -> Int64? {
        guard text.hasPrefix("/Date("), text.hasSuffix(")/") else { return nil }
        let inner = text.dropFirst(6).dropLast(2)
        let digits = inner.prefix { $0.isASCIIDigit }
        let zone = inner.dropFirst(digits.count)
        guard !digits.isEmpty, zone.isEmpty || (zone.count == 5 && "+-".contains(zone.first ?? " ")),
            let milliseconds = Int64(digits),
            CSVDateParsing.unixSecondsRange.contains(Int(milliseconds / 1000))
        else { return nil }
        return milliseconds
    }

    mutating func companyIdentifier(_ key: String?) -> CSVIdentifierParsing.CompanyIdentifier? {
        guard let key, let text = text(key) else { return nil }
        guard let identifier = CSVIdentifierParsing.parseCompanyIdentifier(text).value else {
            report(key, JSONRecordMessages.invalidCompanyIdentifier(text, path: path(of: key)))
            return nil
        }
        return identifier
    }
}
