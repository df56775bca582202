import FoundationEssentials
import InvoiceAudit
import InvoiceImport
import InvoiceModel
import InvoiceReport

/// `facturaudit check PATH…`: import every file, run the rules and write the journal.
enum CheckCommand {
    static func run(_ arguments: [String], language: Language) async throws -> ExitStatus {
        let options = try parse(arguments, language: language)
        var configuration = try ConfigurationLoader.load(explicit: options.configFile)
        let asOfSource = applyAsOf(options.asOf, to: &configuration)
        let inputs = InputCollector.collect(options.paths)
        let importOptions = try importOptions(
            maximumFileSize: options.maximumFileSize, mappingFile: options.mappingFile, configuration: configuration,
            files: inputs.files)
        if !inputs.skipped.isEmpty && !options.quiet {
            let count = inputs.skipped.count
            Console.writeError(
                language == .fr
                    ? "facturaudit : \(LocalizedText.countFR(count, "fichier ignoré", "fichiers ignorés")) à cause de l'extension, par exemple \(singleLine(inputs.skipped[0]))\n"
                    : "facturaudit: \(count) file\(count > 1 ? "s" : "") skipped for \(count > 1 ? "their" : "its") extension, for example \(singleLine(inputs.skipped[0]))\n")
        }
        if let first = inputs.lockFiles.first, !options.quiet {
            let note = InputMessages.lockFilesSkipped(inputs.lockFiles.count, example: singleLine(first))
            Console.writeError(language == .fr ? "facturaudit : \(note.fr)\n" : "facturaudit: \(note.en)\n")
        }
        try rejectOutputAmongInputs(options.output, inputs: inputs.files)
        try rejectBaselineAmongInputs(options.baseline, inputs: inputs.files)
        try rejectOutputOverBaseline(options.output, baseline: options.baseline)
        let baseline = try loadBaseline(options.baseline)
        let auditor = Auditor(configuration: configuration)
        let progress =
            options.database == nil
            ? makeProgressTicker(total: inputs.files.count, quiet: options.quiet, language: language) : nil
        var outcomes =
            if let database = options.database {
                try storedOutcomes(
                    database: database, batch: options.batch, auditor: auditor,
                    keepLines: options.format.needsInvoiceLines)
            } else {
                await importAll(
                    inputs.files, options: importOptions, auditor: auditor,
                    keepLines: options.format.needsInvoiceLines, progress: progress)
            }
        await progress?.stop()

        var reports = inputs.problems.map(\.report)
        reports += outcomes.map(\.report)
        var ledger = Ledger(entries: takeEntries(&outcomes), itemRates: takeItemRates(&outcomes))
        ledger.rejectedNumbers = reports.flatMap(\.rejections).filter { $0.documentNumber != nil }
        for rejection in reports.lazy.flatMap(\.rejections) { ledger.rejectedRecordCounts[rejection.location.file, default: 0] += 1 }
        let (ledgerFindings, series) = auditor.ledgerFindings(ledger)
        var journal = Journal(
            files: reports, findings: outcomes.flatMap(\.findings) + ledgerFindings, series: series,
            documents: options.format.needsDocuments ? ledger.entries.map(DocumentRecord.init) : [],
            lines: outcomes.flatMap(\.lines))
        journal.asOf = auditor.asOfDate(for: ledger).map { AsOfDate(date: $0, source: asOfSource) }
        baseline?.apply(to: &journal)
        if !options.quiet { warnIfBaselineNamesNoAuditedFile(journal.baseline, language: language) }

        let rendered = render(journal, options: options, language: language)
        if let output = options.output {
            try OutputWriter.write(rendered, to: output)
        } else {
            Console.writeOutput(rendered)
        }

        if !options.quiet { InputProblem.writeNotices(journal, language: language) }
        // A path the user named that gave nothing to read is an input that could not be read.
        if journal.documentsRejected > 0 || journal.pathsNotFound > 0 || journal.emptyFolders > 0 {
            if journal.documentsRejected > 0 && !options.quiet {
                let count = journal.documentsRejected
                Console.writeError(
                    language == .fr
                        ? "facturaudit : \(LocalizedText.countFR(count, "rejet", "rejets")) à l'import, voir le journal\n"
                        : "facturaudit: \(LocalizedText.countEN(count, "record", "records")) rejected on import, see the journal\n")
            }
            return .inputFailure
        }
        // An audit of nothing, such as an export holding only its header, must not pass as clean.
        if journal.documentsRead == 0 {
            if !options.quiet {
                Console.writeError(
                    language == .fr
                        ? "facturaudit : aucun document lu dans les entrées, rien n'a été audité : vérifiez que l'export contient des factures\n"
                        : "facturaudit: no document was read from the inputs, nothing was audited: check that the export holds invoices\n")
            }
            return .inputFailure
        }
        if let threshold = options.failOn.threshold, let highest = journal.highestSeverity, highest >= threshold {
            return .findings
        }
        return .success
    }

    /// What one file gave once imported and checked: its counts, document findings, ledger
    /// entries, items and VAT rates, and its invoice lines when the output format prints them.
    struct FileOutcome: Sendable {
        let report: FileReport
        let findings: [Finding]
        var entries: [LedgerEntry]
        var itemRates = ItemRateIndex()
        var lines: [InvoiceLineRecord] = []
    }

    /// Moves the ledger entries out of `outcomes`, so that a million documents' entries are not
    /// kept twice while the ledger is built.
    static func takeEntries(_ outcomes: inout [FileOutcome]) -> [LedgerEntry] {
        if outcomes.count == 1 {
            let entries = outcomes[0].entries
            outcomes[0].entries = []
            return entries
        }
        // Each file's entries are freed as soon as they are copied, so the entries of all files
        // are never held twice.
        var entries: [LedgerEntry] = []
        entries.reserveCapacity(outcomes.reduce(0) { $0 + $1.entries.count })
        for index in outcomes.indices {
            entries.append(contentsOf: outcomes[index].entries)
            outcomes[index].entries = []
        }
        return entries
    }

    /// Joins the files' item indexes in input order, the order of the ledger's entries.
    static func takeItemRates(_ outcomes: inout [FileOutcome]) -> ItemRateIndex {
        var index = ItemRateIndex()
        for position in outcomes.indices {
            index.append(outcomes[position].itemRates)
            outcomes[position].itemRates = ItemRateIndex()
        }
        return index
    }

    /// Imports files in parallel, at most one task per processor and large files within
    /// ``InputFile/importBudget``, keeping the input order.
    static func importAll(
        _ files: [InputFile], options: ImportOptions, auditor: Auditor, keepLines: Bool = false,
        progress: ProgressTicker? = nil
    ) async -> [FileOutcome] {
        await orderedParallelMap(
            files, weight: { $0.importWeight(maximumFileSize: options.maximumFileSize) }, budget: InputFile.importBudget
        ) { file in
            importFile(file, options: options, auditor: auditor, keepLines: keepLines, progress: progress)
        } onResult: { _ in
            progress?.fileDone()
        }
    }

    /// Imports one file as a stream: each document goes through the document rules and leaves
    /// only its findings, its compact ledger entry and, for `keepLines`, its line records behind.
    static func importFile(
        _ file: InputFile, options: ImportOptions, auditor: Auditor, keepLines: Bool = false,
        progress: ProgressTicker? = nil
    ) -> FileOutcome {
        var findings: [Finding] = []
        let entries = ChunkedCollector<LedgerEntry>()
        var itemRates = ItemRateIndex()
        var lines: [InvoiceLineRecord] = []
        let summary = DocumentImporter.importFile(
            pathBytes: file.pathBytes, displayPath: file.displayPath, options: file.options(options)
        ) {
            document in
            findings += auditor.documentFindings(document)
            let entry = LedgerEntry(
                document, configuration: auditor.configuration, sourceIndex: file.sourceIndex, sourceName: file.sourceName)
            itemRates.add(document, seller: entry.seller)
            entries.append(entry)
            if keepLines { lines += InvoiceLineRecord.records(of: document) }
            progress?.documentRead()
        }
        findings += auditor.fecFindings(summary.fecFaults)
        let report = FileReport(
            path: file.displayPath, format: summary.format, imported: summary.documentCount,
            rejections: summary.rejections, warnings: summary.warnings, columns: summary.columns,
            pathBytes: String(validating: file.pathBytes, as: UTF8.self) == nil ? file.pathBytes : nil, skipped: summary.skipped)
        return FileOutcome(report: report, findings: findings, entries: entries.joined(), itemRates: itemRates, lines: lines)
    }

    /// Every option spelling ``parse(_:language:)`` accepts; `facturaudit help check` documents each.
    static let optionNames = [
        "--format", "--lang", "--fail-on", "--output", "-o", "--mapping", "--config", "--as-of", "--max-file-size",
        "--quiet", "-q", "--db", "--batch", "--baseline",
    ]

    static func parse(_ arguments: [String], language: Language) throws(UsageError) -> CheckOptions {
        var options = CheckOptions(language: language)
        var scanner = ArgumentScanner(arguments)
        while let option = try scanner.nextOption(accepting: optionNames, command: "check") {
            switch option.name {
            case "--format": options.format = try scanner.choice(JournalFormat.self, for: option)
            case "--lang": options.language = try scanner.choice(Language.self, for: option)
            case "--fail-on": options.failOn = try scanner.choice(FailLevel.self, for: option)
            case "--output", "-o": options.output = try scanner.outputPath(for: option)
            case "--mapping": options.mappingFile = try scanner.value(for: option)
            case "--config": options.configFile = try scanner.value(for: option)
            case "--as-of": options.asOf = try AsOfOption.date(scanner.value(for: option))
            case "--max-file-size": options.maximumFileSize = try scanner.positiveInteger(.bytes, for: option)
            case "--quiet", "-q":
                try ArgumentScanner.flag(option)
                options.quiet = true
            case "--db": options.database = try scanner.value(for: option)
            case "--batch": options.batch = try scanner.positiveInteger(.batch, for: option)
            case "--baseline": options.baseline = try scanner.value(for: option)
            default: throw ArgumentScanner.unknownOption(option.name, command: "check")
            }
        }
        options.paths = scanner.operands
        try OutputWriter.check(options.output)
        try checkStoreOptions(options)
        if options.paths.isEmpty && options.database == nil {
            throw UsageError(
                message: LocalizedText(
                    fr: "aucun fichier ni dossier à auditer", en: "no file or folder to audit"))
        }
        return options
    }

    /// Sets the configuration's as-of date from `--as-of` when given, and today's date, and
    /// returns where the as-of date comes from, as the journal and the receivables reports show it.
    static func applyAsOf(_ option: CivilDate?, to configuration: inout AuditConfiguration) -> AsOfDate.Source {
        let source: AsOfDate.Source
        if option != nil {
            source = .option
        } else if configuration.asOf != nil {
            source = .configuration
        } else {
            source = .data
        }
        if let option { configuration.asOf = option }
        configuration.today = CurrentDate.fromEnvironment(ProcessInfo.processInfo.environment)
        return source
    }

    /// Builds the import options of `check`, `aging` and `dunning`: the CSV mapping (the option's,
    /// else the configuration's), the FEC settings and the Stripe invoices among `files`.
    static func importOptions(
        maximumFileSize: Int?, mappingFile: String?, configuration: AuditConfiguration, files: [InputFile]
    ) throws(ToolFailure) -> ImportOptions {
        var importOptions = try importOptions(
            maximumFileSize: maximumFileSize, mappingFile: mappingFile, configuration: configuration)
        importOptions.stripeInvoices = StripeInvoiceIndex.collect(
            pathBytes: files.map(\.pathBytes), maximumFileSize: importOptions.maximumFileSize)
        return importOptions
    }

    /// Builds the import options that a configuration gives: the CSV mapping (the option's, else the
    /// configuration's) and the FEC settings. `check`, `import` and `verify` read files with them.
    static func importOptions(
        maximumFileSize: Int?, mappingFile: String?, configuration: AuditConfiguration
    ) throws(ToolFailure) -> ImportOptions {
        var importOptions = try importOptions(
            maximumFileSize: maximumFileSize, mappingFile: mappingFile ?? configuration.csvMappingPath)
        importOptions.fecSalesJournals = configuration.fecSalesJournals.map(Set.init)
        importOptions.fecEncoding = configuration.fecEncoding.flatMap(FECEncoding.init(name:)) ?? .automatic
        return importOptions
    }

    /// Builds the import options shared by `check` and `export`.
    ///
    /// - Throws: ``ToolFailure`` when the CSV mapping file cannot be read.
    static func importOptions(maximumFileSize: Int?, mappingFile: String?) throws(ToolFailure) -> ImportOptions {
        var importOptions = ImportOptions()
        if let maximumFileSize { importOptions.maximumFileSize = maximumFileSize }
        if let mappingFile {
            do {
                importOptions.csvMapping = try CSVMapping.load(path: mappingFile)
            } catch let error as CSVMappingError {
                // The reason already names the file.
                throw ToolFailure(message: error.reason)
            } catch {
                throw ToolFailure(
                    message: LocalizedText(
                        fr: "fichier de correspondance '\(mappingFile)' illisible : \(error)",
                        en: "mapping file '\(mappingFile)' could not be read: \(error)"))
            }
        }
        return importOptions
    }

    /// Refuses an `--output` path that is one of the inputs: writing the journal would destroy the
    /// export being audited.
    static func rejectOutputAmongInputs(_ output: String?, inputs: [InputFile]) throws(UsageError) {
        guard let output, isAmong(output, inputs) else { return }
        throw UsageError(
            message: LocalizedText(
                fr: "--output '\(output)' est aussi un fichier audité : choisissez un autre fichier pour le journal",
                en: "--output '\(output)' is also an audited input: choose another file for the journal"))
    }

    /// Refuses an `--output` of `export`, `import` or `verify` that is one of the files it reads.
    static func rejectOutputAmongReadFiles(_ output: String?, inputs: [InputFile], command: String) throws(UsageError) {
        guard let output, isAmong(output, inputs) else { return }
        throw UsageError(
            message: LocalizedText(
                fr: "--output '\(output)' est aussi un fichier lu par \(command) : choisissez un autre fichier pour la sortie",
                en: "--output '\(output)' is also a file read by \(command): choose another file for the output"))
    }

    /// Rejects a baseline journal inside the audited paths, which would be read as an invoice file.
    static func rejectBaselineAmongInputs(_ baseline: String?, inputs: [InputFile]) throws(UsageError) {
        guard let baseline, isAmong(baseline, inputs) else { return }
        throw UsageError(
            message: LocalizedText(
                fr: "--baseline '\(baseline)' est aussi un fichier audité : rangez la référence hors des dossiers audités",
                en: "--baseline '\(baseline)' is also an audited input: keep the baseline outside the audited folders"))
    }

    /// Refuses an `--output` that is the `--baseline` file: the new journal, without the known
    /// findings, would replace the baseline, and the next run would report them all again.
    static func rejectOutputOverBaseline(_ output: String?, baseline: String?) throws(UsageError) {
        guard let output, let baseline, case .file(let target) = FileStatus(path: output),
            case .file(let identity) = FileStatus(path: baseline), identity == target
        else { return }
        throw UsageError(
            message: LocalizedText(
                fr: "--output '\(output)' est aussi la référence --baseline : écrivez le journal dans un autre fichier",
                en: "--output '\(output)' is also the --baseline file: write the journal to another file"))
    }

    private static func isAmong(_ path: String, _ inputs: [InputFile]) -> Bool {
        guard case .file(let target) = FileStatus(path: path) else { return false }
        return inputs.contains { input in
            guard case .file(let identity) = FileStatus(bytes: input.pathBytes) else { return false }
            return identity == target
        }
    }
}
