/// Where a record sits in its source: the file and, when known, the 1-based line and an element path.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    /// An XPath-like element path for XML sources, or a column name for CSV.
    public var element: String?
    /// The 1-based position of the field within the line, when known; it orders the findings of
    /// one line and is not printed.
    public var column: Int?

    public init(file: String, line: Int? = nil, element: String? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.element = element
        self.column = column
    }

    /// `file:line`, or the file alone when the line is unknown.
    public var description: String {
        if let line { return "\(file):\(line)" }
        return file
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
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
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
