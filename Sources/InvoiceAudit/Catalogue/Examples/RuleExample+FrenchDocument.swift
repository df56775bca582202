import InvoiceModel

extension RuleExample {
    /// French rules on one document: mentions, identity, VAT rates, payment terms, e-invoicing.
    static let frenchDocumentExamples: [String: RuleExample] = [:]
}
