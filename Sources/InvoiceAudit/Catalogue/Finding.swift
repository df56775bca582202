import InvoiceModel

/// One fault found by a rule, located in its source.
public struct Finding: Sendable, Hashable, Codable {
    public var ruleID: String
    public var severity: Severity
    public var location: SourceLocation
    /// The number of the document the finding is about, when it has one.
    public var documentNumber: String?
    public var message: LocalizedText
    /// What the finding is about when its document does not say it all, in no language: the
    /// missing numbers of a gap (FR-NUM-03), the shared range of a junction overlap (FA-MIG-01),
    /// the kind of repeat of a duplicate (FR-NUM-02). A baseline matches it, so a gap that widens
    /// next to the same document is a new finding.
    public var subject: String?

    public init(
        rule: RuleDescriptor, location: SourceLocation, documentNumber: String?, message: LocalizedText,
        severity: Severity? = nil, subject: String? = nil
    ) {
        self.ruleID = rule.id
        self.severity = severity ?? rule.severity
        self.location = location
        self.documentNumber = documentNumber
        self.message = message
        self.subject = subject
    }

    /// The journal order: by file, line, rule id, field position in the line, then message, so
    /// output never depends on scheduling.
    public static func journalOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if (lhs.location.line ?? 0) != (rhs.location.line ?? 0) { return (lhs.location.line ?? 0) < (rhs.location.line ?? 0) }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if (lhs.location.column ?? 0) != (rhs.location.column ?? 0) { return (lhs.location.column ?? 0) < (rhs.location.column ?? 0) }
        return lhs.message.en < rhs.message.en
    }
}
