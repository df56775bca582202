import InvoiceModel

/// `facturaudit help [COMMAND]`: the general help, or one command's help.
enum HelpCommand {
    /// Every option spelling ``run(_:language:)`` accepts; `facturaudit help help` documents each.
    static let optionNames = ["--lang", "--help", "-h"]

    static func run(_ arguments: [String], language: Language) throws(UsageError) -> ExitStatus {
        var scanner = ArgumentScanner(arguments)
        var helpOfHelp = false
        while let option = try scanner.nextOption(accepting: optionNames, command: "help") {
            switch option.name {
            case "--lang": _ = try scanner.choice(Language.self, for: option)
            case "--help", "-h": helpOfHelp = true
            default: throw ArgumentScanner.unknownOption(option.name, command: "help")
            }
        }
        guard let name = scanner.operands.first else {
            // `facturaudit help --help` describes help itself; `facturaudit help` alone is the general help.
            Console.writeOutput(helpOfHelp ? CommandHelp.help.text(language) : HelpText.full(language))
            return .success
        }
        if scanner.operands.count > 1 {
            throw UsageError(
                message: LocalizedText(
                    fr: "argument inattendu '\(scanner.operands[1])' : help décrit une seule commande",
                    en: "unexpected argument '\(scanner.operands[1])': help describes one command"))
        }
        guard let help = CommandHelp.named(name) else { throw unknownCommand(name) }
        Console.writeOutput(help.text(language))
        return .success
    }

    /// Builds the error for an unknown command name: it lists the commands and names the closest
    /// one when the name looks like a typo.
    static func unknownCommand(_ name: String) -> UsageError {
        let names = CommandHelp.names.joined(separator: ", ")
        guard let guess = Suggestion.closest(to: name, among: CommandHelp.names) else {
            return UsageError(
                message: LocalizedText(
                    fr: "commande inconnue '\(name)' : commandes possibles \(names)",
                    en: "unknown command '\(name)': expected one of \(names)"),
                aboutCommands: true)
        }
        return UsageError(
            message: LocalizedText(
                fr: "commande inconnue '\(name)' (vouliez-vous dire '\(guess)' ?) : commandes possibles \(names)",
                en: "unknown command '\(name)' (did you mean '\(guess)'?): expected one of \(names)"),
            aboutCommands: true)
    }
}
