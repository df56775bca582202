import InvoiceModel

/// The invoices still owed on an as-of date, the documents whose amount cannot be trusted, and
/// counts of the documents left out, so that every document read is accounted for.
///
/// The amount due of an invoice is computed as the status rules settle it (FR-STAT-02, 03), but
/// only from what existed on the as-of date. Payments dated after it and credit notes issued
/// after it are ignored, and documents issued after it are left out.
/// - With payments recorded: the total with VAT (BT-112), less deducted deposits (BT-113 or the
///   deposit invoices it cites), less the credit notes citing it net of their refunds, less the
///   payments net of refunds.
/// - Without payments, with a declared amount due (BT-115): that amount. The credit notes
///   citing the invoice are deducted too, unless the declared amount is already below the total
///   less prepaid amounts, which shows that the exporting tool counted them.
/// - Without either: the total less deducted deposits and credit notes. An invoice the export
///   marks paid is then taken as paid on its status alone and counted in ``Counts/paidByStatus``.
///
/// Each seller and number is counted once. Documents identical to one read earlier (a
/// January–June export beside a full-year one) are counted through the first; versions that
/// differ are listed once among the unreliable documents, since the data does not tell which holds.
public struct OpenReceivables: Sendable {
    /// How many documents each reason left out of the receivables.
    public struct Counts: Sendable, Hashable {
        /// Invoices whose payments, credit notes and deposits cover the total exactly (within one cent).
        public var settled = 0
        /// Invoices marked paid that carry neither payments nor an amount due.
        public var paidByStatus = 0
        public var drafts = 0
        public var cancelled = 0
        public var issuedAfterAsOf = 0
        /// Credit notes matched to an invoice of the data and deducted from it.
        public var creditNotes = 0
        /// Documents identical to one read earlier from another file (same seller and number):
        /// counted once, through the first.
        public var copies = 0
        /// Documents left out because another version of the same seller and number represents
        /// them among the unreliable documents.
        public var otherVersions = 0
    }

    public let asOf: CivilDate
    /// The open invoices by seller, currency, buyer, due date and number.
    public let receivables: [Receivable]
    public let unreliable: [UnreliableReceivable]
    public let counts: Counts

    public init(ledger: Ledger, facts: ReceivableFactsIndex, asOf: CivilDate, configuration: AgingConfiguration) {
        self.asOf = asOf
        let credits = ReceivableCredits(ledger: ledger, asOf: asOf, defaultCurrency: configuration.defaultCurrency)
        var receivables: [Receivable] = []
        var unreliable: [UnreliableReceivable] = []
        var counts = Counts()
        // An invoice given in two sources left the ledger's entries as a copy. It is counted here
        // as an identical copy, or as another version when its status or payments differ.
        let copiesFromOtherSources = ledger.copies.filter { $0.copy.sourceIndex != $0.original.sourceIndex }.map(\.copy)
        let entries = copiesFromOtherSources.isEmpty ? ledger.entries : ledger.entries + copiesFromOtherSources
        let duplicates = Duplicates(entries)
        for (position, entry) in entries.enumerated() {
            if duplicates.copies.contains(position) {
                counts.copies += 1
                continue
            }
            if duplicates.conflicting.contains(position) {
                counts.otherVersions += 1
                continue
            }
            if entry.isDraft {
                counts.drafts += 1
                continue
            }
            if entry.status == .cancelled {
                counts.cancelled += 1
                continue
            }
            if let issue = entry.issueDate, issue > asOf {
                counts.issuedAfterAsOf += 1
                continue
            }
            let documentFacts = facts.facts(of: entry)
            func reject(_ reason: UnreliableReceivable.Reason) {
                unreliable.append(
                    UnreliableReceivable(
                        seller: entry.seller, sellerName: entry.sellerName, buyer: entry.buyer,
                        buyerName: documentFacts.buyerName, number: entry.number, kind: entry.kind, currency: entry.currency,
                        amount: entry.taxInclusive ?? entry.payable, reason: reason, source: entry.source))
            }
            if let locations = duplicates.conflicts[position] {
                reject(.numberInSeveralDocuments(locations))
                continue
            }
            if entry.kind == .creditNote {
                let cited = entry.precedingInvoices.map(\.number.trimmingSpaces)
                if let number = cited.first(where: { ledger.issued(seller: entry.seller, number: $0) == nil }) {
                    reject(.unmatchedCreditNote(cited: number))
                } else if cited.isEmpty {
                    reject(.unmatchedCreditNote(cited: nil))
                } else if let mismatch = credits.creditNoteMismatches[entry.source] {
                    reject(.invoiceInOtherCurrency(invoice: mismatch.other ?? "", currency: mismatch.currency))
                } else if let excess = credits.excesses[entry.source] {
                    reject(.creditNoteExcess(-excess.amount, invoices: excess.invoices))
                } else {
                    counts.creditNotes += 1
                }
                continue
            }
            guard let number = entry.number else {
                reject(.noNumber)
                continue
            }
            let currency = entry.currency?.trimmingSpaces.uppercased()
            if let currency, !EN16931CodeLists.currencies.contains(currency) {
                reject(.unknownCurrency(entry.currency ?? ""))
                continue
            }
            if let mismatch = credits.invoiceMismatches[entry.seller]?[number.trimmingSpaces] {
                reject(.creditNoteInOtherCurrency(creditNote: mismatch.other, currency: mismatch.currency))
                continue
            }
            let due: (date: CivilDate, source: Receivable.DueDateSource)
            if let date = entry.dueDate {
                due = (date, .document)
            } else if let issue = entry.issueDate {
                due = (issue.adding(days: configuration.defaultTermDays), .defaultTerm)
            } else {
                reject(.noDate)
                continue
            }
            let settlement = Settlement(
                credits: credits.credits(seller: entry.seller, number: number.trimmingSpaces), deposits: DepositRules.deductedAmount(by: entry, in: ledger))
            guard let (amountDue, basis) = Self.amountDue(entry, settlement: settlement, asOf: asOf) else {
                if entry.status == .paid && entry.payments.isEmpty && entry.payable == nil {
                    counts.paidByStatus += 1
                } else {
                    reject(.noTotal)
                }
                continue
            }
            if amountDue < -StatusRules.tolerance {
                // A negative invoice, a credit note above its invoice or an overpayment: the
                // customer's credit is listed apart so that it never disappears as settled.
                reject(.creditBalance(amountDue))
                continue
            }
            guard amountDue > StatusRules.tolerance else {
                counts.settled += 1
                continue
            }
            receivables.append(
                Receivable(
                    seller: entry.seller, sellerName: entry.sellerName, buyer: entry.buyer, buyerName: documentFacts.buyerName,
                    number: number, kind: entry.kind, status: entry.status, issueDate: entry.issueDate, dueDate: due.date,
                    dueDateSource: due.source, currency: currency ?? configuration.defaultCurrency, currencyAssumed: currency == nil,
                    total: entry.taxInclusive, amountDue: amountDue, basis: basis,
                    daysOverdue: asOf.dayNumber - due.date.dayNumber, source: entry.source, facts: documentFacts))
        }
        self.receivables = receivables.sorted(by: Self.reportOrder)
        self.unreliable = unreliable.sorted { $0.source < $1.source }
        self.counts = counts
    }

    /// Returns the amount still owed on `entry` at `asOf` and what it was computed from, or `nil`
    /// when the document gives no amount to start from (or is marked paid with no payment data).
    static func amountDue(
        _ entry: LedgerEntry, settlement: Settlement, asOf: CivilDate
    ) -> (amount: Amount, basis: Receivable.AmountBasis)? {
        let credited = settlement.credits.amount - settlement.credits.refunded
        if !entry.payments.isEmpty {
            guard let total = entry.taxInclusive else { return nil }
            let paid = StatusRules.payments(of: entry, asOf: asOf).reduce(Amount.zero) { $0 + $1.amount }
            return (total - settlement.deposits - credited - paid, .payments)
        }
        if let payable = entry.payable {
            let original = entry.taxInclusive.map { $0 - (entry.prepaid?.magnitude ?? .zero) }
            // A declared amount below the original amount due already reflects later settlements.
            if let original, payable + StatusRules.tolerance < original { return (payable, .declaredAmountDue) }
            return (payable - credited, .declaredAmountDue)
        }
        guard entry.status != .paid, let total = entry.taxInclusive else { return nil }
        return (total - settlement.deposits - credited, .total)
    }

    static func reportOrder(_ lhs: Receivable, _ rhs: Receivable) -> Bool {
        if lhs.seller != rhs.seller { return lhs.seller < rhs.seller }
        if lhs.currency != rhs.currency { return lhs.currency < rhs.currency }
        if lhs.buyer != rhs.buyer { return lhs.buyer < rhs.buyer }
        if lhs.dueDate != rhs.dueDate { return lhs.dueDate < rhs.dueDate }
        if lhs.number != rhs.number { return lhs.number < rhs.number }
        return lhs.source < rhs.source
    }
}
