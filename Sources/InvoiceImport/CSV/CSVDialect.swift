/// The separator and decimal mark of one CSV file.
struct CSVDialect: Sendable, Hashable {
    var separator: UInt8
    var decimalSeparator: DecimalSeparator

    /// The field separators recognised without a mapping, in order of preference on a tie.
    static let candidateSeparators: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09, UInt8(ascii: "|")]

    /// Picks the candidate separator that occurs most often outside quotes in the header line.
    ///
    /// The header line ends at the first line end outside quotes; a header with no candidate is
    /// read as a single comma-separated column.
    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var counts = [Int](repeating: 0, count: candidateSeparators.count)
        var inQuotes = false
        var index = 0
        // Skip blank lines before the header, as libcsv does.
        while index < bytes.count, bytes[index] == 0x0A || bytes[index] == 0x0D { index += 1 }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
            } else if !inQuotes {
                if byte == 0x0A || byte == 0x0D { break }
                if let position = candidateSeparators.firstIndex(of: byte) { counts[position] += 1 }
            }
            index += 1
        }
        var best = 0
        for position in counts.indices where counts[position] > counts[best] { best = position }
        return counts[best] > 0 ? candidateSeparators[best] : UInt8(ascii: ",")
    }

    /// The printable name of a separator for messages.
    static func displayName(_ separator: UInt8) -> String {
        separator == 0x09 ? "tab" : String(UnicodeScalar(separator))
    }
}

/// The decimal mark of the amounts in a file.
enum DecimalSeparator: String, Sendable, Hashable, Codable {
    case point = "."
    case comma = ","

    /// Decides the decimal mark from the amount cells of a file.
    ///
    /// A cell holding both marks votes for the one written last (`1.250,00`, `1,020.00`). A cell
    /// holding a comma and no point (`19,90`) means a decimal comma unless the comma separates
    /// fields, where such a value would have to be quoted and may just as well be `1,020`. Without
    /// any comma evidence, the decimal mark is a point.
    static func detect(amountCells: [String], fieldSeparator: UInt8) -> DecimalSeparator {
        amountCells.contains { votesForComma($0, fieldSeparator: fieldSeparator) } ? .comma : .point
    }

    /// True when `cell` is evidence of a decimal comma (see ``detect(amountCells:fieldSeparator:)``);
    /// no cell is evidence of a decimal point, which is the default.
    static func votesForComma(_ cell: String, fieldSeparator: UInt8) -> Bool {
        let lastComma = cell.utf8.lastIndex(of: UInt8(ascii: ","))
        let lastPoint = cell.utf8.lastIndex(of: UInt8(ascii: "."))
        switch (lastComma, lastPoint) {
        case (let comma?, let point?):
            return comma > point
        case (let comma?, nil):
            return fieldSeparator != UInt8(ascii: ",") && isDigitCommaDigits(cell.utf8, comma: comma)
        default:
            return false
        }
    }

    /// True when the comma at `comma` has a digit before it and at least one digit after it.
    private static func isDigitCommaDigits(_ bytes: String.UTF8View, comma: String.UTF8View.Index) -> Bool {
        guard comma > bytes.startIndex else { return false }
        let before = bytes[bytes.index(before: comma)]
        guard before >= 0x30 && before <= 0x39 else { return false }
        let after = bytes[bytes.index(after: comma)...].prefix { $0 >= 0x30 && $0 <= 0x39 }
        return !after.isEmpty
    }
}
