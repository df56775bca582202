import InvoiceModel

extension Document {
    /// Records an export's paid-amount cell of zero on a document marked paid as an amount due of
    /// its whole total, so that `Payée` with `Montant payé 0,00` is judged on what the export
    /// says was paid (FR-STAT-02, aging) rather than taken as paid on its status alone.
    mutating func noteNothingPaid(_ paid: Amount?) {
        guard let paid, paid.isZero, status == .paid, payments.isEmpty, totals.payable == nil,
            let total = totals.taxInclusive
        else { return }
        totals.payable = total
    }
}
