import FoundationEssentials
import InvoiceAudit
import InvoiceModel

/// `facturaudit rules`: the rule catalogue, one rule per line or as JSON.
enum RulesCommand {
    static func run(_ arguments: [String], language: Language) throws(UsageError) -> ExitStatus {
        var scanner = ArgumentScanner(arguments)
        var asJSON = false
        while let option = scanner.nextOption() {
            switch option.name {
            case "--format":
                let format = try scanner.value(for: option)
                guard format == "text" || format == "json" else {
                    throw UsageError(
                        message: LocalizedText(
                            fr: "valeur '\(format)' invalide pour --format : valeurs possibles text, json",
                            en: "invalid value '\(format)' for --format: expected one of text, json"))
                }
                asJSON = format == "json"
            case "--lang":
                _ = try scanner.value(for: option)
            default:
                throw UsageError(
                    message: LocalizedText(fr: "option inconnue '\(option.name)'", en: "unknown option '\(option.name)'"))
            }
        }
        if let operand = scanner.operands.first {
            throw UsageError(
                message: LocalizedText(fr: "argument inattendu '\(operand)'", en: "unexpected argument '\(operand)'"))
        }
        Console.writeOutput(asJSON ? json(language) : text(language))
        return .success
    }

    static func text(_ language: Language) -> String {
        RuleCatalogue.all.map { rule in
            "\(rule.id)\t\(rule.severity.label(language))\t\(rule.title.text(language))\t\(rule.reference)\n"
        }.joined()
    }

    static func json(_ language: Language) -> String {
        struct Entry: Encodable {
            let id: String
            let severity: String
            let title: String
            let reference: String
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let entries = RuleCatalogue.all.map {
            Entry(id: $0.id, severity: $0.severity.rawValue, title: $0.title.text(language), reference: $0.reference)
        }
        let data = (try? encoder.encode(entries)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
