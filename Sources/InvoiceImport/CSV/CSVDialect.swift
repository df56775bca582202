/// The separator and decimal mark of one CSV file.
struct CSVDialect: Sendable, Hashable {
    var separator: UInt8
    var decimalSeparator: DecimalSeparator

    /// The field separators recognised without a mapping, in order of preference on a tie.
    static let candidateSeparators: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09, UInt8(ascii: "|")]

    /// How many non-blank lines, at most, separator detection looks at.
    static let detectionLines = 20

    /// Picks the separator from the first lines of the file, counting candidates outside quotes.
    ///
    /// For each candidate, the most frequent non-zero count per line is found, and the lines whose
    /// count is within one of it agree. The candidate on which most lines agree wins, then the one
    /// giving more fields,
    /// then the earlier one in ``candidateSeparators``. Rows agree on the separator of a table even
    /// when a title or section name comes before the header (Invoice Ninja) or a description cell
    /// contains commas. Text with no candidate is read as a single comma-separated column.
    /// The separator that Excel's first line `sep=;` (or `sep=,`, `sep=|`, a tab) declares, in
    /// any case; `nil` when line 1 is no such line.
    static func excelSeparatorHint(_ bytes: [UInt8]) -> UInt8? {
        let prefix = Array("sep=".utf8)
        guard bytes.count >= 5, zip(bytes.prefix(4), prefix).allSatisfy({ $0 | 0x20 == $1 }) else { return nil }
        let separator = bytes[4]
        guard candidateSeparators.contains(separator) else { return nil }
        // A quote around the line, as some tools write it, is not accepted: Excel writes it bare.
        let rest = bytes.dropFirst(5).prefix { $0 != 0x0A && $0 != 0x0D }
        return rest.allSatisfy { $0 == 0x20 } ? separator : nil
    }

    static func detectSeparator(_ bytes: [UInt8]) -> UInt8 {
        var lines: [[Int]] = []
        var counts = [Int](repeating: 0, count: candidateSeparators.count)
        var inQuotes = false
        var lineHasText = false
        var index = 0
        let limit = min(bytes.count, 256 * 1024)
        func endLine() {
            if lineHasText { lines.append(counts) }
            counts = [Int](repeating: 0, count: candidateSeparators.count)
            lineHasText = false
        }
        while index < limit, lines.count < detectionLines {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\"") {
                inQuotes.toggle()
                lineHasText = true
            } else if inQuotes {
                continue
            } else if byte == 0x0A || byte == 0x0D {
                endLine()
            } else if let position = candidateSeparators.firstIndex(of: byte) {
                counts[position] += 1
                lineHasText = true
            } else if byte != 0x20 {
                lineHasText = true
            }
        }
        if lines.count < detectionLines { endLine() }
        var best: (agreeing: Int, fields: Int, separator: UInt8)?
        for (position, separator) in candidateSeparators.enumerated() {
            var frequency: [Int: Int] = [:]
            for line in lines where line[position] > 0 { frequency[line[position], default: 0] += 1 }
            guard let mode = frequency.max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            // A row one field short or long still agrees: a few malformed rows must not hand the
            // file to a separator that only splits decimal commas.
            let agreeing = frequency.filter { abs($0.key - mode.key) <= 1 }.values.reduce(0, +)
            if let current = best, (current.agreeing, current.fields) >= (agreeing, mode.key) { continue }
            best = (agreeing, mode.key, separator)
        }
        return best?.separator ?? UInt8(ascii: ",")
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
    /// holding a comma and no point (`19,90`) means a decimal comma unless the comma could group
    /// thousands (`1,020`, `12,345`: one to three digits before it, three after). In a
    /// comma-separated file, where French spreadsheets quote such cells (`"19,90"`), a cell with a
    /// decimal point and no comma (`10.00`) outweighs them. An ambiguous cell is then read with the
    /// mark the other cells decide. Without any comma evidence, the decimal mark is a point.
    static func detect(amountCells: [String], fieldSeparator: UInt8) -> DecimalSeparator {
        guard amountCells.contains(where: { votesForComma($0, fieldSeparator: fieldSeparator) }) else { return .point }
        if fieldSeparator == UInt8(ascii: ","), amountCells.contains(where: showsDecimalPoint) { return .point }
        return .comma
    }

    /// True when `cell` has a point and no comma, with digits on both sides that cannot group
    /// thousands: `10.00` but not `1.020`.
    static func showsDecimalPoint(_ cell: String) -> Bool {
        let bytes = cell.utf8
        guard !bytes.contains(UInt8(ascii: ",")), let point = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
        return isDigitCommaDigits(bytes, comma: point)
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
            return isDigitCommaDigits(cell.utf8, comma: comma)
        default:
            return false
        }
    }

    /// True when the mark at `comma` has a digit before it and at least one digit after it, and
    /// could not be a thousands separator: `1,020` and `12,345` prove nothing, `0,125` and `19,90` do.
    private static func isDigitCommaDigits(_ bytes: String.UTF8View, comma: String.UTF8View.Index) -> Bool {
        let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
        let before = bytes[..<comma].reversed().prefix(while: isDigit)
        let after = bytes[bytes.index(after: comma)...].prefix(while: isDigit)
        guard !before.isEmpty, !after.isEmpty else { return false }
        let couldGroupThousands = after.count == 3 && before.count <= 3 && before.last != UInt8(ascii: "0")
        return !couldGroupThousands
    }
}
