import InvoiceModel

extension RuleExample {
    /// Our arithmetic rules on amounts: FA-CALC-*.
    static let arithmeticExamples: [String: RuleExample] = [:]
}
