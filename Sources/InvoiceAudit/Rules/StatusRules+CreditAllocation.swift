import InvoiceModel

/// The credit notes that cite one invoice: the part of their amounts allocated to it and the
/// part of the refunds recorded on them.
struct Credits {
    var amount = Amount.zero
    var refunded = Amount.zero

    mutating func add(amount: Amount, refunded: Amount) {
        self.amount += amount
        self.refunded += refunded
    }
}

extension StatusRules {
    /// Returns the credit notes citing each invoice, by seller and invoice number: the part of
    /// their amounts allocated to it and of the refunds on them dated by `asOf`. Every credit note
    /// counts; the receivables reports allocate them in ``ReceivableCredits``.
    ///
    /// A credit note is counted once even when the data contains it twice (same seller and number).
    /// A credit note citing several invoices is allocated once, never in full to each: in citation
    /// order, each invoice takes up to its total with VAT not yet covered by earlier credit notes
    /// (in source order), and the last cited invoice takes whatever remains. An invoice missing from
    /// the data takes nothing unless it is the last one cited. Refunds on the credit note are
    /// allocated the same way, up to the part of the credit note each invoice took.
    static func creditsByInvoice(
        in ledger: Ledger, asOf: CivilDate?
    ) -> [PartyKey: [String: Credits]] {
        var credits: [PartyKey: [String: Credits]] = [:]
        var counted: Set<CreditNoteKey> = []
        for entry in ledger.entries where entry.isIssued && entry.kind == .creditNote {
            if let number = entry.number?.trimmingSpaces {
                guard counted.insert(CreditNoteKey(seller: entry.seller, number: number)).inserted else { continue }
            }
            let cited = entry.precedingInvoices.map(\.number.trimmingSpaces)
            guard !cited.isEmpty else { continue }
            let refunded = payments(of: entry, asOf: asOf).reduce(Amount.zero) { $0 + $1.amount.magnitude }
            var amountLeft = entry.taxInclusive?.magnitude ?? .zero
            var refundLeft = refunded
            for (index, number) in cited.enumerated() {
                let already = credits[entry.seller]?[number] ?? Credits()
                var share = amountLeft
                if index < cited.count - 1 {
                    let total = ledger.issued(seller: entry.seller, number: number)?.taxInclusive ?? .zero
                    let room = max(total - already.amount, .zero)
                    share = min(amountLeft, room)
                }
                let refundShare = index < cited.count - 1 ? min(refundLeft, share) : refundLeft
                amountLeft -= share
                refundLeft -= refundShare
                guard !share.isZero || !refundShare.isZero || index == cited.count - 1 else { continue }
                credits[entry.seller, default: [:]][number, default: Credits()].add(amount: share, refunded: refundShare)
            }
        }
        return credits
    }
}

private struct CreditNoteKey: Hashable {
    let seller: PartyKey
    let number: String
}
