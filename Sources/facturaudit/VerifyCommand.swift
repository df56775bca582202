import FoundationEssentials
import InvoiceAudit
import InvoiceModel
import InvoiceReport
import InvoiceStore

/// `facturaudit verify --db FILE [PATH… | --batch N]`: compares the newest seal with a later
/// state (files given as paths, or the documents one batch of the store imported, by default the
/// newest batch) and checks the seal chain. Findings use the journal formats; exit 1 when any reaches `--fail-on`.
enum VerifyCommand {
    /// Every option spelling ``run(_:language:)`` accepts; `facturaudit help verify` documents each.
    static let optionNames = [
        "--db", "--batch", "--format", "--lang", "--fail-on", "--output", "-o", "--mapping", "--max-file-size", "--quiet",
        "-q", "--config",
    ]

    static func run(_ arguments: [String], language: Language) async throws -> ExitStatus {
        let options = try StoreCommandOptions.parse(
            arguments, command: "verify", accepted: optionNames, language: language)
        if options.batch != nil && !options.paths.isEmpty {
            throw UsageError(
                message: LocalizedText(
                    fr: "verify compare le sceau soit à des fichiers, soit à un lot (--batch), pas aux deux",
                    en: "verify compares the seal with either files or a batch (--batch), not both"))
        }
        // The files are read as `import` reads them (configuration, CSV mapping, FEC settings), so a file
        // gives the documents it gave when it was imported and sealed. Their FEC findings are left to
        // `check` and `import`: verify reports what changed since the seal, not how the file is written.
        let importOptions = try options.configuredImport().options
        let imported = options.paths.isEmpty ? nil : try await FileImporter.importPaths(
            options.paths, options: importOptions, output: options.output, command: "verify")
        let files = imported?.files ?? []

        let journal = try withStore(options, access: .read) { store in
            guard let seal = try store.seals().last else {
                throw ToolFailure(
                    message: LocalizedText(
                        fr: "la base '\(store.path)' n'a aucun sceau : lancez d'abord 'facturaudit seal --db \(store.path)'",
                        en: "store '\(store.path)' has no seal: run 'facturaudit seal --db \(store.path)' first"))
            }
            var reports: [FileReport] = []
            var documents: [Document] = []
            let comparedName: LocalizedText
            var comparedFiles: Set<String> = []
            if options.paths.isEmpty {
                // The batch as its files contained it, so a document deleted from a re-export is missing.
                let batch = try options.batch ?? store.latestBatch() ?? 0
                let stored = try store.documents(ofBatch: batch)
                comparedName = LocalizedText(fr: "le lot \(batch)", en: "batch \(batch)")
                comparedFiles = Set(try store.filePaths(ofBatch: batch))
                documents = stored.map(\.document)
                reports = fileReports(stored)
            } else {
                comparedName = LocalizedText(fr: "l'export comparé", en: "the compared export")
                comparedFiles = Set(files.map(\.path))
                reports = imported?.problems.map(\.report) ?? []
                for file in files {
                    documents += file.result.documents
                    reports.append(
                        FileReport(
                            path: file.path, format: file.result.format, imported: file.result.documents.count,
                            rejections: file.result.rejections, warnings: file.result.warnings))
                }
            }
            let comparison = SealComparison(
                sealID: seal.id, sealed: try store.sealedEntries(of: seal.id), comparedName: comparedName,
                comparedFiles: comparedFiles)
            let findings =
                try store.chainFindings() + store.resealedFindings() + comparison.findings(comparing: documents)
            let series = SeriesSummary.all(in: Ledger(entries: documents.map(LedgerEntry.init)))
            return Journal(files: reports, findings: findings, series: series)
        }
        try JournalOutput.write(journal, options: options)
        return JournalOutput.exitStatus(journal, failOn: options.failOn, quiet: options.quiet, language: options.language)
    }

    /// One report per stored file, counting the documents of the compared state that come from it.
    private static func fileReports(_ stored: [StoredDocument]) -> [FileReport] {
        var counts: [(path: String, format: InputFormat, count: Int)] = []
        for document in stored {
            if let last = counts.last, last.path == document.filePath {
                counts[counts.count - 1].count += 1
            } else {
                counts.append((document.filePath, document.fileFormat, 1))
            }
        }
        return counts.map { FileReport(path: $0.path, format: $0.format, imported: $0.count, rejections: [], warnings: []) }
    }
}
