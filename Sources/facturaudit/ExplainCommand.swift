import InvoiceAudit
import InvoiceModel
import InvoiceReport

/// `facturaudit explain ID`: one rule in detail, with its reference and an example that fires it.
///
/// An unknown id exits 2, like a missing input path: the command line is well formed but names
/// something that does not exist. A missing or extra argument is a usage error (64).
enum ExplainCommand {
    /// Every option spelling ``run(_:language:)`` accepts; `facturaudit help explain` documents each.
    static let optionNames = ["--lang"]

    static func run(_ arguments: [String], language: Language) throws -> ExitStatus {
        var scanner = ArgumentScanner(arguments)
        while let option = try scanner.nextOption(accepting: optionNames, command: "explain") {
            switch option.name {
            case "--lang":
                _ = try scanner.choice(Language.self, for: option)
            default: throw ArgumentScanner.unknownOption(option.name, command: "explain")
            }
        }
        guard let id = scanner.operands.first, !id.trimmingSpaces.isEmpty else {
            throw UsageError(
                message: LocalizedText(
                    fr: "identifiant de règle manquant : par exemple facturaudit explain FR-NUM-03",
                    en: "missing rule id: for example facturaudit explain FR-NUM-03"))
        }
        if scanner.operands.count > 1 {
            throw UsageError(
                message: LocalizedText(
                    fr: "argument inattendu '\(scanner.operands[1])'", en: "unexpected argument '\(scanner.operands[1])'"))
        }
        guard let rule = RuleCatalogue.rule(id: id) else {
            let hint = RuleCatalogue.hint(for: id)
            throw ToolFailure(
                message: LocalizedText(
                    fr: "règle inconnue '\(id)'\(hint.fr) : lancez facturaudit rules pour les lister",
                    en: "unknown rule '\(id)'\(hint.en): run facturaudit rules to list them"))
        }
        Console.writeOutput(text(rule, language: language))
        return .success
    }

    /// Writes the rule's page: id and title, severity, reference, then its explanation.
    /// The runnable example follows, with what it changes in the reference invoice and the findings
    /// it gives when audited. Store rules, checked by import and verify, have no example.
    static func text(_ rule: RuleDescriptor, language: Language) -> String {
        let fr = language == .fr
        let colon = fr ? " : " : ": "
        var out = "\(rule.id) — \(rule.title.text(language))\n\n"
        out += (fr ? "gravité par défaut" : "default severity") + colon + rule.severity.label(language) + "\n"
        out += (fr ? "référence" : "reference") + colon + rule.reference(language) + "\n\n"
        if let explanation = rule.explanation {
            out += explanation.text(language) + "\n"
        } else {
            out += fr
                ? "Pas encore d'explication détaillée : le titre et la référence ci-dessus décrivent le contrôle.\n"
                : "No detailed explanation yet: the title and reference above describe the check.\n"
        }
        if let example = rule.runnableExample {
            out += "\n" + (fr ? "Exemple" : "Example") + colon + example.situation.text(language) + "\n"
            for finding in example.findings(of: rule.id) {
                out += "  " + TextRenderer.line(finding, language: language) + "\n"
            }
        }
        return out
    }
}
