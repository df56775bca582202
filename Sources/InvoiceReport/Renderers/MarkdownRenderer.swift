import InvoiceAudit
import InvoiceModel

/// A short journal for a merge-request comment: a summary table, findings by rule, the series
/// with gaps, and the first ``findingLimit`` findings with a line saying how many more exist.
///
/// The comment stays well under GitHub's limit of 65,536 characters. At most ``gapLimit`` gaps in
/// at most ``seriesLimit`` series and ``findingLimit`` findings are listed, each list followed by
/// how many more exist, and a cell keeps at most ``cellLimit`` characters. Values from the
/// invoices cannot mention people (`@name`), make links or change the layout, because Markdown
/// punctuation is escaped and a zero-width space follows each `@` and breaks `://` and `www.`.
public struct MarkdownRenderer: JournalRenderer {
    public let language: Language
    public let findingLimit: Int
    public let gapLimit: Int
    public let seriesLimit: Int
    public static let cellLimit = 300

    public init(language: Language, findingLimit: Int = 50, gapLimit: Int = 50, seriesLimit: Int = 20) {
        self.language = language
        self.findingLimit = findingLimit
        self.gapLimit = gapLimit
        self.seriesLimit = seriesLimit
    }

    public func render(_ journal: Journal) -> String {
        let words = JournalWords(language: language)
        let fr = language == .fr
        var out = "## facturaudit\(words.colon)\(words.title.lowercased())\n\n"

        let number: (Int) -> String = { fr ? LocalizedText.frenchInteger($0) : String($0) }
        // The skipped column shows only when records were skipped, as in the text journal.
        let skipped = journal.documentsSkipped
        out += "| \(fr ? "fichiers" : "files") | \(fr ? "documents lus" : "documents read") | \(words.imported)"
        out += " | \(words.rejectedPlural)\(skipped > 0 ? (fr ? " | ignorés" : " | skipped") : "")"
        out += " | \(words.errors) | \(words.warnings) | \(words.infos) |\n"
        out += "|---:|---:|---:|---:|\(skipped > 0 ? "---:|" : "")---:|---:|---:|\n"
        var counts = [
            journal.filesRead, journal.documentsRead, journal.documentsImported, journal.documentsRejected,
            journal.count(of: .error), journal.count(of: .warning), journal.count(of: .info),
        ]
        if skipped > 0 { counts.insert(skipped, at: 4) }
        out += "| \(counts.map(number).joined(separator: " | ")) |\n\n"
        if let asOf = journal.asOf {
            out += "\(cell(words.asOf(asOf)))\n\n"
        }
        if let baseline = journal.baseline {
            out += "\(cell(words.baselineCounts(baseline)))\n\n"
        }

        out += "### \(words.findingsByRule)\n\n"
        let byRule = journal.countsByRuleAndSeverity
        if byRule.isEmpty {
            out += "\(words.noFinding)\n\n"
        } else {
            // One row per rule and severity actually counted: a rule's findings can have several
            // severities when the configuration lowers or raises some of them.
            out += "| \(words.rule) | \(words.severity) | \(fr ? "titre" : "title") | \(words.count) |\n"
            out += "|---|---|---|---:|\n"
            for row in byRule {
                out += "| \(cell(row.ruleID)) | \(row.severity.label(language)) | \(cell(words.ruleTitle(row.ruleID)))"
                out += " | \(number(row.count)) |\n"
            }
            out += "\n"
        }

        out += "### \(words.gapsHeading)\n\n"
        let gapped = journal.series.filter { !$0.gaps.isEmpty }
        if gapped.isEmpty { out += "\(words.noGap)\n\n" }
        var budget = gapLimit
        for series in gapped.prefix(seriesLimit) {
            let listed = series.gaps.prefix(budget)
            budget -= listed.count
            var gaps = listed.map { codeSpan($0.label.text(language)) }
            let more = series.gaps.count - listed.count
            if more > 0 { gaps.append(fr ? "… et \(LocalizedText.frenchInteger(more)) autre\(more > 1 ? "s" : "")" : "… and \(more) more") }
            out += "- \(cell(words.seller(series)))\(words.colon)\(codeSpan(words.seriesName(series)))\(words.colon)"
            out += "\(gaps.joined(separator: ", "))\n"
        }
        let moreSeries = gapped.count - min(gapped.count, seriesLimit)
        if moreSeries > 0 {
            out += fr
                ? "- … et \(LocalizedText.frenchInteger(moreSeries)) autre\(moreSeries > 1 ? "s" : "") série\(moreSeries > 1 ? "s" : "") avec des trous\n"
                : "- … and \(moreSeries) more series with gaps\n"
        }
        if !gapped.isEmpty { out += "\n" }

        let rows = problemRows(journal, words: words)
        guard !rows.isEmpty else { return out }
        out += "### \(words.findingsHeading)\n\n"
        out += "| \(words.location) | \(words.severity) | \(words.rule) | \(words.document) | \(words.message) |\n"
        out += "|---|---|---|---|---|\n"
        for row in rows.prefix(findingLimit) {
            // The location is a code span so that it can be pasted; the other cells are text.
            out += "| \(codeSpan(row[0])) | \(row.dropFirst().map(cell).joined(separator: " | ")) |\n"
        }
        let hidden = rows.count - min(rows.count, findingLimit)
        if hidden > 0 {
            out += "\n"
            out += fr
                ? "… et \(LocalizedText.frenchInteger(hidden)) autre\(hidden > 1 ? "s" : "") : voir le journal complet (`--format html` ou `text`).\n"
                : "… and \(hidden) more: see the full journal (`--format html` or `text`).\n"
        }
        return out
    }

    /// Rejections, import remarks and findings in text journal order, as table cells, the
    /// location first.
    private func problemRows(_ journal: Journal, words: JournalWords) -> [[String]] {
        var rows: [[String]] = []
        for file in journal.files {
            for rejection in file.rejections {
                rows.append([
                    rejection.location.fullDescription, Severity.error.label(language), words.rejected, "",
                    rejection.reason.text(language),
                ])
            }
            for warning in file.warnings {
                rows.append([
                    warning.location.fullDescription, Severity.warning.label(language), words.importNote, "",
                    warning.reason.text(language),
                ])
            }
        }
        for finding in journal.findings {
            rows.append([
                finding.location.fullDescription, finding.severity.label(language), finding.ruleID,
                finding.documentNumber ?? "", finding.message.text(language),
            ])
        }
        return rows
    }
}
