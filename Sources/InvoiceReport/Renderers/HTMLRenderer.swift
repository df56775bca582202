import InvoiceAudit
import InvoiceModel

/// The journal as one self-contained HTML page for an accountant.
///
/// The page shows a summary, the count of findings per series and rule, charts of findings per
/// month and per rule, and the gaps per series. Then it explains each rule involved once, with its
/// legal reference, and lists every finding as one table row, grouped by series and document, with
/// its location and a link to its rule.
///
/// The page loads nothing: the style sheet and SVG charts are inline, there is no script, and a
/// Content-Security-Policy meta element makes the browser block any load. Printing it (or
/// "print to PDF") gives the audit report on A4 pages. No timestamp is written.
public struct HTMLRenderer: JournalRenderer {
    public let language: Language
    public let toolVersion: String

    public init(language: Language, toolVersion: String) {
        self.language = language
        self.toolVersion = toolVersion
    }

    public func render(_ journal: Journal) -> String {
        let words = JournalWords(language: language)
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="facturaudit \(escapedMarkup(toolVersion))">
            <title>\(escapedMarkup(words.title)) · facturaudit</title>
            <style>
            \(HTMLStyle.css)
            </style>
            </head>
            <body>
            <div class="page">

            """
        let groups = HTMLFindingGroups(journal)
        out += header(journal, words: words)
        out += summary(journal, words: words)
        out += HTMLRuleSeriesTable(groups: groups, words: words).render()
        out += charts(journal, words: words)
        out += gaps(journal, words: words)
        out += importProblems(journal, words: words)
        out += HTMLRuleGlossary(journal: journal, words: words).render()
        out += HTMLFindingList(groups: groups, words: words).render()
        out += "<footer>facturaudit \(escapedMarkup(toolVersion))</footer>\n</div>\n</body>\n</html>\n"
        return out
    }

    private func header(_ journal: Journal, words: JournalWords) -> String {
        let warnings = journal.count(of: .warning)
        let problems = Self.problemsToFix(journal, words: words)
        let verdict: (String, String) =
            !problems.isEmpty
            ? ("error", problems.joined(separator: ", ") + words.pick(" à corriger", " to fix"))
            : warnings > 0
                ? ("warning", words.plural(warnings, words.pick("avertissement à vérifier", "warning to review"), words.pick("avertissements à vérifier", "warnings to review")))
                : ("clean", words.pick("aucune anomalie", "no issue found"))
        let asOf = journal.asOf.map { "\n<p class=\"sub\">\(escapedMarkup(words.asOf($0)))</p>" } ?? ""
        return """
            <header class="page-head">
            <div><h1>\(escapedMarkup(words.title))</h1>
            <p class="sub">\(escapedMarkup(words.summary(journal)))</p>\(asOf)</div>
            <div class="verdict \(verdict.0)">\(escapedMarkup(verdict.1))</div>
            </header>

            """
    }

    /// The error findings, rejected records, missing paths and empty folders, each counted under
    /// its own name so the verdict adds up with the summary cards.
    static func problemsToFix(_ journal: Journal, words: JournalWords) -> [String] {
        let counted: [(Int, String, String)] = [
            (journal.count(of: .error), words.pick("erreur", "error"), words.pick("erreurs", "errors")),
            (journal.documentsRejected, words.pick("rejet", "rejected record"), words.pick("rejets", "rejected records")),
            (journal.pathsNotFound, words.pathNotFound, words.pick("chemins introuvables", "paths not found")),
            (journal.emptyFolders, words.pick("dossier vide", "empty folder"), words.pick("dossiers vides", "empty folders")),
        ]
        return counted.filter { $0.0 > 0 }.map { words.plural($0.0, $0.1, $0.2) }
    }

    private func summary(_ journal: Journal, words: JournalWords) -> String {
        var cards: [(String, Int, String)] = [
            ("", journal.filesRead, words.files), ("", journal.documentsRead, words.pick("documents lus", "documents read")),
            ("", journal.documentsImported, words.imported), (journal.documentsRejected > 0 ? "error" : "", journal.documentsRejected, words.rejectedPlural),
            ("error", journal.count(of: .error), words.errors), ("warning", journal.count(of: .warning), words.warnings),
            ("info", journal.count(of: .info), words.infos),
        ]
        let skipped = journal.documentsSkipped
        if skipped > 0 { cards.insert(("", skipped, words.pick("ignorés", "skipped")), at: 4) }
        if journal.pathsNotFound > 0 {
            cards.insert(("error", journal.pathsNotFound, words.pick("chemins introuvables", "paths not found")), at: 1)
        }
        if journal.emptyFolders > 0 {
            cards.insert(("error", journal.emptyFolders, words.pick("dossiers vides", "empty folders")), at: 1)
        }
        var out = "<section id=\"summary\">\n<h2>\(escapedMarkup(words.pick("Bilan", "Summary")))</h2>\n<div class=\"cards\">\n"
        for (style, value, label) in cards {
            out += "<div class=\"card \(style)\"><span class=\"num\">\(number(value))</span><span class=\"lbl\">\(escapedMarkup(label))</span></div>\n"
        }
        out += "</div>\n<div class=\"grid2 split\">\n<div>\n<h3>\(escapedMarkup(words.filesHeading))</h3>\n<table>\n<thead><tr>"
        out += "<th>\(escapedMarkup(words.pick("fichier", "file")))</th><th>\(escapedMarkup(words.format))</th>"
        out += "<th class=\"n\">\(escapedMarkup(words.read))</th><th class=\"n\">\(escapedMarkup(words.imported))</th>"
        out += "<th class=\"n\">\(escapedMarkup(words.rejectedPlural))</th>"
        if skipped > 0 { out += "<th class=\"n\">\(escapedMarkup(words.pick("ignorés", "skipped")))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for file in journal.files {
            var format = words.formatName(file.format)
            if file.pathNotFound {
                format = words.pathNotFound
            } else if file.emptyFolder {
                format = words.emptyFolder
            }
            out += "<tr><td><code class=\"path\">\(escapedMarkup(file.path))</code></td><td>\(escapedMarkup(format))</td>"
            out += "<td class=\"n\">\(number(file.read))</td><td class=\"n\">\(number(file.imported))</td><td class=\"n\">\(number(file.rejected))</td>"
            out += (skipped > 0 ? "<td class=\"n\">\(number(file.skipped))</td>" : "") + "</tr>\n"
        }
        out += "</tbody>\n</table>\n</div>\n<div>\n<h3>\(escapedMarkup(words.findingsByRule))</h3>\n"
        // One row per rule and severity counted, as in the Markdown journal.
        let byRule = journal.countsByRuleAndSeverity
        if byRule.isEmpty {
            out += "<p class=\"empty\">\(escapedMarkup(words.noFinding))</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>\(escapedMarkup(words.rule))</th><th>\(escapedMarkup(words.severity))</th>"
            out += "<th>\(escapedMarkup(words.pick("titre", "title")))</th><th class=\"n\">\(escapedMarkup(words.count))</th></tr></thead>\n<tbody>\n"
            for rule in byRule {
                out += "<tr><td><a href=\"#\(escapedAttribute(HTMLRuleGlossary.anchor(rule.ruleID)))\"><code class=\"id\">"
                out += "\(escapedMarkup(rule.ruleID))</code></a></td>"
                out += "<td><span class=\"badge \(rule.severity.rawValue)\">\(escapedMarkup(rule.severity.label(language)))</span></td>"
                out += "<td>\(escapedMarkup(words.ruleTitle(rule.ruleID)))</td><td class=\"n\">\(number(rule.count))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</div>\n</div>\n"
        out += seriesTable(journal, words: words)
        return out + "</section>\n"
    }

    /// A count as the report's language writes it: grouped by thousands with a narrow no-break
    /// space in French (`300 000`), plain digits in English.
    private func number(_ value: Int) -> String {
        language == .fr ? LocalizedText.frenchInteger(value) : String(value)
    }

    private func seriesTable(_ journal: Journal, words: JournalWords) -> String {
        var out = "<h3>\(escapedMarkup(words.seriesHeading))</h3>\n"
        guard !journal.series.isEmpty else { return out + "<p class=\"empty\">\(escapedMarkup(words.noSeries))</p>\n" }
        out += "<table>\n<thead><tr><th>\(escapedMarkup(words.seller))</th><th>\(escapedMarkup(words.series))</th>"
        out += "<th>\(escapedMarkup(words.first))</th><th>\(escapedMarkup(words.last))</th>"
        out += "<th class=\"n\">\(escapedMarkup(words.documents))</th><th class=\"n\">\(escapedMarkup(words.missing))</th></tr></thead>\n<tbody>\n"
        for series in journal.series {
            let missing = series.gaps.reduce(0) { $0 + $1.count }
            out += "<tr><td>\(escapedMarkup(words.seller(series)))</td><td><code>\(escapedMarkup(words.seriesName(series)))</code></td>"
            out += "<td><code>\(escapedMarkup(series.firstNumber))</code></td><td><code>\(escapedMarkup(series.lastNumber))</code></td>"
            out += "<td class=\"n\">\(number(series.count))</td><td class=\"n\(missing > 0 ? " gap" : "")\">\(number(missing))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private func charts(_ journal: Journal, words: JournalWords) -> String {
        let (months, undated) = journal.countsByMonth
        var out = "<section id=\"charts\" class=\"grid2\">\n<figure>\n<figcaption>\(escapedMarkup(words.findingsByMonth))</figcaption>\n"
        out += months.isEmpty ? "<p class=\"empty\">\(escapedMarkup(words.noFinding))</p>\n" : HTMLChart.months(months, words: words) + "\n"
        if undated > 0 { out += "<p class=\"note\">\(number(undated)) \(escapedMarkup(words.undated))</p>\n" }
        out += "</figure>\n<figure>\n<figcaption>\(escapedMarkup(words.findingsByRule))</figcaption>\n"
        let byRule = journal.countsByRule
        out += byRule.isEmpty ? "<p class=\"empty\">\(escapedMarkup(words.noFinding))</p>\n" : HTMLChart.rules(byRule, words: words) + "\n"
        return out + "</figure>\n</section>\n"
    }

    private func gaps(_ journal: Journal, words: JournalWords) -> String {
        var out = "<section id=\"gaps\">\n<h2>\(escapedMarkup(words.gapsHeading))</h2>\n"
        let gapped = journal.series.filter { !$0.gaps.isEmpty }
        guard !gapped.isEmpty else { return out + "<p class=\"empty\">\(escapedMarkup(words.noGap))</p>\n</section>\n" }
        for series in gapped {
            out += "<h3>\(escapedMarkup(words.seller(series))) · <code>\(escapedMarkup(words.seriesName(series)))</code></h3>\n<ul class=\"gaps\">\n"
            for gap in series.gaps {
                let count = words.plural(
                    gap.count, words.pick("numéro manquant", "missing number"), words.pick("numéros manquants", "missing numbers"))
                out += "<li><code class=\"gap\">\(escapedMarkup(gap.label.text(words.language)))</code> (\(escapedMarkup(count)))</li>\n"
            }
            out += "</ul>\n"
        }
        return out + "</section>\n"
    }

    private func importProblems(_ journal: Journal, words: JournalWords) -> String {
        let problems = journal.files.flatMap { file in
            file.rejections.map { (Severity.error, words.rejected, $0) } + file.warnings.map { (Severity.warning, words.importNote, $0) }
        }
        guard !problems.isEmpty else { return "" }
        var out = "<section id=\"import\">\n<h2>\(escapedMarkup(words.importHeading))</h2>\n<table>\n<thead><tr>"
        out += "<th>\(escapedMarkup(words.severity))</th><th>\(escapedMarkup(words.location))</th><th>\(escapedMarkup(words.message))</th></tr></thead>\n<tbody>\n"
        for (severity, label, problem) in problems {
            out += "<tr><td><span class=\"badge \(severity.rawValue)\">\(escapedMarkup(label))</span></td>"
            out += "<td><code>\(escapedMarkup(problem.location.fullDescription))</code></td>"
            out += "<td>\(escapedMarkup(problem.reason.text(language)))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }
}
