import InvoiceModel

extension RuleExample {
    /// EN 16931 VAT category rules: BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF and BR-AG.
    static let en16931VATExamples: [String: RuleExample] = [:]
}
