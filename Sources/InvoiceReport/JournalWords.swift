import InvoiceAudit
import InvoiceModel

/// The journal's fixed wording in one language.
struct JournalWords {
    let language: Language

    func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    /// French typography puts a space before a colon; English does not.
    var colon: String { pick(" : ", ": ") }
    var rejected: String { pick("rejet", "rejected") }
    var importNote: String { pick("import", "import") }
    var seriesHeading: String { pick("Séries de numérotation", "Numbering series") }
    var noSeries: String { pick("aucune série", "no series") }
    var filesHeading: String { pick("Fichiers", "Files") }

    /// Returns the format's identifier (`ubl`, `csv`…), or the word for an undetected format.
    func formatName(_ format: InputFormat) -> String {
        format == .unknown ? pick("inconnu", "unknown") : format.rawValue
    }

    func seller(_ series: SeriesSummary) -> String {
        let identity = identity(series.key.seller)
        guard let name = series.sellerName else { return identity }
        return series.key.seller.value.hasPrefix("NAME:") ? name : "\(name) (\(identity))"
    }

    /// `SIREN 123456789`, `TVA FR…`, or the normalised name, for a party key.
    func identity(_ key: PartyKey) -> String {
        if let selfBilling = key.selfBilling {
            let seller = identity(selfBilling.seller)
            let buyer = identity(selfBilling.buyer)
            return pick("\(seller), autofacturation par \(buyer)", "\(seller), self-billed by \(buyer)")
        }
        let value = key.value
        if key.isUnidentified { return pick("vendeur non identifié", "unidentified seller") }
        guard let colon = value.firstIndex(of: ":") else { return value }
        let kind = value[..<colon]
        let rest = value[value.index(after: colon)...]
        switch kind {
        case "NAME": return String(rest)
        case "VAT": return language == .fr ? "TVA \(rest)" : "VAT \(rest)"
        default: return "\(kind) \(rest)"
        }
    }

    func seriesLine(_ series: SeriesSummary) -> String {
        let period = series.key.period.description
        // A pattern or number with look-alike dashes or invisible characters shows them escaped,
        // so that it cannot pass for another series.
        let pattern = LookAlikeNumbers.visible(series.pattern)
        let name = period.isEmpty ? pattern : "\(pattern) \(period)"
        let documents = plural(series.count, pick("document", "document"), pick("documents", "documents"))
        let gaps =
            series.gaps.isEmpty
            ? pick("aucun trou", "no gap")
            : (series.gaps.count == 1 ? pick("trou", "gap") : pick("trous", "gaps")) + colon
                + series.gaps.map { $0.label.text(language) }.joined(separator: ", ")
        let first = LookAlikeNumbers.visible(series.firstNumber)
        let last = LookAlikeNumbers.visible(series.lastNumber)
        return "\(name)\(colon)\(pick("premier", "first")) \(first), \(pick("dernier", "last")) \(last), \(documents), \(gaps)"
    }

    /// Lists the columns a CSV file was read from, as `field 'Header'` pairs in file order.
    func columns(_ columns: [RecognisedColumn]) -> String {
        let list = columns.map { "\($0.field) '\($0.header)'" }.joined(separator: ", ")
        return pick("colonnes lues : \(list)", "columns read: \(list)")
    }

    /// The file line's text for a command-line path that does not exist.
    var pathNotFound: String { pick("chemin introuvable", "path not found") }
    var emptyFolder: String { pick("dossier sans fichier de factures", "folder with no invoice file") }

    /// `8 read, 5 imported, 1 rejected`, followed by `, 2 skipped` when records were skipped.
    func counts(read: Int, imported: Int, rejected: Int, skipped: Int = 0) -> String {
        let skippedFR = skipped > 0 ? ", \(fr(skipped)) ignoré\(skipped > 1 ? "s" : "")" : ""
        let skippedEN = skipped > 0 ? ", \(skipped) skipped" : ""
        return pick(
            "\(fr(read)) lu\(read > 1 ? "s" : ""), \(fr(imported)) importé\(imported > 1 ? "s" : ""), \(fr(rejected)) rejeté\(rejected > 1 ? "s" : "")\(skippedFR)",
            "\(read) read, \(imported) imported, \(rejected) rejected\(skippedEN)")
    }

    func summary(_ journal: Journal) -> String {
        var files = plural(journal.filesRead, pick("fichier", "file"), pick("fichiers", "files"))
        let missing = journal.pathsNotFound
        if missing > 0 {
            files += ", " + plural(
                missing, pick("chemin introuvable", "path not found"), pick("chemins introuvables", "paths not found"))
        }
        let empty = journal.emptyFolders
        if empty > 0 {
            files += ", " + plural(empty, pick("dossier vide", "empty folder"), pick("dossiers vides", "empty folders"))
        }
        let read = journal.documentsRead
        let documents = pick(
            "\(fr(read)) document\(read > 1 ? "s" : "") lu\(read > 1 ? "s" : ""), \(fr(journal.documentsImported)) importé\(journal.documentsImported > 1 ? "s" : ""), \(fr(journal.documentsRejected)) rejeté\(journal.documentsRejected > 1 ? "s" : "")",
            "\(read) document\(read == 1 ? "" : "s") read, \(journal.documentsImported) imported, \(journal.documentsRejected) rejected")
            + (journal.documentsSkipped > 0
                ? pick(", \(fr(journal.documentsSkipped)) ignoré\(journal.documentsSkipped > 1 ? "s" : "")", ", \(journal.documentsSkipped) skipped") : "")
        let errors = plural(journal.count(of: .error), pick("erreur", "error"), pick("erreurs", "errors"))
        let warnings = plural(
            journal.count(of: .warning), pick("avertissement", "warning"), pick("avertissements", "warnings"))
        let infos = plural(journal.count(of: .info), "info", "infos")
        let semicolon = pick(" ; ", "; ")
        let counts = journal.files.isEmpty && journal.series.isEmpty ? "" : files + semicolon + documents + semicolon
        let summary = pick("Bilan", "Summary") + colon + counts + "\(errors), \(warnings), \(infos)"
        guard let baseline = journal.baseline else { return summary }
        return summary + semicolon + baselineCounts(baseline)
    }

    /// Writes the as-of date with where it came from, as one line of the journal, the date as the
    /// journal's language writes it (`20/11/2026` in French).
    func asOf(_ asOf: AsOfDate) -> String {
        let origin =
            switch asOf.source {
            case .option: pick("donnée par --as-of", "given with --as-of")
            case .configuration: pick("donnée par asOf dans la configuration", "given by asOf in the configuration")
            case .data:
                pick(
                    "déduite : dernière date d'émission ou de paiement des données, sans dépasser aujourd'hui ; fixez-la avec --as-of",
                    "derived: latest issue or payment date in the data, not after today; set it with --as-of")
            }
        return pick("Date d'appréciation", "As-of date") + colon + asOf.date.text(language) + " (" + origin + ")"
    }

    /// Writes the known and fixed counts of a baseline comparison as one clause.
    func baselineCounts(_ baseline: BaselineComparison) -> String {
        let known = baseline.known
        let fixed = baseline.fixed
        return pick(
            "\(fr(known)) constat\(known > 1 ? "s" : "") déjà dans la référence \(baseline.path) non affiché\(known > 1 ? "s" : ""), \(fr(fixed)) corrigé\(fixed > 1 ? "s" : "") depuis",
            "\(known) finding\(known == 1 ? "" : "s") already in the baseline \(baseline.path) not shown, \(fixed) fixed since")
    }

    /// Writes `value` grouped by thousands for French text.
    private func fr(_ value: Int) -> String { LocalizedText.frenchInteger(value) }

    /// Returns `count`, grouped by three in French, with the noun form it takes in the journal language.
    func plural(_ count: Int, _ singular: String, _ pluralForm: String) -> String {
        language == .fr
            ? LocalizedText.countFR(count, singular, pluralForm) : LocalizedText.countEN(count, singular, pluralForm)
    }
}
