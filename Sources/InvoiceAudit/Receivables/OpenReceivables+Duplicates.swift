import InvoiceModel

extension OpenReceivables {
    /// The counting of entries that share one seller and number: positions to skip as identical
    /// copies, and the first position of each number whose versions differ, with every location of the number.
    struct Duplicates {
        /// Later entries identical to an earlier one: counted once, through the first.
        var copies: Set<Int> = []
        /// The first entry of a number held by documents that differ, with the locations of all of them.
        var conflicts: [Int: [SourceLocation]] = [:]
        /// The later entries of those numbers, left out because the first represents them.
        var conflicting: Set<Int> = []

        init(_ entries: [LedgerEntry]) {
            var positions: [Key: [Int]] = [:]
            for position in entries.indices where entries[position].isIssued {
                let entry = entries[position]
                positions[Key(seller: entry.seller, number: entry.number?.trimmingSpaces ?? ""), default: []].append(position)
            }
            for group in positions.values where group.count > 1 {
                let first = entries[group[0]]
                if group.dropFirst().allSatisfy({ entries[$0].hasSameContent(as: first) }) {
                    copies.formUnion(group.dropFirst())
                } else {
                    conflicts[group[0]] = group.map { entries[$0].source }.sorted()
                    conflicting.formUnion(group.dropFirst())
                }
            }
        }
    }

    private struct Key: Hashable {
        let seller: PartyKey
        let number: String
    }
}

extension LedgerEntry {
    /// Tells whether `other` is the same document as this entry, wherever each was read: same
    /// seller, number, kind, status, dates, buyer, currency, amounts, cited invoices and payments.
    func hasSameContent(as other: LedgerEntry) -> Bool {
        seller == other.seller && number?.trimmingSpaces == other.number?.trimmingSpaces && kind == other.kind
            && isDraft == other.isDraft && status == other.status && issueDate == other.issueDate
            && dueDate == other.dueDate && buyer == other.buyer && LedgerEntry.currenciesAgree(currency, other.currency)
            && taxInclusive == other.taxInclusive && payable == other.payable && prepaid == other.prepaid
            && precedingInvoices.map(\.number.trimmingSpaces) == other.precedingInvoices.map(\.number.trimmingSpaces)
            && payments == other.payments
    }
}
