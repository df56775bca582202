import InvoiceAudit
import InvoiceModel
import InvoiceReport

extension RulesCommand {
    /// Writes the details section of the rule reference page: for each rule, the explanation that
    /// `explain` prints, its reference, and its runnable example with the findings it gives.
    static func markdownDetails(_ language: Language) -> String {
        let fr = language == .fr
        let colon = fr ? " : " : ": "
        var out = "\n" + (fr ? "## Détail des règles" : "## Rule details") + "\n"
        for rule in RuleCatalogue.all {
            out += "\n### \(rule.id)\n\n"
            out += "**\(rule.title.text(language))** (\(rule.severity.label(language))). "
            out += (fr ? "Référence" : "Reference") + colon + rule.reference(language) + "\n\n"
            if let explanation = rule.explanation { out += explanation.text(language) + "\n" }
            guard let example = rule.runnableExample else { continue }
            out += "\n" + (fr ? "Exemple" : "Example") + colon + example.situation.text(language) + "\n\n"
            let findings = example.findings(of: rule.id)
            guard !findings.isEmpty else { continue }
            out += "```text\n"
            for finding in findings { out += TextRenderer.line(finding, language: language) + "\n" }
            out += "```\n"
        }
        return out
    }
}
