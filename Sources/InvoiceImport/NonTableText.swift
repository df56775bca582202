/// Recognises text that is clearly no table, such as a `LISEZMOI.txt` of three sentences beside
/// the exports of a folder, and JSON that starts with a `//` comment, which would otherwise be
/// read as CSV and rejected with a misleading message.
enum NonTableText {
    /// How many non-blank lines are looked at.
    static let window = 20

    /// True when no line among the first ones names a recognised column and the lines do not
    /// hold the same number of separators, at least one each.
    static func isProse(_ bytes: [UInt8]) -> Bool {
        let separator = CSVDialect.detectSeparator(bytes)
        let lines = firstLines(bytes)
        guard !lines.isEmpty else { return false }
        let counts = lines.map { line in line.count { $0 == separator } }
        if Set(counts).count == 1, counts[0] > 0 { return false }
        for line in lines {
            let cells = line.split(separator: separator, omittingEmptySubsequences: false).map {
                String(decoding: $0, as: UTF8.self).trimmingSpaces
            }
            if case .success(let recognised) = CSVColumnRecognition.recognise(headers: cells, mapping: [:]),
                !recognised.layout.columns.isEmpty
            {
                return false
            }
        }
        return true
    }

    /// True when the text starts with a `//` or `/*` comment and, after the comments, a JSON
    /// array or object.
    static func isJSONWithComments(_ bytes: [UInt8]) -> Bool {
        var index = 0
        var sawComment = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                sawComment = true
                while index < bytes.count, bytes[index] != 0x0A { index += 1 }
            } else if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                sawComment = true
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                index += 2
            } else {
                return sawComment && (byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{"))
            }
        }
        return false
    }

    private static func firstLines(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var lines: [ArraySlice<UInt8>] = []
        for line in bytes.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D }) {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            lines.append(line)
            if lines.count == window { break }
        }
        return lines
    }
}
