import InvoiceModel

/// Entries cancelled by a reversal (*extourne*): an accountant corrects a posting error by
/// posting the same lines on the other side under the same `PieceRef`, then the right posting.
/// The invoice itself never changed, so neither the erroneous entry nor its reversal is a
/// document: read as documents they would give one number three times (FR-NUM-02) and aging
/// would drop the real receivable.
///
/// An entry reverses an earlier entry of the same journal and `PieceRef` when their lines are the
/// same accounts (auxiliary account included) and amounts with debit and credit swapped, line for
/// line in any order. Each entry reverses or is reversed once at most, the earliest one first.
/// The lines are collected during the importer's first pass, in any line order.
struct FECReversals {
    /// The parts of a line that the comparison uses. `Amount` compares values, whatever their scales.
    private struct Posting: Hashable {
        var account: String
        var auxiliary: String
        var debit: Amount
        var credit: Amount

        var mirrored: Posting { Posting(account: account, auxiliary: auxiliary, debit: credit, credit: debit) }
    }

    private struct Entry {
        var firstLine: Int
        var pieceReference: String
        var postings: [Posting: Int] = [:]
        /// False when the lines name several PieceRefs, or none.
        var isComparable = true
    }

    /// An erroneous entry and the entry that reverses it, with their first lines.
    struct Pair: Sendable, Hashable {
        var original: FECEntryKey
        var originalLine: Int
        var reversal: FECEntryKey
        var reversalLine: Int
        var pieceReference: String
    }

    private var entries: [FECEntryKey: Entry] = [:]

    /// Adds a readable line of the file.
    mutating func note(_ line: FECLine) {
        guard line.problem == nil else {
            entries[line.key, default: Entry(firstLine: line.line, pieceReference: line.pieceReference)].isComparable = false
            return
        }
        var entry = entries[line.key] ?? Entry(firstLine: line.line, pieceReference: line.pieceReference)
        if line.pieceReference != entry.pieceReference || line.pieceReference.isEmpty { entry.isComparable = false }
        entry.firstLine = min(entry.firstLine, line.line)
        let posting = Posting(account: line.accountNumber, auxiliary: line.auxiliaryNumber, debit: line.debit, credit: line.credit)
        entry.postings[posting, default: 0] += 1
        entries[line.key] = entry
    }

    /// Leaves out of the comparison the entry `key`, which has a line that cannot be read.
    mutating func exclude(_ key: FECEntryKey) {
        guard !key.journalCode.isEmpty, !key.entryNumber.isEmpty else { return }
        entries[key, default: Entry(firstLine: Int.max, pieceReference: "")].isComparable = false
    }

    /// The reversals found, in the order of the erroneous entries' first lines.
    func pairs() -> [Pair] {
        var groups: [String: [(key: FECEntryKey, entry: Entry)]] = [:]
        for (key, entry) in entries where entry.isComparable && entry.postings.keys.contains(where: { !$0.debit.isZero || !$0.credit.isZero }) {
            groups["\(key.journalCode)\u{1F}\(entry.pieceReference)", default: []].append((key, entry))
        }
        var pairs: [Pair] = []
        for group in groups.values where group.count > 1 {
            let ordered = group.sorted { $0.entry.firstLine < $1.entry.firstLine }
            var used = Set<FECEntryKey>()
            for (index, later) in ordered.enumerated() where !used.contains(later.key) {
                let mirrored = Dictionary(later.entry.postings.map { ($0.key.mirrored, $0.value) }, uniquingKeysWith: +)
                guard let earlier = ordered[..<index].first(where: { !used.contains($0.key) && $0.entry.postings == mirrored })
                else { continue }
                used.insert(earlier.key)
                used.insert(later.key)
                pairs.append(
                    Pair(
                        original: earlier.key, originalLine: earlier.entry.firstLine, reversal: later.key,
                        reversalLine: later.entry.firstLine, pieceReference: later.entry.pieceReference))
            }
        }
        return pairs.sorted { $0.originalLine < $1.originalLine }
    }
}
