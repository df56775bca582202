import FoundationEssentials
import InvoiceAudit
import InvoiceImport
import InvoiceModel
import InvoiceReport
import InvoiceStore

/// `facturaudit import PATH… --db FILE`: loads files into a store as one batch and writes the
/// batch's journal (files, numbering series, documents changed since an earlier import).
enum ImportCommand {
    /// Every option spelling ``run(_:language:)`` accepts; `facturaudit help import` documents each.
    static let optionNames = [
        "--db", "--format", "--lang", "--fail-on", "--output", "-o", "--mapping", "--max-file-size", "--quiet", "-q",
        "--source", "--config",
    ]

    static func run(_ arguments: [String], language: Language) async throws -> ExitStatus {
        let options = try StoreCommandOptions.parse(
            arguments, command: "import", accepted: optionNames, language: language)
        guard !options.paths.isEmpty else {
            throw UsageError(message: LocalizedText(fr: "aucun fichier ni dossier à importer", en: "no file or folder to import"))
        }
        // The configuration `check` reads, so that a FEC gives the same documents, faults and severities.
        let (configuration, importOptions) = try options.configuredImport()
        let imported = try await FileImporter.importPaths(
            options.paths, options: importOptions, output: options.output, command: "import")
        var files = imported.files
        for index in files.indices where files[index].source == files[index].path {
            // A CSV or Excel file named on the command line keeps its layout. Without `--source`, the
            // next export of the same tool saved beside an earlier one continues that export's source.
            files[index].layout = FileToImport.layout(path: files[index].path, result: files[index].result)
            files[index].joinsEarlierSource = options.sourceName == nil
        }
        // `--source NAME` makes every file of the batch part of one source, whatever path it was found through.
        if let name = options.sourceName {
            for index in files.indices {
                files[index].source = name
                files[index].sourcePosition = 0
            }
        }
        // Unreadable files have no content to keep: they are reported, not stored.
        let readable = files.filter { $0.sha256 != nil }
        let clock = StoreClock.fromEnvironment(ProcessInfo.processInfo.environment)
        // With no record read (an empty folder, a missing path, a header-only export), the store
        // is left alone: no file is created and no batch is written, and the exit status is 2 as for `check`.
        let nothingRead = readable.allSatisfy { $0.result.recordsRead == 0 }
        let storeExisted = FileManager.default.fileExists(atPath: options.database ?? "")
        let outcome =
            nothingRead
            ? ImportBatchOutcome(unstored: readable)
            : try withStore(options, access: .create) { store in try store.importBatch(readable, clock: clock) }

        var reports = imported.problems.map(\.report)
        reports += files.filter { $0.sha256 == nil }.map { file in
            FileReport(
                path: file.path, format: file.result.format, imported: 0, rejections: file.result.rejections,
                warnings: file.result.warnings)
        }
        var entries: [LedgerEntry] = []
        // The FR-FEC findings of the new files, as `check FILE` and later `check --db` report them.
        var fecFindings: [Finding] = []
        let auditor = Auditor(configuration: configuration)
        for (file, stored) in zip(readable, outcome.files) {
            if let batch = stored.alreadyImportedIn {
                // The rejected records are repeated because the store still lacks them, so the run still fails.
                let reason = stored.rejections.isEmpty ? alreadyImported(batch) : alreadyImportedWithRejections(batch)
                reports.append(
                    FileReport(
                        path: stored.path, format: stored.format, imported: 0, rejections: stored.rejections,
                        warnings: [Rejection(location: SourceLocation(file: stored.path), reason: reason)]))
            } else {
                reports.append(
                    FileReport(
                        path: stored.path, format: stored.format, imported: stored.imported,
                        rejections: stored.rejections, warnings: stored.warnings, skipped: file.result.skipped))
                entries += file.result.documents.map(LedgerEntry.init)
                fecFindings += auditor.fecFindings(file.result.fecFaults)
            }
        }
        let journal = Journal(
            files: reports, findings: outcome.findings + fecFindings, series: SeriesSummary.all(in: Ledger(entries: entries)))
        try JournalOutput.write(journal, options: options)

        if !options.quiet {
            for file in outcome.files {
                if let joined = file.joinedSource {
                    Console.writeError(joinedLine(file.path, joined, language: options.language))
                }
                if file.alreadyStored > 0 {
                    Console.writeError(alreadyStoredLine(file.path, count: file.alreadyStored, language: options.language))
                }
            }
            Console.writeError(
                nothingRead
                    ? nothingReadLine(store: options.database ?? "", existed: storeExisted, language: options.language)
                    : batchLine(outcome, language: options.language))
        }
        let status = JournalOutput.exitStatus(
            journal, failOn: options.failOn, quiet: options.quiet, language: options.language)
        return nothingRead ? .inputFailure : status
    }

    private static func nothingReadLine(store: String, existed: Bool, language: Language) -> String {
        let text =
            existed
            ? LocalizedText(
                fr: "facturaudit : aucun document lu dans les entrées, la base est inchangée : vérifiez les chemins "
                    + "et que l'export contient des factures",
                en: "facturaudit: no document was read from the inputs, the store is unchanged: check the paths "
                    + "and that the export holds invoices")
            : LocalizedText(
                fr: "facturaudit : aucun document lu dans les entrées, la base '\(store)' n'a pas été créée : "
                    + "vérifiez les chemins et que l'export contient des factures",
                en: "facturaudit: no document was read from the inputs, store '\(store)' was not created: "
                    + "check the paths and that the export holds invoices")
        return singleLine(text.text(language)) + "\n"
    }

    /// Says that `path` continues the source of an earlier export with its layout, and how to make it another source.
    private static func joinedLine(_ path: String, _ joined: (name: String, earlierFile: String), language: Language) -> String {
        let text = LocalizedText(
            fr: "facturaudit : '\(path)' prolonge la source '\(joined.name)' : même dossier, même format et mêmes "
                + "colonnes que '\(joined.earlierFile)', importé dans un lot antérieur ; ses documents en sont les "
                + "versions suivantes, sans jonction entre eux ; s'il vient d'un autre logiciel, importez-le avec "
                + "--source NOM",
            en: "facturaudit: '\(path)' continues the source '\(joined.name)': same folder, format and columns as "
                + "'\(joined.earlierFile)', imported in an earlier batch; its documents are their next versions, with "
                + "no junction between them; if it comes from another tool, import it with --source NAME")
        return singleLine(text.text(language)) + "\n"
    }

    /// Says that `path` repeats documents that an earlier batch contains from another source, such as a
    /// canonical-JSON backup imported back into its own store.
    private static func alreadyStoredLine(_ path: String, count: Int, language: Language) -> String {
        let text = LocalizedText(
            fr: "facturaudit : '\(path)' répète \(LocalizedText.countFR(count, "document déjà enregistré", "documents déjà enregistrés")) "
                + "depuis une autre source (même vendeur, même numéro, même empreinte) : 'check --db' compte chacun "
                + "une seule fois ; pour restaurer une sauvegarde, importez-la dans une base neuve",
            en: "facturaudit: '\(path)' repeats \(LocalizedText.countEN(count, "document", "documents")) already stored "
                + "from another source (same seller, number and fingerprint): 'check --db' counts each once; to "
                + "restore a backup, import it into a new store")
        return singleLine(text.text(language)) + "\n"
    }

    static func alreadyImported(_ batch: Int) -> LocalizedText {
        LocalizedText(
            fr: "fichier déjà importé dans le lot \(batch) (même SHA-256) : rien n'a été enregistré",
            en: "file already imported in batch \(batch) (same SHA-256): nothing was stored")
    }

    static func alreadyImportedWithRejections(_ batch: Int) -> LocalizedText {
        LocalizedText(
            fr: "fichier déjà importé dans le lot \(batch) (même SHA-256) : rien n'a été enregistré, et les rejets "
                + "de ce lot, rappelés ici, manquent toujours à la base : corrigez ces lignes et importez le fichier corrigé",
            en: "file already imported in batch \(batch) (same SHA-256): nothing was stored, and the records rejected "
                + "then, repeated here, are still missing from the store: fix them and import the corrected file")
    }

    private static func batchLine(_ outcome: ImportBatchOutcome, language: Language) -> String {
        guard let batch = outcome.batch else {
            return language == .fr
                ? "facturaudit : aucun nouveau fichier, la base est inchangée\n"
                : "facturaudit: no new file, the store is unchanged\n"
        }
        let documents = outcome.files.filter { $0.alreadyImportedIn == nil }.reduce(0) { $0 + $1.imported }
        return language == .fr
            ? "facturaudit : lot \(batch) enregistré (\(LocalizedText.countFR(documents, "document", "documents")))\n"
            : "facturaudit: batch \(batch) stored (\(documents) document\(documents == 1 ? "" : "s"))\n"
    }
}

/// Writes a journal in the chosen format to `--output` or standard output, and picks the exit code.
enum JournalOutput {
    static func write(_ journal: Journal, options: StoreCommandOptions) throws {
        let rendered = CheckCommand.render(
            journal, format: options.format, language: options.language, failOn: options.failOn)
        if let output = options.output {
            try OutputWriter.write(rendered, to: output)
        } else {
            Console.writeOutput(rendered)
        }
    }

    /// 2 when an input was rejected, a path was not found or a folder held no invoice file, 1 when
    /// a finding reaches `--fail-on`, else 0.
    static func exitStatus(_ journal: Journal, failOn: FailLevel, quiet: Bool, language: Language) -> ExitStatus {
        if !quiet { InputProblem.writeNotices(journal, language: language) }
        if journal.documentsRejected > 0 {
            if !quiet {
                let count = journal.documentsRejected
                Console.writeError(
                    language == .fr
                        ? "facturaudit : \(LocalizedText.countFR(count, "entrée rejetée", "entrées rejetées")), voir le journal\n"
                        : "facturaudit: \(LocalizedText.countEN(count, "input", "inputs")) rejected, see the journal\n")
            }
            return .inputFailure
        }
        if journal.pathsNotFound > 0 || journal.emptyFolders > 0 { return .inputFailure }
        if let threshold = failOn.threshold, let highest = journal.highestSeverity, highest >= threshold {
            return .findings
        }
        return .success
    }
}
