/// The lines of one FEC entry, in file order.
struct FECEntry: Sendable {
    var key: FECEntryKey
    var lines: [FECLine]
    /// Lines of the entry rejected for their field count: their line number and field count.
    var malformed: [(line: Int, fieldCount: Int)] = []

    /// The line number of the entry's first line.
    var firstLine: Int { lines.first?.line ?? 0 }
}

/// Groups FEC lines into entries while reading, whatever the order of the lines.
///
/// A first pass over the file (``noteLastLine(of:layout:in:)``) records the last line of every entry.
/// The assembler then keeps an entry open until that line is read, and closes it there. A FEC sorted
/// by entry keeps one entry open at a time. A file sorted otherwise (by account, as a general
/// ledger is) keeps its entries open until their last line, so no entry is closed early.
/// Memory then contains the lines of the open entries, at most the lines of the file.
struct FECEntryAssembler {
    enum Event {
        /// An entry with all its lines.
        case closed(FECEntry)
    }

    /// The last line of every entry, from the first pass.
    private let lastLines: [FECEntryKey: Int]
    /// Open entries by key.
    private var open: [FECEntryKey: FECEntry] = [:]
    /// The entry of the line read last, kept apart so that its next line is appended without a lookup.
    private var current: FECEntry?

    init(lastLines: [FECEntryKey: Int]) {
        self.lastLines = lastLines
    }

    /// Records the line of `record` as the last line read so far of its entry, for every line
    /// whose JournalCode and EcritureNum are filled, including a line with a wrong field count.
    /// Called on every record of the first pass.
    static func noteLastLine(of record: CSVRecord, layout: FECLayout, in lastLines: inout [FECEntryKey: Int]) {
        let key = FECEntryKey(
            journalCode: layout.text(.journalCode, in: record), entryNumber: layout.text(.entryNumber, in: record))
        guard !key.journalCode.isEmpty, !key.entryNumber.isEmpty else { return }
        lastLines[key] = record.line
    }

    mutating func add(_ line: FECLine, emit: (Event) -> Void) {
        extend(line.key, at: line.line, emit: emit) { $0.lines.append(line) }
    }

    /// Adds a line of the entry `key` rejected for its field count, so that the entry records
    /// that it lacks that line.
    mutating func addMalformed(_ key: FECEntryKey, line: Int, fieldCount: Int, emit: (Event) -> Void) {
        extend(key, at: line, emit: emit) { $0.malformed.append((line, fieldCount)) }
    }

    private mutating func extend(
        _ key: FECEntryKey, at lineNumber: Int, emit: (Event) -> Void, update: (inout FECEntry) -> Void
    ) {
        var entry: FECEntry
        if let current, current.key == key {
            entry = current
            self.current = nil
        } else {
            if let current { open[current.key] = current }
            self.current = nil
            entry = open.removeValue(forKey: key) ?? FECEntry(key: key, lines: [])
        }
        update(&entry)
        if let last = lastLines[key], lineNumber < last {
            current = entry
        } else {
            emit(.closed(entry))
        }
    }

    /// True when a readable line of the entry `key` was read before and its entry is still open.
    func contains(_ key: FECEntryKey) -> Bool {
        if let current, current.key == key { return !current.lines.isEmpty }
        return open[key].map { !$0.lines.isEmpty } ?? false
    }

    /// Closes the entries still open, in the order of their first line. After a complete first
    /// pass none remains, so this only guards against dropping lines.
    mutating func finish(emit: (Event) -> Void) {
        if let current { open[current.key] = current }
        current = nil
        let remaining = open.values.sorted { $0.firstLine < $1.firstLine }
        open = [:]
        for entry in remaining { emit(.closed(entry)) }
    }
}
