import InvoiceAudit
import InvoiceModel

/// Wording shared by the CSV, HTML, JUnit, SARIF and Markdown renderers.
extension JournalWords {
    var findingColumns: [String] {
        language == .fr
            ? ["fichier", "ligne", "gravité", "règle", "document", "message", "référence", "feuille", "élément"]
            : ["file", "line", "severity", "rule", "document", "message", "reference", "sheet", "element"]
    }

    var lineColumns: [String] {
        language == .fr
            ? ["fichier", "ligne", "document", "date", "vendeur", "acheteur", "id ligne", "désignation", "quantité",
               "unité", "prix net", "montant net", "catégorie TVA", "taux TVA"]
            : ["file", "line", "document", "issue date", "seller", "buyer", "line id", "description", "quantity",
               "unit", "net price", "net amount", "VAT category", "VAT rate"]
    }

    var title: String { pick("Journal de facturation", "Billing journal") }
    var files: String { pick("fichiers", "files") }
    var documents: String { pick("documents", "documents") }
    var read: String { pick("lus", "read") }
    var imported: String { pick("importés", "imported") }
    var rejectedPlural: String { pick("rejetés", "rejected") }
    var errors: String { pick("erreurs", "errors") }
    var warnings: String { pick("avertissements", "warnings") }
    var infos: String { pick("infos", "infos") }
    var rule: String { pick("règle", "rule") }
    var severity: String { pick("gravité", "severity") }
    var count: String { pick("nombre", "count") }
    var reference: String { pick("référence", "reference") }
    var findingsByRule: String { pick("Constats par règle", "Findings by rule") }
    var findingsBySeverity: String { pick("Constats par gravité", "Findings by severity") }
    var findingsByMonth: String { pick("Constats par mois d'émission", "Findings by month of issue") }
    var gapsHeading: String { pick("Trous de numérotation", "Numbering gaps") }
    var noGap: String { pick("aucun trou dans les séries", "no gap in any series") }
    var noFinding: String { pick("aucun constat", "no finding") }
    var findingsHeading: String { pick("Constats", "Findings") }
    var outsideSeries: String { pick("Hors série", "Outside any series") }
    var importHeading: String { pick("Rejets et remarques d'import", "Rejections and import remarks") }
    var first: String { pick("premier", "first") }
    var last: String { pick("dernier", "last") }
    var seller: String { pick("vendeur", "seller") }
    var series: String { pick("série", "series") }
    var missing: String { pick("manquants", "missing") }
    var undated: String { pick("constats sans date d'émission connue", "findings without a known issue date") }
    var month: String { pick("mois", "month") }
    var location: String { pick("emplacement", "location") }
    var document: String { pick("document", "document") }
    var message: String { pick("message", "message") }
    var format: String { pick("format", "format") }

    /// The rule's title, or the id alone for a rule the catalogue does not know.
    func ruleTitle(_ id: String) -> String {
        RuleCatalogue.rule(id: id)?.title.text(language) ?? id
    }

    func ruleReference(_ id: String) -> String {
        RuleCatalogue.rule(id: id)?.reference(language) ?? ""
    }

    /// The series name as the text journal writes it: pattern, then period when there is one.
    func seriesName(_ series: SeriesSummary) -> String {
        let period = series.key.period.description
        return period.isEmpty ? series.pattern : "\(series.pattern) \(period)"
    }
}
