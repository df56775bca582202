/// Where a record sits in its source: the file and, when known, the 1-based line and an element path.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// Where the record sits inside the line: an XPath-like element path for XML sources
    /// (`/Invoice/InvoiceLine`), a column name for CSV and workbooks (`Total HT`), or a JSON path
    /// for JSON sources (`invoices[12]`, `invoices[12].lines[2]`, `data[3].total`: keys joined with
    /// `.`, array positions from 0 in brackets, `[3]` for an element of a root array).
    public var element: String?
    /// The 1-based position of the field within the line, when known; it orders the findings of
    /// one line and is not printed.
    public var column: Int?
    /// The worksheet of a workbook (XLSX) source; `line` is then the sheet's row number.
    public var sheet: String?

    public init(file: String, line: Int? = nil, element: String? = nil, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.element = element
        self.column = column
        self.sheet = sheet
    }

    /// `file:line`, or the file alone when the line is unknown; `file:Sheet!row` in a workbook,
    /// after Excel's own `Sheet!A1` references (`'Factures T1'!9` for a name Excel quotes).
    public var description: String {
        if let sheet {
            let name = Self.excelReference(sheet: sheet)
            return line.map { "\(file):\(name)!\($0)" } ?? "\(file):\(name)"
        }
        if let line { return "\(file):\(line)" }
        return file
    }

    /// The description followed by the element in parentheses, as the journals print a location:
    /// `invoices.json:1 (invoices[12])`, `export.xlsx:'Factures T1'!9 (Total HT)`. Without an
    /// element it is the description alone.
    public var fullDescription: String {
        guard let element, !element.isEmpty else { return description }
        return "\(description) (\(element))"
    }

    /// Returns the sheet name as Excel writes it in a reference: quoted, with quotes doubled, unless
    /// it is only letters, digits, `_` and `.` and does not start with a digit.
    public static func excelReference(sheet: String) -> String {
        let plain =
            !sheet.isEmpty && sheet.first?.isNumber == false
            && sheet.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
        return plain ? sheet : "'" + sheet.replacing("'", with: "''") + "'"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.sheet != rhs.sheet { return (lhs.sheet ?? "") < (rhs.sheet ?? "") }
        return (lhs.line ?? 0) < (rhs.line ?? 0)
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    public var trimmingSpaces: String {
        // Most values have nothing to trim, and comparing Characters is slow. When the first byte
        // cannot start a space, tab, line break or no-break space (C2 A0) and the last byte cannot
        // end one, there is nothing to trim.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last,
            ![0x20, 0x09, 0x0A, 0x0D, 0xC2].contains(first), ![0x20, 0x09, 0x0A, 0x0D, 0xA0].contains(last)
        {
            return text
        }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let start = firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = lastIndex(where: { !isSpace($0) }) ?? start
        return String(self[start...end])
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { asciiValue.map { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) } ?? false }
}
