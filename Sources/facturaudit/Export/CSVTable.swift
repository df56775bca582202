import InvoiceModel

/// Builds RFC 4180 CSV text for spreadsheets: `;` and a UTF-8 byte order mark in French (what
/// Excel expects with a French locale), `,` in English, CRLF line ends.
///
/// Text cells that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`,
/// so a spreadsheet shows them instead of running them as formulas. Numeric cells written by
/// ``number(_:)`` are left alone: a negative amount must stay a number.
struct CSVTable {
    let language: Language
    private(set) var text: String

    init(language: Language, header: [String]) {
        self.language = language
        text = language == .fr ? "\u{FEFF}" : ""
        appendRow(header.map(Cell.text))
    }

    enum Cell {
        case text(String)
        /// Digits we formatted ourselves, never neutralised.
        case number(String)
    }

    var separator: Character { language == .fr ? ";" : "," }

    mutating func appendRow(_ cells: [Cell]) {
        text += cells.map(render).joined(separator: String(separator)) + "\r\n"
    }

    private func render(_ cell: Cell) -> String {
        var value: String
        switch cell {
        case .number(let digits):
            value = digits
        case .text(let raw):
            value = raw
            if let first = raw.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
                value = "'" + raw
            }
        }
        let needsQuotes = value.contains { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
        guard needsQuotes else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    /// An amount with at least two decimals, with a decimal comma in French.
    func amount(_ value: Amount?) -> Cell {
        guard let value else { return .text("") }
        let digits = value.formatted(minimumScale: 2)
        return .number(language == .fr ? digits.replacing(".", with: ",") : digits)
    }

    /// A quantity or rate as written, with a decimal comma in French.
    func decimal(_ value: Amount?) -> Cell {
        guard let value else { return .text("") }
        return .number(language == .fr ? value.description.replacing(".", with: ",") : value.description)
    }

    /// `dd/mm/yyyy` in French, ISO 8601 in English.
    func date(_ value: CivilDate?) -> Cell {
        guard let value else { return .text("") }
        guard language == .fr else { return .number(value.description) }
        func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return .number("\(pad(value.day))/\(pad(value.month))/\(value.year)")
    }
}
