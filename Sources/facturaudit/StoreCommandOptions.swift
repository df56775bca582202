import FoundationEssentials
import InvoiceAudit
import InvoiceImport
import InvoiceModel
import InvoiceReport
import InvoiceStore

/// The options shared by the store commands (`import`, `export`, `seal`, `verify`), after parsing.
struct StoreCommandOptions {
    var paths: [String] = []
    var database: String?
    var batch: Int?
    var exportFormat: ExportFormat?
    var format: JournalFormat = .text
    var language: Language
    var failOn: FailLevel = .error
    var output: String?
    var mappingFile: String?
    var configFile: String?
    var maximumFileSize: Int?
    var quiet = false
    /// `seal --accept-changes`: seal documents that changed since the previous seal.
    var acceptChanges = false
    /// `import --source NAME`: the source of every file of the batch, instead of its command-line path.
    var sourceName: String?

    /// Parses `arguments`, accepting only the option spellings in `accepted`, the command's table.
    static func parse(
        _ arguments: [String], command: String, accepted: [String], language: Language
    ) throws(UsageError) -> StoreCommandOptions {
        var options = StoreCommandOptions(language: language)
        var scanner = ArgumentScanner(arguments)
        while let option = try scanner.nextOption(accepting: accepted, command: command) {
            switch option.name {
            case "--db": options.database = try scanner.value(for: option)
            case "--batch": options.batch = try scanner.positiveInteger(.batch, for: option)
            case "--to": options.exportFormat = try scanner.choice(ExportFormat.self, for: option)
            case "--format": options.format = try scanner.choice(JournalFormat.self, for: option)
            case "--lang": options.language = try scanner.choice(Language.self, for: option)
            case "--fail-on": options.failOn = try scanner.choice(FailLevel.self, for: option)
            case "--output", "-o": options.output = try scanner.outputPath(for: option)
            case "--mapping": options.mappingFile = try scanner.value(for: option)
            case "--config": options.configFile = try scanner.value(for: option)
            case "--max-file-size": options.maximumFileSize = try scanner.positiveInteger(.bytes, for: option)
            case "--quiet", "-q":
                try ArgumentScanner.flag(option)
                options.quiet = true
            case "--accept-changes":
                try ArgumentScanner.flag(option)
                options.acceptChanges = true
            case "--source": options.sourceName = try sourceName(scanner.value(for: option))
            default: throw ArgumentScanner.unknownOption(option.name, command: command)
            }
        }
        options.paths = scanner.operands
        try OutputWriter.check(options.output)
        guard options.database != nil else {
            throw UsageError(
                message: LocalizedText(
                    fr: "\(command) attend --db FICHIER, la base SQLite de facturaudit",
                    en: "\(command) requires --db FILE, the facturaudit SQLite store"))
        }
        try OutputWriter.rejectStore(options.database, asOutput: options.output)
        return options
    }

    /// Checks the value of `--source`: a name with a character other than a slash or a space,
    /// because trailing slashes do not count in a source's name (`old/` and `old` are one source).
    private static func sourceName(_ text: String) throws(UsageError) -> String {
        guard text.contains(where: { $0 != "/" && !$0.isWhitespace }), !text.contains(where: \.isNewline) else {
            throw UsageError(
                message: LocalizedText(
                    fr: "valeur '\(text)' invalide pour --source : attendu un nom sur une ligne, comme 'ancien-logiciel'",
                    en: "invalid value '\(text)' for --source: expected a name on one line, such as 'old-tool'"))
        }
        return text
    }

    /// Loads the configuration (`--config`, else `facturaudit.json` in the current folder) and returns
    /// it with the importer settings from it, `--mapping` and `--max-file-size`, as `check` reads them.
    /// `import` and `verify` both read files with them, so a file gives the same documents under each.
    func configuredImport() throws(ToolFailure) -> (configuration: AuditConfiguration, options: ImportOptions) {
        let configuration = try ConfigurationLoader.load(explicit: configFile)
        let options = try CheckCommand.importOptions(
            maximumFileSize: maximumFileSize, mappingFile: mappingFile, configuration: configuration)
        return (configuration, options)
    }

    /// Opens the store named by `--db`: `.create` only for `import`, `.read` for the commands
    /// that only read it.
    func openStore(access: InvoiceStore.Access) throws(ToolFailure) -> InvoiceStore {
        try Self.openStore(path: database ?? "", access: access)
    }

    /// Opens the store at `path` with the busy timeout of `FACTURAUDIT_BUSY_TIMEOUT`, and checks
    /// it for damage before any command reads or writes it.
    static func openStore(path: String, access: InvoiceStore.Access) throws(ToolFailure) -> InvoiceStore {
        let timeout = try busyTimeout(ProcessInfo.processInfo.environment)
        let store: InvoiceStore
        do {
            store = try InvoiceStore(path: path, access: access, busyTimeout: timeout)
        } catch {
            throw ToolFailure(message: error.message)
        }
        do {
            try store.checkIntegrity()
        } catch {
            store.close()
            throw ToolFailure(message: error.message)
        }
        return store
    }

    /// Reads `FACTURAUDIT_BUSY_TIMEOUT` (whole seconds a write waits for another process) and
    /// returns it in milliseconds. The default is one minute.
    static func busyTimeout(_ environment: [String: String]) throws(ToolFailure) -> Int32 {
        guard let text = environment["FACTURAUDIT_BUSY_TIMEOUT"], !text.isEmpty else {
            return InvoiceStore.defaultBusyTimeout
        }
        guard let seconds = Int32(text), (0...86_400).contains(seconds) else {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "valeur '\(text)' invalide pour FACTURAUDIT_BUSY_TIMEOUT : attendu un nombre de secondes "
                        + "entre 0 et 86400",
                    en: "invalid value '\(text)' for FACTURAUDIT_BUSY_TIMEOUT: expected a number of seconds "
                        + "from 0 to 86400"))
        }
        return seconds * 1000
    }
}

/// Runs `body` with an open store, closing it afterwards and turning store errors into exit code 2.
func withStore<Result>(
    _ options: StoreCommandOptions, access: InvoiceStore.Access, _ body: (InvoiceStore) throws -> Result
) throws -> Result {
    let store = try options.openStore(access: access)
    defer { store.close() }
    do {
        return try body(store)
    } catch let error as StoreError {
        throw ToolFailure(message: error.message)
    }
}
