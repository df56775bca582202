import InvoiceModel

extension DepositRules {
    /// Returns the deposit invoice that `reference`, cited by `entry`, deducts: an issued deposit
    /// invoice of the same seller with that number. Returns `nil` when the reference names another
    /// kind of document, or a number the seller never issued.
    ///
    /// FR-DEP-02 to FR-DEP-05 and the status rules all use this test, so a deposit counts as
    /// deducted by the same invoices everywhere.
    static func deductedDeposit(_ reference: InvoiceReference, by entry: LedgerEntry, in ledger: Ledger) -> LedgerEntry? {
        guard let deposit = ledger.issued(seller: entry.seller, number: reference.number), deposit.kind == .deposit
        else { return nil }
        return deposit
    }

    /// Returns the amount `entry` deducts for deposits: its declared prepaid amount (BT-113) when it
    /// has one, else the totals of the deposit invoices it cites.
    static func deductedAmount(by entry: LedgerEntry, in ledger: Ledger) -> Amount {
        if let prepaid = entry.prepaid { return prepaid.magnitude }
        return entry.precedingInvoices.reduce(Amount.zero) { sum, reference in
            sum + (deductedDeposit(reference, by: entry, in: ledger)?.taxInclusive?.magnitude ?? .zero)
        }
    }
}
