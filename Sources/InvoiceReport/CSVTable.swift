import InvoiceModel

/// Builds RFC 4180 CSV text: CRLF line ends, fields quoted when they contain the separator, a
/// quote, CR or LF, with quotes doubled.
///
/// Cells that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
/// CR) get a leading `'`, except plain numbers such as `-12,50`, which no spreadsheet evaluates.
struct CSVTable {
    let separator: Character
    private(set) var text: String

    /// The French dialect (`;` and a UTF-8 byte order mark, as French Excel expects) or the
    /// English one (`,`, no byte order mark).
    init(language: Language) {
        separator = language == .fr ? ";" : ","
        text = language == .fr ? "\u{FEFF}" : ""
    }

    mutating func append(_ cells: [String]) {
        text += cells.map(field).joined(separator: String(separator))
        text += "\r\n"
    }

    private func field(_ value: String) -> String {
        var cell = value
        if let first = cell.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first),
            !Self.isPlainNumber(cell)
        {
            cell = "'" + cell
        }
        let needsQuotes = cell.unicodeScalars.contains {
            $0 == "\"" || $0 == "\r" || $0 == "\n" || Character($0) == separator
        }
        guard needsQuotes else { return cell }
        return "\"" + cell.replacing("\"", with: "\"\"") + "\""
    }

    /// True for an optional sign, digits and at most one `.` or `,`: `-12`, `+3.5`, `-12,50`.
    static func isPlainNumber(_ text: String) -> Bool {
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
    /// The value as the report's language writes decimals: `12,50` in French, `12.50` in English.
    func text(_ language: Language) -> String {
        language == .fr ? description.replacing(".", with: ",") : description
    }
}
