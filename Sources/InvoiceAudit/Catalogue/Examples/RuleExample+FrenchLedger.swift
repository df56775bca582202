import InvoiceModel

extension RuleExample {
    /// French rules across documents: credit notes, deposits, statuses, payments and refunds.
    static let frenchLedgerExamples: [String: RuleExample] = [:]
}
