/// The lines of one FEC entry, in file order.
struct FECEntry: Sendable {
    var key: FECEntryKey
    var lines: [FECLine]

    /// The line number of the entry's first line.
    var firstLine: Int { lines.first?.line ?? 0 }
}

/// Groups FEC lines into entries while reading, keeping only a bounded number of entries open.
///
/// A FEC lists each entry's lines together, so an entry is usually complete when a line of
/// another entry arrives. Some exports interleave the entries of several journals (sorted by date
/// across journals), so up to ``capacity`` entries stay open at once. When a line opens one more,
/// the entry that went longest without a line is closed. A line whose entry was closed already
/// is a *late line*: the window reports it instead of reopening an entry that was delivered.
struct FECEntryWindow {
    /// The number of entries kept open; past it, the least recently extended entry is closed.
    static let defaultCapacity = 64

    enum Event {
        /// An entry with all its lines.
        case closed(FECEntry)
        /// A line of an entry that was closed earlier; `closedAt` is that entry's last line.
        case lateLine(FECLine, closedAt: Int)
    }

    let capacity: Int
    /// Open entries, least recently extended first.
    private var open: [FECEntry] = []
    /// The last line of every closed entry, to recognise late lines.
    private var closedLastLine: [FECEntryKey: Int] = [:]

    init(capacity: Int = FECEntryWindow.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    mutating func add(_ line: FECLine, emit: (Event) -> Void) {
        let key = line.key
        // The usual case, a line of the entry read last, appends in place without copying the entry.
        if let last = open.indices.last, open[last].key == key {
            open[last].lines.append(line)
            return
        }
        if let index = open.lastIndex(where: { $0.key == key }) {
            var entry = open.remove(at: index)
            entry.lines.append(line)
            open.append(entry)
            return
        }
        if let lastLine = closedLastLine[key] {
            emit(.lateLine(line, closedAt: lastLine))
            return
        }
        if open.count == capacity { close(open.removeFirst(), emit: emit) }
        open.append(FECEntry(key: key, lines: [line]))
    }

    /// True when a line of the entry `key` was read before, whether the entry is open or closed.
    func contains(_ key: FECEntryKey) -> Bool {
        open.contains { $0.key == key } || closedLastLine[key] != nil
    }

    /// Closes the entries still open, in the order of their first line.
    mutating func finish(emit: (Event) -> Void) {
        let remaining = open.sorted { $0.firstLine < $1.firstLine }
        open = []
        for entry in remaining { close(entry, emit: emit) }
    }

    private mutating func close(_ entry: FECEntry, emit: (Event) -> Void) {
        closedLastLine[entry.key] = entry.lines.last?.line ?? entry.firstLine
        emit(.closed(entry))
    }
}
