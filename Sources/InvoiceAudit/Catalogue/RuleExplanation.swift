import InvoiceModel

/// The long form of a rule for `facturaudit explain`: what it checks and why, and an input that
/// makes it fire.
///
/// Explanations live in one table keyed by rule id (``RuleExplanation/byRuleID``) rather than in
/// each rule's descriptor, so a rule added without one still explains itself with its title and
/// reference.
public struct RuleExplanation: Sendable, Hashable {
    public let explanation: LocalizedText
    /// A short input and the finding it gives, in words.
    /// NOTE: goes away once every rule has a runnable ``RuleExample``, which `explain` prefers.
    public let example: LocalizedText?

    public init(explanation: LocalizedText, example: LocalizedText? = nil) {
        self.explanation = explanation
        self.example = example
    }

    /// Creates an explanation from its French and English paragraphs.
    init(fr: String, en: String) {
        self.init(explanation: LocalizedText(fr: fr, en: en))
    }
}

extension RuleDescriptor {
    /// The rule's detailed explanation, or `nil` when the table has none for its id.
    public var explanation: LocalizedText? { RuleExplanation.byRuleID[id]?.explanation }

    /// An input that makes the rule fire, or `nil` when the table has none for its id.
    public var example: LocalizedText? { RuleExplanation.byRuleID[id]?.example ?? nil }
}
