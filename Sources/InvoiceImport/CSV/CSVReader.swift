import CFALibCSV

/// One CSV record: its fields as UTF-8 bytes and the physical line where it starts.
///
/// The fields sit one after the other in `storage`, field `i` between `bounds[i]` and
/// `bounds[i + 1]`, so that reading a record allocates nothing once the reader's buffers have grown.
struct CSVRecord: Sendable {
    /// The 1-based physical line of the record's first byte.
    var line: Int
    var storage: [UInt8] = []
    var bounds: [Int] = [0]

    init(line: Int) {
        self.line = line
    }

    /// Creates a record from separate fields, for tests and the header row.
    init(line: Int, fields: [[UInt8]]) {
        self.line = line
        for field in fields { append(field[...]) }
    }

    var fieldCount: Int { bounds.count - 1 }

    /// Returns the bytes of field `index`, as libcsv gave them after unquoting and trimming.
    func field(_ index: Int) -> ArraySlice<UInt8> {
        storage[bounds[index]..<bounds[index + 1]]
    }

    mutating func append(_ bytes: some Collection<UInt8>) {
        storage.append(contentsOf: bytes)
        bounds.append(storage.count)
    }

    mutating func removeAll(line: Int) {
        self.line = line
        storage.removeAll(keepingCapacity: true)
        bounds.removeAll(keepingCapacity: true)
        bounds.append(0)
    }

    /// Returns the field at `index` as text without surrounding spaces, or an empty string when out of range.
    func text(_ index: Int) -> String {
        guard index < fieldCount else { return "" }
        switch trimmedRange(index) {
        case .bytes(let range): return String(decoding: storage[range], as: UTF8.self)
        case .characters: return String(decoding: field(index), as: UTF8.self).trimmingSpaces
        }
    }

    /// True when the field at `index` is absent, holds only spaces or the literal `NULL`.
    func isEmptyCell(_ index: Int) -> Bool {
        guard index < fieldCount else { return true }
        if case .bytes(let range) = trimmedRange(index) {
            return range.isEmpty || (range.count == 4 && CSVRecord.nullLiterals.contains { storage[range].elementsEqual($0) })
        }
        return false
    }

    private static let nullLiterals = [Array("NULL".utf8), Array("null".utf8)]

    /// True when every field is empty or blank.
    var isBlank: Bool {
        storage.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// The position of a field's text once ``Swift/StringProtocol/trimmingSpaces`` has run.
    enum Trimmed {
        /// The trimmed text is exactly these bytes of `storage`.
        case bytes(Range<Int>)
        /// Spaces were trimmed next to a non-ASCII byte, where a combining mark can join a space
        /// into one `Character` that the trimming keeps. Only the `String` path gives the same result.
        case characters
    }

    /// Trims spaces, tabs, line breaks and no-break spaces from field `index` on its bytes, as
    /// `trimmingSpaces` does on `Character`s (a CRLF pair is one `Character`, which it keeps).
    func trimmedRange(_ index: Int) -> Trimmed {
        var start = bounds[index]
        var end = bounds[index + 1]
        let first = start
        let last = end
        return storage.withUnsafeBufferPointer { bytes in
            while start < end {
                let byte = bytes[start]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A {
                    start += 1
                } else if byte == 0x0D, start + 1 >= end || bytes[start + 1] != 0x0A {
                    start += 1
                } else if byte == 0xC2, start + 1 < end, bytes[start + 1] == 0xA0 {
                    start += 2
                } else {
                    break
                }
            }
            while end > start {
                let byte = bytes[end - 1]
                if byte == 0x20 || byte == 0x09 || byte == 0x0D {
                    end -= 1
                } else if byte == 0x0A, end - 1 == start || bytes[end - 2] != 0x0D {
                    end -= 1
                } else if byte == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 {
                    end -= 2
                } else {
                    break
                }
            }
            if start > first, start < end, bytes[start] >= 0x80 { return .characters }
            if end < last, end > start, bytes[end - 1] >= 0x80 { return .characters }
            return .bytes(start..<end)
        }
    }
}

/// A reason libcsv stopped reading a file.
enum CSVReadError: Error, Sendable, Hashable {
    /// A quote where strict CSV forbids one, on this line.
    case malformedQuoting(line: Int)
    /// A quoted field opened in the record starting on this line and never closed.
    case unterminatedQuote(line: Int)
    /// libcsv could not allocate its field buffer.
    case outOfMemory(line: Int)
}

/// Splits UTF-8 CSV text into records with libcsv, recording the line where each record starts.
///
/// libcsv reports neither line numbers nor blank lines, so the reader feeds it one physical line
/// at a time (CRLF, LF or a lone CR ends a line) and remembers the line on which the current
/// record began. Records are handed over one at a time in a reused buffer, so reading keeps one
/// record in memory, not the file's. A reader owns a C parser, so it must stay on one task and is not
/// `Sendable`; it reads one input.
final class CSVReader {
    private let parser: UnsafeMutablePointer<csv_parser>
    private var current = CSVRecord(line: 1)
    private var recordStartLine = 1
    private var recordEnded = false
    private let initialised: Bool
    private let handsBlankLines: Bool

    /// Creates a strict parser (stray quotes and an unterminated quote at the end are errors).
    ///
    /// - Parameter quoting: `false` for formats without quoting, such as the FEC, where a `"` in a
    ///   label is text. libcsv then takes the NUL byte as its quote character.
    /// - Parameter blankLines: `true` to hand each line holding only spaces, tabs or nothing,
    ///   which libcsv skips, as a record without fields, so that the caller can count it.
    init(separator: UInt8, quoting: Bool = true, blankLines: Bool = false) {
        handsBlankLines = blankLines
        parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        parser.initialize(to: csv_parser())
        // In libcsv 3.0.3, csv_init fails only when it cannot allocate its first buffer.
        initialised = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0
        csv_set_delim(parser, separator)
        if !quoting { csv_set_quote(parser, 0) }
    }

    deinit {
        csv_free(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Reads every record of `bytes` into an array; for tests and small inputs.
    func read(_ bytes: [UInt8]) -> Result<[CSVRecord], CSVReadError> {
        var records: [CSVRecord] = []
        if let failure = read(bytes, each: { records.append($0) }) { return .failure(failure) }
        return .success(records)
    }

    /// Hands each record of `bytes` to `body` in file order and returns why reading stopped, if
    /// it failed; call it once per reader.
    ///
    /// Records before a failure have been handed over already, so a caller that must not act on a
    /// file with malformed quoting reads it once to validate it first.
    func read(_ bytes: [UInt8], each body: (CSVRecord) -> Void) -> CSVReadError? {
        guard initialised else { return .outOfMemory(line: 1) }
        let context = Unmanaged.passUnretained(self).toOpaque()
        return withExtendedLifetime(self) {
            bytes.withUnsafeBufferPointer { buffer -> CSVReadError? in
                var lineNumber = 0
                var recordOpen = false
                var failure: CSVReadError?
                var start = 0
                while start < buffer.count {
                    let end = CSVReader.lineEnd(in: buffer, from: start)
                    lineNumber += 1
                    if !recordOpen {
                        recordStartLine = lineNumber
                        current.line = lineNumber
                    }
                    recordEnded = false
                    let consumed = csv_parse(
                        parser, buffer.baseAddress.map { $0 + start }, end - start, CSVReader.fieldCallback,
                        CSVReader.rowCallback, context)
                    if consumed != end - start {
                        failure = csv_error(parser) == CSV_ENOMEM ? .outOfMemory(line: lineNumber) : .malformedQuoting(line: lineNumber)
                        break
                    }
                    if recordEnded {
                        // A chunk ends at the first line end, so it completes at most one record.
                        body(current)
                        current.removeAll(line: lineNumber + 1)
                        recordOpen = false
                    } else if !recordOpen {
                        // libcsv skips lines holding only spaces, tabs and line ends before a record starts.
                        recordOpen = buffer[start..<end].contains { !CSVReader.isSkippable($0) }
                        if !recordOpen, handsBlankLines { body(CSVRecord(line: lineNumber)) }
                    }
                    start = end
                }
                // csv_fini flushes the last record and must run even after a failure to release state.
                recordEnded = false
                let finished = csv_fini(parser, CSVReader.fieldCallback, CSVReader.rowCallback, context)
                if let failure { return failure }
                if finished != 0 { return .unterminatedQuote(line: recordStartLine) }
                if recordEnded { body(current) }
                return nil
            }
        }
    }

    private func appendField(_ data: UnsafeMutableRawPointer?, _ length: Int) {
        guard let data, length > 0 else {
            current.append(EmptyCollection())
            return
        }
        current.append(UnsafeRawBufferPointer(start: data, count: length))
    }

    private func endRecord() {
        current.line = recordStartLine
        recordEnded = true
    }

    private static let fieldCallback: @convention(c) (UnsafeMutableRawPointer?, Int, UnsafeMutableRawPointer?) -> Void = {
        data, length, context in
        guard let context else { return }
        Unmanaged<CSVReader>.fromOpaque(context).takeUnretainedValue().appendField(data, length)
    }

    private static let rowCallback: @convention(c) (Int32, UnsafeMutableRawPointer?) -> Void = { _, context in
        guard let context else { return }
        Unmanaged<CSVReader>.fromOpaque(context).takeUnretainedValue().endRecord()
    }

    private static func isSkippable(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    /// Returns the index just past the line end that follows `start` (CRLF counts as one), or the end of the bytes.
    static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { return index + 1 }
            if byte == 0x0D {
                return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
            }
            index += 1
        }
        return bytes.count
    }
}
