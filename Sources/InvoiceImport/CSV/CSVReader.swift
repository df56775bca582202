import CFALibCSV

/// One CSV record: its fields as UTF-8 bytes and the physical line where it starts.
struct CSVRecord: Sendable {
    /// The 1-based physical line of the record's first byte.
    var line: Int
    var fields: [[UInt8]]

    /// Returns the field at `index` as text without surrounding spaces, or an empty string when out of range.
    func text(_ index: Int) -> String {
        guard index < fields.count else { return "" }
        return String(decoding: fields[index], as: UTF8.self).trimmingSpaces
    }

    /// True when every field is empty or blank.
    var isBlank: Bool {
        fields.allSatisfy { field in field.allSatisfy { $0 == 0x20 || $0 == 0x09 } }
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
/// record began. A reader owns a C parser, so it must stay on one task and is not `Sendable`.
final class CSVReader {
    private let parser: UnsafeMutablePointer<csv_parser>
    private var records: [CSVRecord] = []
    private var currentFields: [[UInt8]] = []
    private var recordStartLine = 1
    private var recordEndedInChunk = false
    private let initialised: Bool

    /// Creates a strict parser (stray quotes and an unterminated quote at the end are errors).
    init(separator: UInt8) {
        parser = UnsafeMutablePointer<csv_parser>.allocate(capacity: 1)
        parser.initialize(to: csv_parser())
        // In libcsv 3.0.3, csv_init fails only when it cannot allocate its first buffer.
        initialised = csv_init(parser, UInt8(CSV_STRICT | CSV_STRICT_FINI)) == 0
        csv_set_delim(parser, separator)
    }

    deinit {
        csv_free(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
    }

    /// Reads every record of `bytes`; call it once per reader.
    func read(_ bytes: [UInt8]) -> Result<[CSVRecord], CSVReadError> {
        guard initialised else { return .failure(.outOfMemory(line: 1)) }
        let context = Unmanaged.passUnretained(self).toOpaque()
        return withExtendedLifetime(self) {
            var lineNumber = 0
            var recordOpen = false
            var failure: CSVReadError?
            var start = 0
            while start < bytes.count {
                let end = CSVReader.lineEnd(in: bytes, from: start)
                lineNumber += 1
                if !recordOpen { recordStartLine = lineNumber }
                recordEndedInChunk = false
                let consumed = bytes[start..<end].withUnsafeBytes { chunk in
                    csv_parse(parser, chunk.baseAddress, chunk.count, CSVReader.fieldCallback, CSVReader.rowCallback, context)
                }
                if consumed != end - start {
                    failure = csv_error(parser) == CSV_ENOMEM ? .outOfMemory(line: lineNumber) : .malformedQuoting(line: lineNumber)
                    break
                }
                if recordEndedInChunk {
                    recordOpen = false
                } else if !recordOpen {
                    // libcsv skips lines holding only spaces, tabs and line ends before a record starts.
                    recordOpen = bytes[start..<end].contains { !CSVReader.isSkippable($0) }
                }
                start = end
            }
            // csv_fini flushes the last record and must run even after a failure to release state.
            let finished = csv_fini(parser, CSVReader.fieldCallback, CSVReader.rowCallback, context)
            if let failure { return .failure(failure) }
            if finished != 0 { return .failure(.unterminatedQuote(line: recordStartLine)) }
            return .success(records)
        }
    }

    private func appendField(_ data: UnsafeMutableRawPointer?, _ length: Int) {
        guard let data, length > 0 else {
            currentFields.append([])
            return
        }
        currentFields.append(Array(UnsafeRawBufferPointer(start: data, count: length)))
    }

    private func endRecord() {
        records.append(CSVRecord(line: recordStartLine, fields: currentFields))
        currentFields = []
        recordEndedInChunk = true
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
    static func lineEnd(in bytes: [UInt8], from start: Int) -> Int {
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
