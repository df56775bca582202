import InvoiceModel
import InvoiceReport

/// The options of `facturaudit aging` and `facturaudit dunning`, after parsing.
struct ReceivablesOptions {
    var paths: [String] = []
    var format: ReceivablesFormat = .text
    var language: Language
    var output: String?
    var mappingFile: String?
    var configFile: String?
    var asOf: CivilDate?
    var maximumFileSize: Int?
    var quiet = false
    /// The store to report on instead of files (`--db`), as of `--batch` when given.
    var database: String?
    var batch: Int?

    /// Every option spelling ``parse(_:command:language:)`` accepts.
    static let optionNames = [
        "--format", "--lang", "--output", "-o", "--mapping", "--config", "--as-of", "--max-file-size", "--quiet", "-q",
        "--db", "--batch",
    ]

    /// Parses the arguments of `command` (`aging` or `dunning`); the value checks are check's.
    static func parse(_ arguments: [String], command: String, language: Language) throws(UsageError) -> ReceivablesOptions {
        var options = ReceivablesOptions(language: language)
        var scanner = ArgumentScanner(arguments)
        while let option = try scanner.nextOption(accepting: optionNames, command: command) {
            switch option.name {
            case "--format": options.format = try scanner.choice(ReceivablesFormat.self, for: option)
            case "--lang": options.language = try scanner.choice(Language.self, for: option)
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
            default: throw ArgumentScanner.unknownOption(option.name, command: command)
            }
        }
        options.paths = scanner.operands
        try OutputWriter.check(options.output)
        if options.batch != nil && options.database == nil {
            throw UsageError(
                message: LocalizedText(fr: "--batch n'a de sens qu'avec --db FICHIER", en: "--batch only applies with --db FILE"))
        }
        if options.database != nil && !options.paths.isEmpty {
            throw UsageError(
                message: LocalizedText(
                    fr: "\(command) --db lit la base : retirez les chemins '\(options.paths.joined(separator: " "))' "
                        + "ou importez-les d'abord avec 'facturaudit import'",
                    en: "\(command) --db reads the store: drop the paths '\(options.paths.joined(separator: " "))' "
                        + "or import them first with 'facturaudit import'"))
        }
        try OutputWriter.rejectStore(options.database, asOutput: options.output)
        if options.paths.isEmpty && options.database == nil {
            throw UsageError(
                message: LocalizedText(
                    fr: "aucun fichier ni dossier à lire : donnez des chemins ou --db FICHIER",
                    en: "no file or folder to read: give paths or --db FILE"))
        }
        return options
    }
}
