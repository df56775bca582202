import InvoiceModel

/// Builds RFC 4180 CSV text: CRLF line ends, fields quoted when they contain the separator, a
/// quote, CR or LF, with quotes doubled.
///
/// Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// CR) get a leading `'`. Control characters other than tab, CR and LF are written as visible
/// escapes (``visibleControls(_:)``), so a spreadsheet or a terminal showing the file cannot be
/// steered by them. Numbers are left alone because no spreadsheet evaluates them: cells
/// given as ``Cell/number(_:)``, and plain numbers such as `-12,50` passed to ``append(_:)``.
public struct CSVTable: Sendable {
    public let separator: Character
    public private(set) var text: String

    /// One cell: text a person or a source wrote, or a number the tool formatted itself.
    public enum Cell: Sendable {
        case text(String)
        /// Digits we formatted ourselves, never neutralised.
        case number(String)
        /// An identifier (document number, line id) that must reach the spreadsheet as written.
        /// When Excel would read it as a number or a date (`0001`, `2025-01`, 12 digits or more,
        /// `1E5`), it is written as the text formula `="0001"`. Only digits and the characters
        /// `-/.:, ` are ever put inside that formula, so no value from a source can run as one.
        /// Other identifiers are written as ``text(_:)``.
        case identifier(String)
    }

    /// Starts a table in the French dialect (`;` and a UTF-8 byte order mark, as French Excel
    /// expects) or the English one (`,`, no byte order mark).
    public init(language: Language) {
        separator = language == .fr ? ";" : ","
        text = language == .fr ? "\u{FEFF}" : ""
    }

    /// Appends a row of strings; a plain number among them is written as a number.
    public mutating func append(_ cells: [String]) {
        appendRow(cells.map { Self.isPlainNumber($0) ? .number($0) : .text($0) })
    }

    public mutating func appendRow(_ cells: [Cell]) {
        text += cells.map(field).joined(separator: String(separator))
        text += "\r\n"
    }

    private func field(_ cell: Cell) -> String {
        var value: String
        switch cell {
        case .number(let digits):
            value = digits
        case .identifier(let raw) where Self.spreadsheetWouldConvert(raw):
            value = "=\"" + raw + "\""
        case .text(let raw), .identifier(let raw):
            value = visibleControls(raw)
            if let first = raw.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
                value = "'" + raw
            }
        }
        let needsQuotes = value.unicodeScalars.contains {
            $0 == "\"" || $0 == "\r" || $0 == "\n" || Character($0) == separator
        }
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// Returns true when a spreadsheet opening the CSV would turn `text` into a number or a date.
    /// That loses leading zeros (`0001`), dates and times (`2025-01`, `1/2`, `10:30`), decimals
    /// (`1.50`), 12 digits or more (shown as `1,23E+11`) and exponents (`1E5`). Such a text starts
    /// with a digit and contains only digits and `-/.:, `, or is digits, `E` and digits.
    static func spreadsheetWouldConvert(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
        let isDigit: (Unicode.Scalar) -> Bool = { ("0"..."9").contains($0) }
        if let exponent = scalars.firstIndex(where: { $0 == "E" || $0 == "e" }) {
            return exponent + 1 < scalars.count && scalars[..<exponent].allSatisfy(isDigit)
                && scalars[(exponent + 1)...].allSatisfy(isDigit)
        }
        guard scalars.allSatisfy({ isDigit($0) || "-/.:, ".unicodeScalars.contains($0) }) else { return false }
        let plainInteger = scalars.allSatisfy(isDigit) && first != "0" && scalars.count < 12
        return !plainInteger
    }

    /// True for an optional sign, digits and at most one `.` or `,`: `-12`, `+3.5`, `-12,50`.
    public static func isPlainNumber(_ text: String) -> Bool {
        var scalars = Substring(text).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        var digits = 0
        var separators = 0
        for scalar in scalars {
            if ("0"..."9").contains(scalar) {
                digits += 1
            } else if scalar == "." || scalar == "," {
                separators += 1
            } else {
                return false
            }
        }
        return digits > 0 && separators <= 1
    }
}

extension Amount {
    /// Writes the value as the report's language writes decimals: `12,50` in French, `12.50` in English.
    public func text(_ language: Language) -> String {
        language == .fr ? description.replacing(".", with: ",") : description
    }
}

extension CivilDate {
    /// Writes the date as the report's spreadsheet dialect does: `15/01/2025` in French, so French
    /// Excel reads a date, and `2025-01-15` in English.
    public func text(_ language: Language) -> String {
        guard language == .fr else { return description }
        func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(pad(day))/\(pad(month))/\(year)"
    }
}
