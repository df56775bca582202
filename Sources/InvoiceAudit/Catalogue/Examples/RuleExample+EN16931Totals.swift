import InvoiceModel

extension RuleExample {
    /// EN 16931 calculations and decimals: BR-CO-* and BR-DEC-*.
    static let en16931TotalsExamples: [String: RuleExample] = [:]
}
