import InvoiceModel

extension RuleExample {
    /// EN 16931 presence and structure rules: BR-01 to BR-65 and BR-B-*.
    static let en16931CoreExamples: [String: RuleExample] = [:]
}
