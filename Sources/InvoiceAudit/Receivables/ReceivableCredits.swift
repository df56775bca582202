import InvoiceModel

/// The credit notes of the receivables reports, allocated to the invoices they cite as they
/// stood on the as-of date.
///
/// Unlike the status rules, a credit note lowers an invoice only by what the invoice still owed
/// when the credit note was issued: its total less deducted deposits, the payments received by
/// then and the credit notes allocated before. An invoice of 1,000 paid 800 takes 200 of a
/// credit note of 500, and the other 300 is a credit the seller owes the customer, kept on the
/// credit note. Payments received after the credit note still count against the invoice, so
/// paying in full after a credit note leaves an overpayment on the invoice.
///
/// A credit note whose currency differs from one of the invoices it cites lowers none of them:
/// amounts of two currencies are never netted. Both sides are recorded so that the report lists
/// them as unreliable.
struct ReceivableCredits {
    /// A credit note that lowers no invoice because an invoice it cites is in another currency.
    struct CurrencyMismatch: Hashable {
        /// The number of the document on the other side: the invoice for a credit note, the credit note for an invoice.
        let other: String?
        /// The currency of the document on the other side.
        let currency: String
    }

    /// The part of a credit note that no cited invoice still owed, net of the refunds on it.
    struct Excess: Hashable {
        /// Positive: the amount the seller owes the customer.
        let amount: Amount
        let invoices: [String]
    }

    /// The part of the credit notes allocated to each invoice, by seller and invoice number.
    private(set) var byInvoice: [PartyKey: [String: Credits]] = [:]
    /// The parts no invoice took, by the credit note's source location.
    private(set) var excesses: [SourceLocation: Excess] = [:]
    /// The credit notes that cite an invoice in another currency, by the credit note's source location.
    private(set) var creditNoteMismatches: [SourceLocation: CurrencyMismatch] = [:]
    /// By seller and invoice number: the first credit note in another currency that cites the invoice.
    private(set) var invoiceMismatches: [PartyKey: [String: CurrencyMismatch]] = [:]

    /// Allocates the credit notes issued by `asOf` and not cancelled. A credit note found twice
    /// (same seller and number) is allocated once, through the first. `defaultCurrency` is the
    /// currency of a document that states none.
    init(ledger: Ledger, asOf: CivilDate, defaultCurrency: String) {
        var counted: Set<NumberKey> = []
        func currency(_ entry: LedgerEntry) -> String {
            entry.currency?.trimmingSpaces.uppercased() ?? defaultCurrency.uppercased()
        }
        for entry in ledger.entries where entry.isIssued && entry.kind == .creditNote {
            if entry.status == .cancelled || entry.issueDate.map({ $0 > asOf }) == true { continue }
            if let number = entry.number?.trimmingSpaces {
                guard counted.insert(NumberKey(seller: entry.seller, number: number)).inserted else { continue }
            }
            let cited = entry.precedingInvoices.map(\.number.trimmingSpaces)
            guard !cited.isEmpty else { continue }
            let creditCurrency = currency(entry)
            let foreign = cited.compactMap { number in
                ledger.issued(seller: entry.seller, number: number).flatMap { invoice in
                    currency(invoice) == creditCurrency ? nil : (number, currency(invoice))
                }
            }
            if let first = foreign.first {
                creditNoteMismatches[entry.source] = CurrencyMismatch(other: first.0, currency: first.1)
                for (number, _) in foreign where invoiceMismatches[entry.seller]?[number] == nil {
                    invoiceMismatches[entry.seller, default: [:]][number] = CurrencyMismatch(other: entry.number, currency: creditCurrency)
                }
                continue
            }
            allocate(entry, cited: cited, ledger: ledger, asOf: asOf)
        }
    }

    private mutating func allocate(_ entry: LedgerEntry, cited: [String], ledger: Ledger, asOf: CivilDate) {
        let issued = min(entry.issueDate ?? asOf, asOf)
        var amountLeft = entry.taxInclusive?.magnitude ?? .zero
        var shares: [Amount] = []
        for (index, number) in cited.enumerated() {
            let already = byInvoice[entry.seller]?[number] ?? Credits()
            let invoice = ledger.issued(seller: entry.seller, number: number)
            let share: Amount
            if let invoice, let owed = Self.owedBeforeCredits(invoice, ledger: ledger, by: issued) {
                share = min(amountLeft, max(owed - (already.amount - already.refunded), .zero))
            } else if index < cited.count - 1 {
                // No amount owed can be computed: up to the total not yet credited, as the status rules do.
                share = min(amountLeft, max((invoice?.taxInclusive ?? .zero) - already.amount, .zero))
            } else {
                share = amountLeft
            }
            amountLeft -= share
            shares.append(share)
        }
        // A refund on the credit note pays back first the part no invoice took, then the shares in citation order.
        var refundLeft = StatusRules.payments(of: entry, asOf: asOf).reduce(Amount.zero) { $0 + $1.amount.magnitude }
        let refundedExcess = min(refundLeft, amountLeft)
        refundLeft -= refundedExcess
        for (index, number) in cited.enumerated() {
            let refundShare = index < cited.count - 1 ? min(refundLeft, shares[index]) : refundLeft
            refundLeft -= refundShare
            guard !shares[index].isZero || !refundShare.isZero || index == cited.count - 1 else { continue }
            byInvoice[entry.seller, default: [:]][number, default: Credits()].add(amount: shares[index], refunded: refundShare)
        }
        let excess = amountLeft - refundedExcess
        if excess > StatusRules.tolerance {
            excesses[entry.source] = Excess(amount: excess, invoices: cited)
        }
    }

    /// Returns what `invoice` still owed on `date` before any credit note, or `nil` when the data
    /// cannot tell: no total, an amount due (BT-115) that already reflects settlements, or a
    /// status *paid* with no payment data.
    static func owedBeforeCredits(_ invoice: LedgerEntry, ledger: Ledger, by date: CivilDate) -> Amount? {
        guard let total = invoice.taxInclusive else { return nil }
        if !invoice.payments.isEmpty {
            let paid = StatusRules.payments(of: invoice, asOf: date).reduce(Amount.zero) { $0 + $1.amount }
            return total - DepositRules.deductedAmount(by: invoice, in: ledger) - paid
        }
        if let payable = invoice.payable {
            let original = total - (invoice.prepaid?.magnitude ?? .zero)
            return payable + StatusRules.tolerance < original ? nil : payable
        }
        guard invoice.status != .paid else { return nil }
        return total - DepositRules.deductedAmount(by: invoice, in: ledger)
    }

    func credits(seller: PartyKey, number: String) -> Credits {
        byInvoice[seller]?[number] ?? Credits()
    }

    private struct NumberKey: Hashable {
        let seller: PartyKey
        let number: String
    }
}
