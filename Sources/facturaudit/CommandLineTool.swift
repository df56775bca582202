import FoundationEssentials
import InvoiceModel
import InvoiceReport

/// Entry point: picks the language, dispatches the subcommand and maps errors to exit codes.
enum CommandLineTool {
    static let version = "0.1.0"

    static func run(arguments: [String]) async -> ExitStatus {
        let environment = ProcessInfo.processInfo.environment
        let language = LanguageResolver.resolve(arguments: arguments, environment: environment)
        if let value = LanguageResolver.ignoredVariable(environment) {
            Console.writeError(
                language == .fr
                    ? "facturaudit : FACTURAUDIT_LANG='\(value)' ignoré : attendu fr ou en\n"
                    : "facturaudit: FACTURAUDIT_LANG='\(value)' ignored: expected fr or en\n")
        }
        if let warning = SourceDateEpoch.warning(environment) {
            Console.writeError(prefix(language) + singleLine(warning.text(language)) + "\n")
        }
        // `--lang en` may also come before the command, as in `facturaudit --lang en check …` or
        // `facturaudit --lang=en check …`.
        var arguments = arguments
        while let first = arguments.first {
            if first == "--lang", arguments.count >= 2 {
                arguments.removeFirst(2)
            } else if first.hasPrefix("--lang=") {
                arguments.removeFirst()
            } else {
                break
            }
        }
        guard let command = arguments.first else {
            Console.writeError(HelpText.usage(language))
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        do {
            return try await dispatch(command, rest, language: language)
        } catch let error as UsageError {
            Console.writeError(
                prefix(language) + singleLine(error.message.text(language)) + "\n"
                    + helpHint(error.aboutCommands ? nil : CommandHelp.named(command)?.name, language: language))
            return .usage
        } catch let error as ToolFailure {
            Console.writeError(prefix(language) + singleLine(error.message.text(language)) + "\n")
            return .inputFailure
        } catch {
            Console.writeError(prefix(language) + singleLine("\(error)") + "\n")
            return .inputFailure
        }
    }

    private static func dispatch(_ command: String, _ rest: [String], language: Language) async throws -> ExitStatus {
        switch command {
        case "help", "--help", "-h":
            return try HelpCommand.run(rest, language: language)
        case "--version", "version":
            Console.writeOutput("facturaudit \(version)\n")
            return .success
        default:
            break
        }
        guard let help = CommandHelp.named(command) else { throw HelpCommand.unknownCommand(command) }
        // `facturaudit check --help` prints check's help, whatever other arguments come before `--`.
        if rest.prefix(while: { $0 != "--" }).contains(where: { $0 == "--help" || $0 == "-h" }) {
            Console.writeOutput(help.text(language))
            return .success
        }
        switch command {
        case "check": return try await CheckCommand.run(rest, language: language)
        case "extract": return try ExtractCommand.run(rest, language: language)
        case "import": return try await ImportCommand.run(rest, language: language)
        case "export": return try await ExportCommand.run(rest, language: language)
        case "seal": return try SealCommand.run(rest, language: language)
        case "verify": return try await VerifyCommand.run(rest, language: language)
        case "rules": return try RulesCommand.run(rest, language: language)
        case "explain": return try ExplainCommand.run(rest, language: language)
        case "aging": return try await AgingCommand.run(rest, language: language)
        case "dunning": return try await DunningCommand.run(rest, language: language)
        default: throw HelpCommand.unknownCommand(command)
        }
    }

    /// Returns the start of every diagnostic line, `facturaudit: `, with a space before the colon in French.
    static func prefix(_ language: Language) -> String {
        language == .fr ? "facturaudit : " : "facturaudit: "
    }

    /// Returns the line after a usage error that names the help to read: `command`'s, or the list of commands.
    static func helpHint(_ command: String?, language: Language) -> String {
        switch (command, language) {
        case (let command?, .fr): "Lancez 'facturaudit help \(command)' pour les options.\n"
        case (let command?, .en): "Run 'facturaudit help \(command)' for the options.\n"
        case (nil, .fr): "Lancez 'facturaudit help' pour la liste des commandes.\n"
        case (nil, .en): "Run 'facturaudit help' for the list of commands.\n"
        }
    }
}

/// Chooses the interface language: `--lang`, then `FACTURAUDIT_LANG`, then the locale, then French.
enum LanguageResolver {
    static func resolve(arguments: [String], environment: [String: String]) -> Language {
        // A repeated option keeps its last value, as every other option does.
        var chosen: Language?
        for (index, argument) in arguments.enumerated() {
            // `--lang EN` is accepted as the option parsers accept it, without regard to case.
            if argument.hasPrefix("--lang=") {
                if let language = Language(rawValue: argument.dropFirst("--lang=".count).lowercased()) { chosen = language }
            } else if argument == "--lang", index + 1 < arguments.count,
                let language = Language(rawValue: arguments[index + 1].lowercased())
            {
                chosen = language
            }
        }
        if let chosen { return chosen }
        if let value = environment["FACTURAUDIT_LANG"], let language = language(named: value) { return language }
        // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG. "C" and "POSIX" name no language.
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            if let language = language(named: value) { return language }
            let lowered = value.lowercased()
            if lowered == "c" || lowered.hasPrefix("c.") || lowered == "posix" { continue }
            return .fr
        }
        return .fr
    }

    /// Returns the language a `FACTURAUDIT_LANG` or locale value starts with, such as `en_GB`.
    static func language(named value: String) -> Language? {
        let lowered = value.lowercased()
        if lowered.hasPrefix("en") { return .en }
        if lowered.hasPrefix("fr") { return .fr }
        return nil
    }

    /// Returns `FACTURAUDIT_LANG` when it is set but names neither language, so it can be reported.
    static func ignoredVariable(_ environment: [String: String]) -> String? {
        guard let value = environment["FACTURAUDIT_LANG"], !value.isEmpty, language(named: value) == nil else { return nil }
        return value
    }
}
