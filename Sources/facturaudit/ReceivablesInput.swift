import FoundationEssentials
import InvoiceAudit
import InvoiceImport
import InvoiceModel
import InvoiceReport
import InvoiceStore

/// The documents `aging` and `dunning` report on, read from files as `check` reads them or from
/// a store, with the as-of date chosen as `check` chooses it.
struct ReceivablesInput {
    let configuration: AuditConfiguration
    let ledger: Ledger
    let facts: ReceivableFactsIndex
    /// The import counts of each path, for the exit code and the notices on standard error.
    let files: [FileReport]
    /// `nil` only when no document gives a date and none was set.
    let asOf: AsOfDate?

    /// The result of importing one file: its counts, the compact entries and the receivable facts
    /// of its documents.
    private struct FileOutcome: Sendable {
        let report: FileReport
        let entries: [LedgerEntry]
        let facts: ReceivableFactsIndex
    }

    static func load(_ options: ReceivablesOptions) async throws -> ReceivablesInput {
        var configuration = try ConfigurationLoader.load(explicit: options.configFile)
        let asOfSource = CheckCommand.applyAsOf(options.asOf, to: &configuration)
        let outcomes: [FileOutcome]
        var files: [FileReport] = []
        if let database = options.database {
            outcomes = try storedOutcomes(database: database, batch: options.batch, configuration: configuration)
        } else {
            let inputs = InputCollector.collect(options.paths)
            try CheckCommand.rejectOutputAmongInputs(options.output, inputs: inputs.files)
            let importOptions = try CheckCommand.importOptions(
                maximumFileSize: options.maximumFileSize, mappingFile: options.mappingFile, configuration: configuration,
                files: inputs.files)
            files = inputs.problems.map(\.report)
            let settings = configuration
            outcomes = await orderedParallelMap(
                inputs.files, weight: { $0.importWeight(maximumFileSize: importOptions.maximumFileSize) },
                budget: InputFile.importBudget
            ) { file in
                importFile(file, options: importOptions, configuration: settings)
            } onResult: { _ in }
        }
        files += outcomes.map(\.report)
        var facts = ReceivableFactsIndex()
        for outcome in outcomes { facts.merge(outcome.facts) }
        let ledger = Ledger(entries: outcomes.flatMap(\.entries))
        let asOf = Auditor(configuration: configuration).asOfDate(for: ledger)
        return ReceivablesInput(
            configuration: configuration, ledger: ledger, facts: facts, files: files,
            asOf: asOf.map { AsOfDate(date: $0, source: asOfSource) })
    }

    /// Imports one file as a stream, keeping each document's ledger entry and receivable facts.
    private static func importFile(_ file: InputFile, options: ImportOptions, configuration: AuditConfiguration) -> FileOutcome {
        var entries: [LedgerEntry] = []
        var facts = ReceivableFactsIndex()
        let summary = DocumentImporter.importFile(pathBytes: file.pathBytes, displayPath: file.displayPath, options: options) {
            document in
            let entry = LedgerEntry(document, configuration: configuration, sourceIndex: file.sourceIndex, sourceName: file.sourceName)
            facts.add(ReceivableFacts(document), for: entry)
            entries.append(entry)
        }
        let report = FileReport(
            path: file.displayPath, format: summary.format, imported: summary.documentCount,
            rejections: summary.rejections, warnings: summary.warnings)
        return FileOutcome(report: report, entries: entries, facts: facts)
    }

    /// Reads the documents of a store as of `batch`, grouped by the file they came from.
    private static func storedOutcomes(database: String, batch: Int?, configuration: AuditConfiguration) throws -> [FileOutcome] {
        let store = try StoreCommandOptions.openStore(path: database, access: .read)
        defer { store.close() }
        let documents = try CheckCommand.storedDocuments(in: store, database: database, batch: batch)
        var outcomes: [FileOutcome] = []
        var entries: [LedgerEntry] = []
        var facts = ReceivableFactsIndex()
        var currentPath: String?
        var count = 0
        var format = InputFormat.unknown
        func flush() {
            guard let path = currentPath else { return }
            outcomes.append(
                FileOutcome(
                    report: FileReport(path: path, format: format, imported: count, rejections: [], warnings: []),
                    entries: entries, facts: facts))
            entries = []
            facts = ReceivableFactsIndex()
            count = 0
        }
        for position in StoredDocument.readingOrder(documents) {
            let stored = documents[position]
            if stored.filePath != currentPath {
                flush()
                currentPath = stored.filePath
                format = stored.fileFormat
            }
            let entry = LedgerEntry(
                stored.document, configuration: configuration, sourceIndex: stored.sourceIndex, sourceName: stored.source)
            facts.add(ReceivableFacts(stored.document), for: entry)
            entries.append(entry)
            count += 1
        }
        flush()
        return outcomes
    }
}
