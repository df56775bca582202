import InvoiceModel

extension RuleExample {
    /// EN 16931 code lists and UBL syntax rules: BR-CL-*, UBL-SR-* and UBL-DT-*.
    static let en16931SyntaxExamples: [String: RuleExample] = [:]
}
