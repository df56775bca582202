import FoundationEssentials
import InvoiceImport
import InvoiceModel
import InvoiceReport

/// `facturaudit export --to FORMAT PATH… [-o FILE]`: import every file and write the documents
/// in another form, without auditing them. With `--db`, the documents come from a store instead
/// (``runStore(_:language:)``).
enum ExportCommand {
    /// The options of `facturaudit export` without a store, after parsing.
    struct Options {
        var paths: [String] = []
        var target: ExportFormat?
        var output: String?
        var mappingFile: String?
        var configFile: String?
        var maximumFileSize: Int?
        var language: Language?
        var quiet = false
    }

    static func run(_ arguments: [String], language: Language) async throws -> ExitStatus {
        if arguments.contains(where: { $0 == "--db" || $0.hasPrefix("--db=") }) {
            return try runStore(arguments, language: language)
        }
        let options = try parse(arguments)
        guard let target = options.target else {
            throw UsageError(
                message: LocalizedText(
                    fr: "option --to manquante : indiquez le format à écrire (\(targetNames))",
                    en: "missing option --to: name the form to write (\(targetNames))"))
        }
        let importOptions = try CheckCommand.importOptions(
            maximumFileSize: options.maximumFileSize, mappingFile: options.mappingFile)
        let imported = try await FileImporter.importPaths(
            options.paths, options: importOptions, output: options.output, command: "export")
        // A missing path or a folder without invoice file is counted apart from rejected records, as
        // `check` counts it. Any other path that gave nothing, such as an unreadable folder, is one rejected input.
        let apart = imported.problems.filter { $0.notFound || $0.emptyFolder }
        let results = imported.problems.filter { !$0.notFound && !$0.emptyFolder }.map { problem in
            ImportResult(
                file: problem.path, format: .unknown,
                rejections: [Rejection(location: SourceLocation(file: problem.path), reason: problem.reason)])
        } + imported.files.map(\.result)

        let (text, omitted, drafts) = try render(
            results.flatMap(\.documents), format: target, language: options.language ?? language, configFile: options.configFile)
        if !drafts.isEmpty && !options.quiet { reportDrafts(drafts, language: language) }
        if !omitted.isEmpty && !options.quiet { reportOmitted(omitted, language: language) }
        if !apart.isEmpty && !options.quiet { reportProblems(apart, language: language) }
        let rejections = results.flatMap(\.rejections)
        if !rejections.isEmpty && !options.quiet {
            var report = ""
            let plural = rejections.count > 1 ? "s" : ""
            for rejection in rejections {
                report += singleLine("\(rejection.location.fullDescription): \(rejection.reason.text(language))") + "\n"
            }
            report +=
                language == .fr
                ? "facturaudit : \(LocalizedText.countFR(rejections.count, "entrée rejetée", "entrées rejetées")), absente\(plural) de l'export\n"
                : "facturaudit: \(LocalizedText.countEN(rejections.count, "input", "inputs")) rejected, left out of the export\n"
            Console.writeError(report)
        }
        try write(text, to: options.output, language: language)
        return rejections.isEmpty && omitted.isEmpty && apart.isEmpty ? .success : .inputFailure
    }

    /// Lists on standard error the command-line paths not found and the folders with no invoice
    /// file, then counts each kind as `check` does.
    static func reportProblems(_ problems: [InputProblem], language: Language) {
        var report = ""
        for problem in problems {
            report += singleLine("\(problem.path): \(problem.reason.text(language))") + "\n"
        }
        let missing = problems.filter(\.notFound).count
        let empty = problems.filter(\.emptyFolder).count
        if missing > 0 {
            report +=
                language == .fr
                ? "facturaudit : \(LocalizedText.countFR(missing, "chemin introuvable", "chemins introuvables")), absent\(missing > 1 ? "s" : "") de l'export\n"
                : "facturaudit: \(LocalizedText.countEN(missing, "path", "paths")) not found, left out of the export\n"
        }
        if empty > 0 {
            report +=
                language == .fr
                ? "facturaudit : \(LocalizedText.countFR(empty, "dossier", "dossiers")) sans fichier de factures, rien n'en a été exporté\n"
                : "facturaudit: \(LocalizedText.countEN(empty, "folder", "folders")) with no invoice file, nothing exported from \(empty > 1 ? "them" : "it")\n"
        }
        Console.writeError(report)
    }

    private static var targetNames: String { ExportFormat.allCases.map(\.rawValue).joined(separator: ", ") }

    /// Writes `documents` in `format`, with the documents a FEC leaves out and why; canonical JSON
    /// is the `{"formatVersion":1,"documents":[…]}` envelope. A FEC takes its journal and accounts
    /// from the configuration file (`fec.export`), `configFile` or else `facturaudit.json`. The
    /// text is `nil` for a FEC without any entry, which is not written (see ``write(_:to:language:)``).
    static func render(
        _ documents: [Document], format: ExportFormat, language: Language, configFile: String?
    ) throws -> (text: String?, omitted: [Rejection], drafts: [Rejection]) {
        guard format == .fec else { return (try render(documents, format: format, language: language), [], []) }
        let configuration = try ConfigurationLoader.load(explicit: configFile)
        let output = FECWriter(settings: configuration.fecExport).write(documents)
        return (output.entryCount > 0 ? output.text : nil, output.omitted, output.drafts)
    }

    /// Writes `text` to `output`, else to standard output. A FEC without any entry (`nil`) is not
    /// written, so that a header-only file never stands in for the sales journal; standard error
    /// says so, after the reasons each document was left out.
    static func write(_ text: String?, to output: String?, language: Language) throws {
        guard let text else {
            let target = output.map { "'\($0)'" }
            Console.writeError(
                LocalizedText(
                    fr: "facturaudit : aucune écriture à écrire, FEC \(target.map { "non écrit dans \($0)" } ?? "non écrit") : corrigez les entrées et documents nommés plus haut puis exportez de nouveau",
                    en: "facturaudit: no entry to write, FEC \(target.map { "not written to \($0)" } ?? "not written"): correct the inputs and documents named above, then export again"
                ).text(language) + "\n")
            return
        }
        if let output {
            try OutputWriter.write(text, to: output)
        } else {
            Console.writeOutput(text)
        }
        if let warning = sizeWarning(bytes: text.utf8.count, output: output) {
            Console.writeError(singleLine(warning.text(language)) + "\n")
        }
    }

    /// Says when the export is larger than the files `check`, `import` and `export` read by
    /// default, such as the canonical JSON of a store of more than about 70,000 documents, with the
    /// `--max-file-size` that reads it back.
    static func sizeWarning(bytes: Int, output: String?) -> LocalizedText? {
        let limit = ImportOptions.defaultMaximumFileSize
        guard bytes > limit else { return nil }
        let mebibyte = 1024 * 1024
        let needed = (bytes + mebibyte - 1) / mebibyte * mebibyte
        let name = output.map { "'\($0)'" }
        return LocalizedText(
            fr: "facturaudit : l'export \(name.map { "\($0) " } ?? "")fait \(LocalizedText.frenchInteger(bytes)) octets, plus que "
                + "les \(LocalizedText.frenchInteger(limit)) octets que check, import et export lisent par défaut : pour le relire, "
                + "ajoutez --max-file-size \(needed)",
            en: "facturaudit: the export \(name.map { "\($0) " } ?? "")is \(bytes) bytes, more than the \(limit) bytes that check, "
                + "import and export read by default: to read it back, add --max-file-size \(needed)")
    }

    /// Writes `documents` in `format`; canonical JSON is the `{"formatVersion":1,"documents":[…]}` envelope.
    static func render(_ documents: [Document], format: ExportFormat, language: Language) throws -> String {
        switch format {
        case .fec:
            return FECWriter().write(documents).text
        case .canonicalJSON:
            do {
                return String(decoding: try CanonicalJSON.encode(documents), as: UTF8.self)
            } catch {
                throw ToolFailure(
                    message: LocalizedText(fr: "échec de l'encodage JSON : \(error)", en: "JSON encoding failed: \(error)"))
            }
        case .csv:
            return DocumentCSVExport.documents(documents, language: language)
        case .linesCSV:
            return DocumentCSVExport.lines(documents, language: language)
        }
    }

    /// Every option spelling ``parse(_:)`` accepts, without `--db`; ``storeOptionNames`` has
    /// those of `export --db`.
    static let fileOptionNames = ["--to", "--output", "-o", "--mapping", "--config", "--max-file-size", "--lang", "--quiet", "-q"]
    static let storeOptionNames = ["--db", "--to", "--batch", "--output", "-o", "--config", "--lang"]

    static func parse(_ arguments: [String]) throws(UsageError) -> Options {
        var options = Options()
        var scanner = ArgumentScanner(arguments)
        while let option = try scanner.nextOption(accepting: fileOptionNames, command: "export") {
            switch option.name {
            case "--to": options.target = try scanner.choice(ExportFormat.self, for: option)
            case "--output", "-o": options.output = try scanner.outputPath(for: option)
            case "--mapping": options.mappingFile = try scanner.value(for: option)
            case "--config": options.configFile = try scanner.value(for: option)
            case "--max-file-size": options.maximumFileSize = try scanner.positiveInteger(.bytes, for: option)
            case "--lang": options.language = try scanner.choice(Language.self, for: option)
            case "--quiet", "-q":
                try ArgumentScanner.flag(option)
                options.quiet = true
            default: throw ArgumentScanner.unknownOption(option.name, command: "export")
            }
        }
        options.paths = scanner.operands
        try OutputWriter.check(options.output)
        if options.paths.isEmpty {
            throw UsageError(
                message: LocalizedText(fr: "aucun fichier ni dossier à exporter", en: "no file or folder to export"))
        }
        return options
    }
}
