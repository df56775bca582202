import InvoiceAudit
import InvoiceModel

/// The HTML journal's section before the finding list: each rule that fired, once, with its
/// severity, legal reference and plain explanation. Findings link to their rule here, so a report
/// with a thousand gaps explains the gap rule once.
struct HTMLRuleGlossary {
    let journal: Journal
    let words: JournalWords

    /// Returns the anchor of a rule's entry, such as `rule-FR-NUM-03`.
    static func anchor(_ id: String) -> String { "rule-\(id)" }

    func render() -> String {
        let ids = Set(journal.findings.map(\.ruleID)).sorted()
        guard !ids.isEmpty else { return "" }
        let language = words.language
        var out = "<section id=\"rules\">\n<h2>\(escapedMarkup(words.pick("Règles en cause", "Rules involved")))</h2>\n"
        for id in ids {
            out += "<div class=\"rule\" id=\"\(escapedAttribute(Self.anchor(id)))\">\n"
            out += "<h3><code>\(escapedMarkup(id))</code> \(escapedMarkup(words.ruleTitle(id)))</h3>\n"
            guard let rule = RuleCatalogue.rule(id: id) else {
                out += "</div>\n"
                continue
            }
            let colon = language == .fr ? " : " : ": "
            let meta =
                words.pick("gravité par défaut", "default severity") + colon + rule.severity.label(language) + " · "
                + words.reference + colon + rule.reference(language)
            out += "<p class=\"meta\">\(escapedMarkup(meta))</p>\n"
            if let explanation = rule.explanation {
                out += "<p>\(escapedMarkup(explanation.text(language)))</p>\n"
            }
            out += "</div>\n"
        }
        return out + "</section>\n"
    }
}
