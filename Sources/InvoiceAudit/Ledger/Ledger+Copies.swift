import InvoiceModel

/// A document read twice from two files, such as a Factur-X PDF and its XML side by side, or one
/// invoice in two overlapping exports given as two paths: the ledger keeps the original and counts
/// the copy once.
public struct LedgerCopy: Sendable, Hashable {
    public let copy: LedgerEntry
    public let original: LedgerEntry
}

extension LedgerEntry {
    /// Tells whether this entry repeats `other` from another file: same seller, number, kind, issue
    /// date, buyer, currency and totals. Across two sources the whole fingerprinted content must
    /// agree too, so that a migration's new tool reusing the old tool's numbers for other invoices
    /// stays a junction overlap (FA-MIG-01).
    func isCopy(of other: LedgerEntry) -> Bool {
        source.file != other.source.file
            && (sourceIndex == other.sourceIndex || contentDigest == other.contentDigest)
            && seller == other.seller
            && number == other.number && kind == other.kind && issueDate == other.issueDate && buyer == other.buyer
            && LedgerEntry.currenciesAgree(currency, other.currency) && taxInclusive == other.taxInclusive
            && payable == other.payable
    }
}

extension Ledger {
    /// Splits the issued entries that repeat an earlier one from another file (see
    /// ``LedgerEntry/isCopy(of:)``) from the other entries.
    static func separatingCopies(_ entries: consuming [LedgerEntry]) -> (originals: [LedgerEntry], copies: [LedgerCopy]) {
        // First find the copies by position, so that the usual export without any copy is kept
        // as it is instead of being copied into a second array of the same size.
        var copyOf: [Int: Int] = [:]
        var firstByNumber: [PartyKey: [String: Int]] = [:]
        var laterByNumber: [PartyKey: [String: [Int]]] = [:]
        for position in entries.indices {
            // Only the seller and number are read for most entries, in place, not a copy of the entry.
            guard entries[position].isIssued, let number = entries[position].number else { continue }
            let seller = entries[position].seller
            guard let first = firstByNumber[seller]?[number] else {
                firstByNumber[seller, default: [:]][number] = position
                continue
            }
            let entry = entries[position]
            let earlier = [first] + (laterByNumber[seller]?[number] ?? [])
            if let original = earlier.first(where: { entry.isCopy(of: entries[$0]) }) {
                copyOf[position] = original
            } else {
                laterByNumber[seller, default: [:]][number, default: []].append(position)
            }
        }
        guard !copyOf.isEmpty else { return (entries, []) }
        var originals: [LedgerEntry] = []
        originals.reserveCapacity(entries.count - copyOf.count)
        var copies: [LedgerCopy] = []
        for position in entries.indices {
            if let original = copyOf[position] {
                copies.append(LedgerCopy(copy: entries[position], original: entries[original]))
            } else {
                originals.append(entries[position])
            }
        }
        return (originals, copies)
    }
}
