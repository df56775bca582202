import InvoiceAudit
import InvoiceModel

/// The HTML journal's finding list: every finding, one table per numbering series (then one for
/// documents outside any series), one row per finding.
///
/// A row shows the document (number and issue date, written once for all its findings), the
/// finding's location, its rule and severity, and the message. When all findings of a series
/// point into one file, the heading names the file and the rows give the line alone. The rule's
/// title, reference and explanation are not repeated: the rule id links to its entry in
/// ``HTMLRuleGlossary``, so thousands of findings print as compact rows.
struct HTMLFindingList {
    let groups: HTMLFindingGroups
    let words: JournalWords

    func render() -> String {
        var out = "<section id=\"findings\">\n<h2>\(escapedMarkup(words.findingsHeading))</h2>\n"
        guard !groups.groups.isEmpty else { return out + "<p class=\"empty\">\(escapedMarkup(words.noFinding))</p>\n</section>\n" }
        for group in groups.groups {
            let count = group.blocks.reduce(0) { $0 + $1.findings.count }
            let counted = words.plural(count, words.pick("constat", "finding"), words.pick("constats", "findings"))
            let file = group.commonFile
            out += "<h3 id=\"\(escapedAttribute(group.anchor))\">\(HTMLFindingGroups.heading(group, words: words))"
            out += " <span class=\"meta\">· \(escapedMarkup(counted))"
            if let file { out += " \(escapedMarkup(words.pick("dans", "in"))) <code class=\"path\">\(escapedMarkup(file))</code>" }
            out += "</span></h3>\n"
            out += table(group.blocks, file: file)
        }
        return out + "</section>\n"
    }

    private func table(_ blocks: [HTMLFindingGroups.DocumentBlock], file: String?) -> String {
        let place = file == nil ? words.location : words.pick("ligne", "line")
        var out = "<table class=\"findings\">\n<thead><tr><th class=\"doc\">\(escapedMarkup(words.document))</th>"
        out += "<th class=\"loc\(file == nil ? "" : " line")\">\(escapedMarkup(place))</th><th class=\"rid\">\(escapedMarkup(words.rule))</th>"
        out += "<th>\(escapedMarkup(words.message))</th></tr></thead>\n"
        for block in blocks {
            out += "<tbody>\n"
            for (index, finding) in block.findings.enumerated() {
                out += "<tr>"
                if index == 0 { out += documentCell(block) }
                out += row(finding, file: file)
            }
            out += "</tbody>\n"
        }
        return out + "</table>\n"
    }

    /// Returns the cell with the document's number and issue date, spanning the rows of its findings.
    private func documentCell(_ block: HTMLFindingGroups.DocumentBlock) -> String {
        let span = block.findings.count > 1 ? " rowspan=\"\(block.findings.count)\"" : ""
        let date = block.date.map { " <span class=\"meta\">\(escapedMarkup($0.text(words.language)))</span>" } ?? ""
        return "<td class=\"doc\"\(span)><b>\(escapedMarkup(block.title))</b>\(date)</td>"
    }

    private func row(_ finding: Finding, file: String?) -> String {
        let severity = finding.severity.rawValue
        let location = file == nil ? Self.describe(finding.location) : Self.place(finding.location)
        var out = "<td class=\"loc\"><code>\(escapedMarkup(location))</code></td>"
        out += "<td class=\"rid\"><a class=\"\(severity)\" href=\"#\(escapedAttribute(HTMLRuleGlossary.anchor(finding.ruleID)))\">"
        out += "\(escapedMarkup(finding.ruleID))</a> <span class=\"sev \(severity)\">\(escapedMarkup(finding.severity.label(words.language)))</span></td>"
        return out + "<td>\(escapedMarkup(finding.message.text(words.language)))</td></tr>\n"
    }

    /// `file:line`, followed by the element or column when the source named one.
    static func describe(_ location: SourceLocation) -> String {
        location.fullDescription
    }

    /// Returns the location without its file, for a table whose heading names the file: `12` or
    /// `Factures!9`, then the element when the source named one. The file as a whole gives `–`.
    static func place(_ location: SourceLocation) -> String {
        let full = describe(location)
        let prefix = location.file + ":"
        guard full.hasPrefix(prefix) else {
            return full == location.file ? "–" : String(full.dropFirst(location.file.count).drop { $0 == " " })
        }
        return String(full.dropFirst(prefix.count))
    }
}
