/// Reads JSON Lines (NDJSON, `.jsonl`, `.ndjson`): one JSON object per text line, as APIs stream
/// their records.
///
/// The lines become the elements of one root array, each starting where its line does, so the
/// records importer reads them as it reads `[{…}, {…}]` and each record keeps its own line.
enum JSONLines {
    /// A line that is not one JSON value, with the parser's failure (offset from the line's start).
    struct InvalidLine: Sendable, Hashable {
        var line: Int
        var failure: JSONParser.Failure
    }

    /// Parses `bytes` as JSON Lines, or returns `nil` when they are not: fewer than two non-blank
    /// lines, no line that is one JSON object, or a first line that is neither one JSON object nor
    /// one that fails like a JSON Lines record (see ``startsLikeObject(_:failure:)``).
    static func parse(_ bytes: [UInt8]) -> (parsed: JSONParser.Parsed, invalidLines: [InvalidLine])? {
        var elements: [JSONValue] = []
        var starts: [Int] = []
        var duplicates: [JSONParser.DuplicateKey] = []
        var invalid: [InvalidLine] = []
        var lineNumber = 0
        var start = 0
        var nonBlank = 0
        while start < bytes.count {
            lineNumber += 1
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            defer { start = end + 1 }
            let line = Array(bytes[start..<end])
            guard let first = line.firstIndex(where: { ![0x20, 0x09, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }) else { continue }
            nonBlank += 1
            switch JSONParser.parseRecordingElements(line) {
            case .success(let parsed):
                if nonBlank == 1 {
                    guard case .object = parsed.value else { return nil }
                }
                for duplicate in parsed.duplicateKeys {
                    duplicates.append(
                        JSONParser.DuplicateKey(
                            key: duplicate.key, offset: start + duplicate.offset,
                            objectPath: [.index(elements.count)] + duplicate.objectPath))
                }
                elements.append(parsed.value)
                starts.append(start + first)
            case .failure(let failure):
                if nonBlank == 1, !startsLikeObject(line, failure: failure) { return nil }
                invalid.append(InvalidLine(line: lineNumber, failure: failure))
            }
        }
        guard nonBlank >= 2, !elements.isEmpty else { return nil }
        let parsed = JSONParser.Parsed(value: .array(elements), elementStarts: [[]: starts], duplicateKeys: duplicates)
        return (parsed, invalid)
    }

    /// Returns true when a first line that does not parse is still a bad JSON Lines record. Such a
    /// line holds a whole object followed by more text, or opens and closes braces on its own.
    /// The first line of indented JSON (`{` or `[`) is neither.
    private static func startsLikeObject(_ line: [UInt8], failure: JSONParser.Failure) -> Bool {
        let text = line.filter { ![0x20, 0x09, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        guard text.first == UInt8(ascii: "{") else { return false }
        if failure.offset > 0, failure.offset <= line.count, case .success(.object) = JSONParser.parse(Array(line[..<failure.offset])) {
            return true
        }
        return text.count > 1 && text.last == UInt8(ascii: "}")
    }
}
