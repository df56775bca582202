import InvoiceAudit
import InvoiceModel
import InvoiceReport
import InvoiceStore

/// `facturaudit check --db FILE [--batch N]`: the same audit over the documents of a store.
extension CheckCommand {
    /// Reads the documents of `store` as of `batch`, and fails when there are none: an audit or
    /// a report of nothing must not pass as a clean ledger.
    static func storedDocuments(in store: InvoiceStore, database: String, batch: Int?) throws(ToolFailure) -> [StoredDocument] {
        let documents: [StoredDocument]
        do {
            documents = try store.documents(asOfBatch: batch)
        } catch {
            throw ToolFailure(message: error.message)
        }
        guard !documents.isEmpty else {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "la base '\(database)' ne contient aucun document : importez d'abord des fichiers avec "
                        + "'facturaudit import CHEMIN… --db \(database)'",
                    en: "store '\(database)' contains no document: import files first with "
                        + "'facturaudit import PATH… --db \(database)'"))
        }
        return withoutRestoredCopies(documents)
    }

    /// Leaves out each stored document that repeats one of another source with the same
    /// fingerprint at the same file and line. A canonical-JSON backup imported back into its own
    /// store keeps its documents' locations, so these are the same documents, audited once.
    static func withoutRestoredCopies(_ documents: [StoredDocument]) -> [StoredDocument] {
        guard let firstSource = documents.first?.sourceKey, documents.contains(where: { $0.sourceKey != firstSource }) else {
            return documents
        }
        // Hashes rather than keys, so a large store is not held twice; a hit is compared in full.
        var firstByKey: [Int: [Int]] = [:]
        var repeated: Set<Int> = []
        // The earliest batch's copy is kept, so the journal lists the file it was first imported from.
        let byBatch = documents.indices.sorted { (documents[$0].batch, $0) < (documents[$1].batch, $1) }
        for index in byBatch {
            let stored = documents[index]
            var hasher = Hasher()
            hasher.combine(stored.fingerprint)
            hasher.combine(stored.document.source)
            let key = hasher.finalize()
            let earlier = firstByKey[key] ?? []
            let isCopy = earlier.contains { other in
                documents[other].fingerprint == stored.fingerprint && documents[other].document.source == stored.document.source
                    && documents[other].sourceKey != stored.sourceKey
            }
            if isCopy {
                repeated.insert(index)
            } else {
                firstByKey[key, default: []].append(index)
            }
        }
        guard !repeated.isEmpty else { return documents }
        return documents.indices.filter { !repeated.contains($0) }.map { documents[$0] }
    }

    /// The stored documents as of `batch`, audited and grouped by the file they came from, so
    /// the journal lists them as a check of the files would. Each command-line path given to
    /// `import` is a source, in import order, as each path given to `check` is one.
    static func storedOutcomes(
        database: String, batch: Int?, auditor: Auditor, keepLines: Bool = false
    ) throws -> [FileOutcome] {
        let store = try StoreCommandOptions.openStore(path: database, access: .read)
        defer { store.close() }
        let documents = try storedDocuments(in: store, database: database, batch: batch)
        let fecFaults: [StoredFECFaults]
        let files: [StoredFileCounts]
        do {
            fecFaults = try store.fecFaults(asOfBatch: batch)
            files = try store.fileCounts(asOfBatch: batch)
        } catch {
            throw ToolFailure(message: error.message)
        }
        // The records each file's import skipped on purpose, so read = imported + rejected + skipped as in `check FILE`.
        let skipped = Dictionary(files.map { ($0.path, $0.skipped) }) { first, _ in first }
        // The FR-FEC findings of each file, as `check FILE` reports them from its import.
        var fecFindings = Dictionary(fecFaults.map { ($0.path, auditor.fecFindings($0.faults)) }) { first, _ in first }
        // Positions rather than a sorted copy, which would hold every document twice.
        let order = StoredDocument.readingOrder(documents)
        var outcomes: [FileOutcome] = []
        var start = order.startIndex
        while start < order.endIndex {
            let path = documents[order[start]].filePath
            let end = order[start...].firstIndex { documents[$0].filePath != path } ?? order.endIndex
            let group = order[start..<end].lazy.map { documents[$0] }
            var findings = fecFindings.removeValue(forKey: path) ?? []
            var entries: [LedgerEntry] = []
            var itemRates = ItemRateIndex()
            var lines: [InvoiceLineRecord] = []
            for stored in group {
                findings += auditor.documentFindings(stored.document)
                let entry = LedgerEntry(
                    stored.document, configuration: auditor.configuration, sourceIndex: stored.sourceIndex,
                    sourceName: stored.source)
                itemRates.add(stored.document, seller: entry.seller)
                entries.append(entry)
                if keepLines { lines += InvoiceLineRecord.records(of: stored.document) }
            }
            let report = FileReport(
                path: path, format: group.first?.fileFormat ?? .unknown, imported: group.count, rejections: [],
                warnings: [], skipped: skipped[path] ?? 0)
            outcomes.append(
                FileOutcome(report: report, findings: findings, entries: entries, itemRates: itemRates, lines: lines))
            start = end
        }
        // A file that gave no document is listed with its FEC findings and skipped records, as `check FILE`
        // lists it. A file whose documents later versions all replaced is not listed, so its findings are not reported.
        for file in files where file.imported == 0 && (fecFindings[file.path] != nil || file.skipped > 0) {
            let report = FileReport(
                path: file.path, format: file.format, imported: 0, rejections: [], warnings: [], skipped: file.skipped)
            outcomes.append(FileOutcome(report: report, findings: fecFindings[file.path] ?? [], entries: []))
        }
        return outcomes
    }

    /// `--batch` needs `--db`, and `--db` reads no paths.
    static func checkStoreOptions(_ options: CheckOptions) throws(UsageError) {
        if options.batch != nil && options.database == nil {
            throw UsageError(
                message: LocalizedText(
                    fr: "--batch n'a de sens qu'avec --db FICHIER", en: "--batch only applies with --db FILE"))
        }
        if options.database != nil && !options.paths.isEmpty {
            throw UsageError(
                message: LocalizedText(
                    fr: "check --db audite la base : retirez les chemins '\(options.paths.joined(separator: " "))' "
                        + "ou importez-les d'abord avec 'facturaudit import'",
                    en: "check --db audits the store: drop the paths '\(options.paths.joined(separator: " "))' "
                        + "or import them first with 'facturaudit import'"))
        }
        try OutputWriter.rejectStore(options.database, asOutput: options.output)
    }
}
