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

    /// The journal order: by file, line, element, rule id, field position in the line, then
    /// message, so output never depends on scheduling. Elements compare their numbers by value, so
    /// the records of a one-line JSON file come in file order: `data[2]` before `data[10]`.
    public static func journalOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if (lhs.location.line ?? 0) != (rhs.location.line ?? 0) { return (lhs.location.line ?? 0) < (rhs.location.line ?? 0) }
        let leftElement = lhs.location.element ?? ""
        let rightElement = rhs.location.element ?? ""
        if leftElement != rightElement { return elementPrecedes(leftElement, rightElement) }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        if (lhs.location.column ?? 0) != (rhs.location.column ?? 0) { return (lhs.location.column ?? 0) < (rhs.location.column ?? 0) }
        return lhs.message.en < rhs.message.en
    }

    /// Returns true when element `left` comes before `right`: runs of digits compare as numbers,
    /// the rest as text, so `invoices[9]` precedes `invoices[10]`.
    static func elementPrecedes(_ left: String, _ right: String) -> Bool {
        var leftRest = Substring(left)
        var rightRest = Substring(right)
        while let leftFirst = leftRest.first, let rightFirst = rightRest.first {
            if leftFirst.isASCIIDigit, rightFirst.isASCIIDigit {
                let leftDigits = leftRest.prefix(while: \.isASCIIDigit)
                let rightDigits = rightRest.prefix(while: \.isASCIIDigit)
                // Without leading zeros, the longer run of digits is the larger number.
                let leftNumber = leftDigits.drop { $0 == "0" }
                let rightNumber = rightDigits.drop { $0 == "0" }
                if leftNumber.count != rightNumber.count { return leftNumber.count < rightNumber.count }
                if leftNumber != rightNumber { return leftNumber < rightNumber }
                if leftDigits.count != rightDigits.count { return leftDigits.count < rightDigits.count }
                leftRest = leftRest.dropFirst(leftDigits.count)
                rightRest = rightRest.dropFirst(rightDigits.count)
                continue
            }
            if leftFirst != rightFirst { return leftFirst < rightFirst }
            leftRest = leftRest.dropFirst()
            rightRest = rightRest.dropFirst()
        }
        return leftRest.isEmpty && !rightRest.isEmpty
    }
}
