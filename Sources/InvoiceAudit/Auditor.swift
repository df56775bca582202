import InvoiceModel

/// Runs the rule catalogue: document rules on each document as it is imported, then ledger
/// rules once over the compact entries of all documents.
public struct Auditor: Sendable {
    /// Rule ids that must not report anything.
    public var disabledRules: Set<String>

    public init(disabledRules: Set<String> = []) {
        self.disabledRules = disabledRules
    }

    /// Findings of the rules that look at one document alone.
    public func documentFindings(_ document: Document) -> [Finding] {
        let findings = NumberingRules.checkNumberPresent(document) + ArithmeticRules.check(document)
            + EN16931Rules.check(document)
        return findings.filter { !disabledRules.contains($0.ruleID) }
    }

    /// Findings of the rules that compare documents, and the numbering series they found.
    public func ledgerFindings(_ ledger: Ledger) -> (findings: [Finding], series: [SeriesSummary]) {
        let series = SeriesSummary.all(in: ledger)
        var findings = NumberingRules.checkDuplicates(ledger)
        findings += NumberingRules.checkGaps(series, ledger: ledger)
        findings += NumberingRules.checkChronology(ledger)
        findings += NumberingRules.checkDrafts(ledger)
        findings += CreditNoteRules.check(ledger)
        return (findings.filter { !disabledRules.contains($0.ruleID) }, series)
    }
}

/// Every rule the auditor knows, in id order.
public enum RuleCatalogue {
    public static let all: [RuleDescriptor] =
        (NumberingRules.descriptors + CreditNoteRules.descriptors + ArithmeticRules.descriptors
            + EN16931Rules.descriptors + IntegrityRules.descriptors)
        .sorted { $0.id < $1.id }

    public static func rule(id: String) -> RuleDescriptor? {
        all.first { $0.id.caseInsensitiveEquals(id) }
    }
}

extension String {
    func caseInsensitiveEquals(_ other: String) -> Bool {
        lowercased() == other.lowercased()
    }
}
