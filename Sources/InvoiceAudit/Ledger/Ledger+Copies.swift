import InvoiceModel

/// A document read twice from two files of one source, such as a Factur-X PDF and its XML side by
/// side: the ledger keeps the original and counts the copy once.
public struct LedgerCopy: Sendable, Hashable {
    public let copy: LedgerEntry
    public let original: LedgerEntry
}

extension LedgerEntry {
    /// Tells whether this entry repeats `other` from another file of the same source: same seller,
    /// number, kind, issue date, buyer, currency and totals.
    func isCopy(of other: LedgerEntry) -> Bool {
        source.file != other.source.file && sourceIndex == other.sourceIndex && seller == other.seller
            && number == other.number && kind == other.kind && issueDate == other.issueDate && buyer == other.buyer
            && LedgerEntry.currenciesAgree(currency, other.currency) && taxInclusive == other.taxInclusive
            && payable == other.payable
    }
}

extension Ledger {
    /// Splits the issued entries that repeat an earlier one from another file (see
    /// ``LedgerEntry/isCopy(of:)``) from the other entries.
    static func separatingCopies(_ entries: consuming [LedgerEntry]) -> (originals: [LedgerEntry], copies: [LedgerCopy]) {
        var originals: [LedgerEntry] = []
        originals.reserveCapacity(entries.count)
        var copies: [LedgerCopy] = []
        var originalsByNumber: [PartyKey: [String: [Int]]] = [:]
        for entry in entries {
            guard entry.isIssued, let number = entry.number else {
                originals.append(entry)
                continue
            }
            let earlier = originalsByNumber[entry.seller]?[number] ?? []
            if let original = earlier.first(where: { entry.isCopy(of: originals[$0]) }) {
                copies.append(LedgerCopy(copy: entry, original: originals[original]))
                continue
            }
            originalsByNumber[entry.seller, default: [:]][number, default: []].append(originals.count)
            originals.append(entry)
        }
        return (originals, copies)
    }
}
