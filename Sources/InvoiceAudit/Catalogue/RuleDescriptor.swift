import InvoiceModel

/// A rule's identity in the catalogue: stable id, default severity, title and normative reference.
public struct RuleDescriptor: Sendable, Hashable {
    /// The standard's id (`BR-CO-10`), a French-law id (`FR-NUM-03`) or one of ours (`FA-…`).
    public let id: String
    public let severity: Severity
    public let title: LocalizedText
    /// The legal or normative text the rule checks.
    public let reference: String

    public init(id: String, severity: Severity, title: LocalizedText, reference: String) {
        self.id = id
        self.severity = severity
        self.title = title
        self.reference = reference
    }
}
