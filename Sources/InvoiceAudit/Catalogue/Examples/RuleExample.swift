import InvoiceModel

/// A small input that makes one rule fire: what `facturaudit explain` shows, and what the
/// catalogue test audits to prove that every rule can fire.
///
/// An example starts from ``ExampleInvoice/compliant()``, which fires no rule at all, and changes
/// the one thing the rule is about. The findings are never written by hand: `explain` audits the
/// example and prints what the rule really reports.
///
/// To add one, put an entry in the table of the rule's family (`RuleExample+French.swift`,
/// `RuleExample+EN16931.swift`, …) keyed by the rule id, with a sentence in both languages saying
/// what differs from the reference invoice.
public struct RuleExample: Sendable {
    /// One command-line path of the example: its name, as the journal shows it, and its documents.
    public struct Source: Sendable {
        public let name: String
        public let documents: [Document]
        /// What the FEC importer found wrong in the file's format, for the FR-FEC rules.
        public let fecFaults: [FECFault]

        public init(_ name: String, _ documents: [Document], fecFaults: [FECFault] = []) {
            self.name = name
            self.documents = documents
            self.fecFaults = fecFaults
        }
    }

    /// The change made to the reference invoice, as a sentence without final period.
    public let situation: LocalizedText
    public let configuration: AuditConfiguration
    let makeSources: @Sendable () -> [Source]

    /// An example of one or more sources, such as an old tool's export and a new tool's.
    public init(
        _ situation: LocalizedText, configuration: AuditConfiguration = AuditConfiguration(),
        sources: @escaping @Sendable () -> [Source]
    ) {
        self.situation = situation
        self.configuration = configuration
        self.makeSources = sources
    }

    /// An example whose documents all come from one file.
    public init(
        _ situation: LocalizedText, configuration: AuditConfiguration = AuditConfiguration(),
        documents: @escaping @Sendable () -> [Document]
    ) {
        self.init(situation, configuration: configuration) { [Source("exemple", documents())] }
    }

    /// An example of one document changed from the reference invoice by `change`.
    public init(
        _ situation: LocalizedText, configuration: AuditConfiguration = AuditConfiguration(),
        change: @escaping @Sendable (inout Document) -> Void
    ) {
        self.init(situation, configuration: configuration) {
            var document = ExampleInvoice.compliant()
            change(&document)
            return [document]
        }
    }

    /// The example's documents, by source.
    public var sources: [Source] { makeSources() }

    /// Everything the auditor reports on the example, in journal order: the document rules on
    /// each document, then the ledger rules over all of them.
    public func findings() -> [Finding] {
        let auditor = Auditor(configuration: configuration)
        var findings: [Finding] = []
        var entries: [LedgerEntry] = []
        var itemRates = ItemRateIndex()
        for (index, source) in sources.enumerated() {
            findings += auditor.fecFindings(source.fecFaults)
            for document in source.documents {
                findings += auditor.documentFindings(document)
                let entry = LedgerEntry(document, configuration: configuration, sourceIndex: index, sourceName: source.name)
                itemRates.add(document, seller: entry.seller)
                entries.append(entry)
            }
        }
        findings += auditor.ledgerFindings(Ledger(entries: entries, itemRates: itemRates)).findings
        return findings.sorted(by: Finding.journalOrder)
    }

    /// Returns the findings of the rule `id` only.
    public func findings(of id: String) -> [Finding] {
        findings().filter { $0.ruleID == id }
    }
}

extension RuleExample {
    /// Examples by rule id, from every family's table.
    public static let byRuleID: [String: RuleExample] = families.reduce(into: [:]) { table, family in
        table.merge(family) { first, _ in first }
    }

    /// Each family's table; a test checks that no id appears in two of them.
    public static let families: [[String: RuleExample]] = [
        numberingExamples, arithmeticExamples, frenchDocumentExamples, frenchLedgerExamples, en16931CoreExamples,
        en16931TotalsExamples, en16931VATExamples, en16931SyntaxExamples, facturXExtendedExamples, fecExamples,
    ]
}

extension RuleDescriptor {
    /// The rule's runnable example, or `nil` when no table has one for its id.
    public var runnableExample: RuleExample? { RuleExample.byRuleID[id] }
}
