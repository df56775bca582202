import InvoiceModel

/// The long form of a rule for `facturaudit explain`: what it checks, why, and what usually
/// causes it. The input that makes the rule fire is its runnable ``RuleExample``.
///
/// Explanations live in per-family tables keyed by rule id (``RuleExplanation/byRuleID``) rather
/// than in each rule's descriptor, so a rule added without one still explains itself with its
/// title and reference.
public struct RuleExplanation: Sendable, Hashable {
    public let explanation: LocalizedText

    public init(explanation: LocalizedText) {
        self.explanation = explanation
    }

    /// Creates an explanation from its French and English paragraphs.
    init(fr: String, en: String) {
        self.init(explanation: LocalizedText(fr: fr, en: en))
    }
}

extension RuleDescriptor {
    /// The rule's detailed explanation, or `nil` when the table has none for its id.
    public var explanation: LocalizedText? { RuleExplanation.byRuleID[id]?.explanation }
}
