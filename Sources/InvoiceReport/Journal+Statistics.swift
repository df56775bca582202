import InvoiceAudit
import InvoiceModel

/// Finds the document a finding is about: the document starting at the finding's location, else
/// the document of the same file carrying the finding's document number.
struct DocumentLookup {
    /// Documents by file, then by line and element: the records of a one-line JSON file share
    /// line 1 and differ by their paths.
    private var byLocation: [String: [Place: Int]] = [:]
    private var byNumber: [String: [String: Int]] = [:]
    private let documents: [DocumentRecord]

    init(_ documents: [DocumentRecord]) {
        self.documents = documents
        for (index, document) in documents.enumerated() {
            let file = document.location.file
            let place = Place(document.location)
            if byLocation[file]?[place] == nil {
                byLocation[file, default: [:]][place] = index
            }
            if let number = document.number, byNumber[file]?[number] == nil {
                byNumber[file, default: [:]][number] = index
            }
        }
    }

    func index(for finding: Finding) -> Int? {
        let file = finding.location.file
        if let index = byLocation[file]?[Place(finding.location)] { return index }
        guard let number = finding.documentNumber else { return nil }
        return byNumber[file]?[number]
    }

    func document(for finding: Finding) -> DocumentRecord? {
        index(for: finding).map { documents[$0] }
    }

    /// A line and the element on it.
    private struct Place: Hashable {
        var line: Int
        var element: String?

        init(_ location: SourceLocation) {
            line = location.line ?? 0
            element = location.element
        }
    }
}

/// Finding counts of one rule.
struct RuleCount: Hashable {
    let ruleID: String
    let count: Int
    /// The highest severity among the rule's findings (a severity can be lowered per finding).
    let severity: Severity
}

/// Finding counts of one calendar month, by severity.
struct MonthCount: Hashable {
    let year: Int
    let month: Int
    var bySeverity: [Severity: Int]

    var total: Int { bySeverity.values.reduce(0, +) }
    /// `2025-03`.
    var label: String { "\(year)-\(month < 10 ? "0" : "")\(month)" }

    /// Returns the label a reader of `language` expects: `03/2025` in French, `2025-03` in English.
    func label(_ language: Language) -> String {
        language == .fr ? "\(month < 10 ? "0" : "")\(month)/\(year)" : label
    }
}

extension Journal {
    /// Findings per rule, in rule id order.
    var countsByRule: [RuleCount] {
        var counts: [String: (Int, Severity)] = [:]
        for finding in findings {
            let current = counts[finding.ruleID] ?? (0, finding.severity)
            counts[finding.ruleID] = (current.0 + 1, max(current.1, finding.severity))
        }
        return counts.sorted { $0.key < $1.key }.map { ruleID, tally in
            RuleCount(ruleID: ruleID, count: tally.0, severity: tally.1)
        }
    }

    /// Finding counts per rule and per severity actually found, by rule then from error to info:
    /// a rule's findings can have several severities when the configuration changes some.
    var countsByRuleAndSeverity: [RuleCount] {
        var counts: [String: [Severity: Int]] = [:]
        for finding in findings {
            counts[finding.ruleID, default: [:]][finding.severity, default: 0] += 1
        }
        return counts.keys.sorted().flatMap { rule in
            counts[rule, default: [:]].sorted { $0.key > $1.key }.map {
                RuleCount(ruleID: rule, count: $0.value, severity: $0.key)
            }
        }
    }

    /// Findings per month of the issue date of the document they are about, every month from the
    /// first to the last included, and the number of findings whose document has no known date.
    var countsByMonth: (months: [MonthCount], undated: Int) {
        let lookup = DocumentLookup(documents)
        var counts: [Int: [Severity: Int]] = [:]
        var undated = 0
        for finding in findings {
            guard let date = lookup.document(for: finding)?.issueDate else {
                undated += 1
                continue
            }
            counts[date.year * 12 + date.month - 1, default: [:]][finding.severity, default: 0] += 1
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return ([], undated) }
        let months = (first...last).map { key in
            MonthCount(year: key / 12, month: key % 12 + 1, bySeverity: counts[key] ?? [:])
        }
        return (months, undated)
    }
}
