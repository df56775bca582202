import Foundation
import InvoiceModel
import Testing

@testable import facturaudit

@Suite struct CommandHelpTests {
    /// Each command's option table as its parser reads it, so a new option fails the tests below
    /// until `facturaudit help COMMAND` documents it.
    static let parserOptions: [String: [String]] = [
        "check": CheckCommand.optionNames,
        "import": ImportCommand.optionNames,
        "export": ExportCommand.fileOptionNames + ExportCommand.storeOptionNames,
        "seal": SealCommand.optionNames,
        "verify": VerifyCommand.optionNames,
        "extract": ExtractCommand.optionNames,
        "rules": RulesCommand.optionNames,
        "explain": ExplainCommand.optionNames,
        "help": HelpCommand.optionNames,
        "aging": ReceivablesOptions.optionNames,
        "dunning": ReceivablesOptions.optionNames,
    ]

    static let commands = ["check", "import", "export", "seal", "verify", "extract", "aging", "dunning", "rules", "explain", "help"]

    /// Collects the option spellings in the label column of a help page's options section.
    static func documentedOptions(_ page: String) -> Set<String> {
        let lines = page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(where: { $0 == "Options:" || $0 == "Options :" }) else { return [] }
        var names: Set<String> = []
        for line in lines[(start + 1)...] {
            if line.isEmpty { break }
            guard line.hasPrefix("  -") else { continue }
            let label = line.dropFirst(2).components(separatedBy: "  ")[0]
            for spelling in label.components(separatedBy: ", ") {
                names.insert(String(spelling.split(separator: " ")[0]))
            }
        }
        return names
    }

    @Test(arguments: ["fr", "en"])
    func helpCheckMatchesGolden(language: String) throws {
        let result = try ToolRunner.run(["help", "check", "--lang", language])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = try Golden.contents("help-check.\(language).txt", actual: result.stdout)
        #expect(golden != nil, "golden file missing: record it with FACTURAUDIT_RECORD=1")
        #expect(result.stdout == golden)
    }

    @Test(arguments: ["fr", "en"])
    func generalHelpMatchesGolden(language: String) throws {
        let result = try ToolRunner.run(["--help", "--lang", language])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let golden = try Golden.contents("help.\(language).txt", actual: result.stdout)
        #expect(golden != nil, "golden file missing: record it with FACTURAUDIT_RECORD=1")
        #expect(result.stdout == golden)
    }

    @Test func generalHelpNamesEveryFormat() throws {
        let french = try ToolRunner.run(["--help"])
        #expect(french.stdout.contains("JSON canonique, Stripe ou json-records"))
        #expect(french.stdout.contains("Lancez 'facturaudit help COMMANDE' pour les options"))
        let english = try ToolRunner.run(["--help", "--lang", "en"])
        #expect(english.stdout.contains("canonical, Stripe or json-records JSON"))
        #expect(english.stdout.contains("Run 'facturaudit help COMMAND' for the options"))
    }

    @Test(arguments: commands)
    func helpFlagsPrintCommandHelp(command: String) throws {
        for language in ["fr", "en"] {
            let reference = try ToolRunner.run(["help", command, "--lang", language])
            #expect(reference.status == 0)
            #expect(reference.stdout.hasPrefix("facturaudit \(command)"))
            var variants = [
                [command, "--help", "--lang", language], [command, "-h", "--lang", language],
                ["--lang", language, command, "--help"], ["--lang=\(language)", command, "--help"],
            ]
            // The other options and operands do not matter, except for help, whose operand is a command.
            if command != "help" { variants.append([command, "--lang", language, "-h", "--colour", "extra-operand"]) }
            for arguments in variants {
                let result = try ToolRunner.run(arguments)
                #expect(result.status == 0, "\(arguments)")
                #expect(result.stderr.isEmpty, "\(arguments)")
                #expect(result.stdout == reference.stdout, "\(arguments)")
            }
        }
    }

    @Test func environmentChoosesHelpLanguage() throws {
        let english = try ToolRunner.run(["check", "--help"], environment: ["FACTURAUDIT_LANG": "en"])
        #expect(english.stdout.hasPrefix("facturaudit check: audit files or folders"))
        let french = try ToolRunner.run(["check", "--help"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.stdout.hasPrefix("facturaudit check : audite des fichiers ou dossiers"))
    }

    @Test(arguments: commands)
    func helpDocumentsEveryParsedOption(command: String) throws {
        let accepted = try #require(Self.parserOptions[command])
        let help = try #require(CommandHelp.named(command))
        for language in [Language.fr, .en] {
            let documented = Self.documentedOptions(help.text(language))
            for option in accepted {
                #expect(documented.contains(option), "help \(command) (\(language)) does not document \(option)")
            }
            // Every command takes --help and -h before its parser runs; nothing else may be documented.
            for option in documented.subtracting(["--help", "-h"]) {
                #expect(accepted.contains(option), "help \(command) (\(language)) documents \(option), which the parser rejects")
            }
            #expect(documented.contains("--help"))
        }
    }

    @Test func everyCommandHasParserTable() {
        #expect(CommandHelp.names.sorted() == Self.parserOptions.keys.sorted())
    }

    @Test(arguments: commands)
    func helpExistsInBothLanguages(command: String) throws {
        let help = try #require(CommandHelp.named(command))
        let french = help.text(.fr)
        let english = help.text(.en)
        #expect(french != english)
        #expect(french.contains("\nUsage : facturaudit \(command)"))
        #expect(english.contains("\nUsage: facturaudit \(command)"))
        #expect(french.contains("\nExemples :\n  facturaudit \(command)"))
        #expect(english.contains("\nExamples:\n  facturaudit \(command)"))
    }

    @Test func unknownHelpTopicIsUsageError() throws {
        let english = try ToolRunner.run(["help", "nope", "--lang", "en"])
        #expect(english.status == 64)
        #expect(english.stdout.isEmpty)
        #expect(
            english.stderr
                == "facturaudit: unknown command 'nope': expected one of check, import, export, seal, verify, extract, aging, dunning, rules, explain, help\n"
                + "Run 'facturaudit help' for the list of commands.\n")
        let french = try ToolRunner.run(["help", "nope"])
        #expect(french.status == 64)
        #expect(
            french.stderr
                == "facturaudit : commande inconnue 'nope' : commandes possibles check, import, export, seal, verify, extract, aging, dunning, rules, explain, help\n"
                + "Lancez 'facturaudit help' pour la liste des commandes.\n")
    }

    @Test func mistypedCommandIsSuggested() throws {
        let help = try ToolRunner.run(["help", "chek", "--lang", "en"])
        #expect(help.status == 64)
        #expect(help.stderr.hasPrefix("facturaudit: unknown command 'chek' (did you mean 'check'?): expected one of check, import,"))
        let command = try ToolRunner.run(["verfy", "--db", "x.sqlite"])
        #expect(command.status == 64)
        #expect(command.stderr.hasPrefix("facturaudit : commande inconnue 'verfy' (vouliez-vous dire 'verify' ?) : commandes possibles check,"))
        let flag = try ToolRunner.run(["chek", "--help", "--lang", "en"])
        #expect(flag.status == 64)
        #expect(flag.stdout.isEmpty)
    }

    @Test func mistypedOptionIsSuggested() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--fial-on", "error", "--lang", "en"])
        #expect(result.status == 64)
        #expect(
            result.stderr
                == "facturaudit: unknown option '--fial-on' for check: did you mean '--fail-on'?\n"
                + "Run 'facturaudit help check' for the options.\n")
    }

    @Test func usageErrorPrintsOneMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.csv").path
        try FileManager.default.copyItem(atPath: "fixtures/demo/export-2024-2025.csv", toPath: input)
        let english = try ToolRunner.run(["check", input, "--output", input, "--lang", "en"])
        #expect(english.status == 64)
        #expect(
            english.stderr
                == "facturaudit: --output '\(input)' is also an audited input: choose another file for the journal\n"
                + "Run 'facturaudit help check' for the options.\n")
        let french = try ToolRunner.run(["check", input, "--output", input])
        #expect(
            french.stderr
                == "facturaudit : --output '\(input)' est aussi un fichier audité : choisissez un autre fichier pour le journal\n"
                + "Lancez 'facturaudit help check' pour les options.\n")
    }

    @Test func storeUsageErrorNamesItsCommand() throws {
        let result = try ToolRunner.run(["seal", "--to", "csv", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr == "facturaudit: unknown option '--to' for seal\nRun 'facturaudit help seal' for the options.\n")
    }

    @Test func suggestionNeedsCloseUniqueMatch() {
        #expect(Suggestion.distance("chek", "check") == 1)
        #expect(Suggestion.distance("", "seal") == 4)
        #expect(Suggestion.closest(to: "chek", among: CommandHelp.names) == "check")
        #expect(Suggestion.closest(to: "exprot", among: CommandHelp.names) == "export")
        #expect(Suggestion.closest(to: "nope", among: CommandHelp.names) == nil)
        // "weal" is one edit from both: no guess.
        #expect(Suggestion.closest(to: "weal", among: ["seal", "heal"]) == nil)
    }
}
