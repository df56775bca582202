import InvoiceAudit
import InvoiceModel

/// The count of findings per numbering series and rule, near the top of the HTML journal. A long
/// report thus shows where its findings are before listing them one by one.
///
/// One row per group of the finding list (each series with findings, then the documents outside
/// any series), linked to that group; one column per rule, linked to its explanation. More rules
/// than fit across an A4 page are split over several tables. The table is left out when all
/// findings are in one group: the "findings by rule" table already says the same.
struct HTMLRuleSeriesTable {
    let groups: HTMLFindingGroups
    let words: JournalWords
    /// The rule columns of one table: sixteen narrow columns fit beside the series names on A4.
    static let rulesPerTable = 16

    func render() -> String {
        guard groups.groups.count > 1 else { return "" }
        let counts = groups.groups.map { group in
            group.blocks.reduce(into: [String: Int]()) { counts, block in
                for finding in block.findings { counts[finding.ruleID, default: 0] += 1 }
            }
        }
        let rules = Set(counts.flatMap(\.keys)).sorted()
        var out = "<section id=\"matrix\">\n<h2>\(escapedMarkup(words.pick("Constats par série et par règle", "Findings by series and rule")))</h2>\n"
        for start in stride(from: 0, to: rules.count, by: Self.rulesPerTable) {
            let columns = Array(rules[start..<min(rules.count, start + Self.rulesPerTable)])
            out += table(columns, counts: counts, withTotal: start + Self.rulesPerTable >= rules.count)
        }
        return out + "</section>\n"
    }

    private func table(_ rules: [String], counts: [[String: Int]], withTotal: Bool) -> String {
        var out = "<table class=\"matrix\">\n<thead><tr><th>\(escapedMarkup(words.series))</th>"
        for rule in rules {
            out += "<th class=\"v\"><a href=\"#\(escapedAttribute(HTMLRuleGlossary.anchor(rule)))\"><span>\(escapedMarkup(rule))</span></a></th>"
        }
        out += withTotal ? "<th class=\"n\">\(escapedMarkup(words.pick("total", "total")))</th>" : ""
        out += "</tr></thead>\n<tbody>\n"
        for (group, groupCounts) in zip(groups.groups, counts) {
            out += "<tr><td><a href=\"#\(escapedAttribute(group.anchor))\">\(HTMLFindingGroups.heading(group, words: words))</a></td>"
            out += rules.map { cell(groupCounts[$0] ?? 0) }.joined()
            out += withTotal ? "<td class=\"n\"><b>\(number(groupCounts.values.reduce(0, +)))</b></td>" : ""
            out += "</tr>\n"
        }
        out += "</tbody>\n<tfoot><tr><th>\(escapedMarkup(words.pick("total", "total")))</th>"
        for rule in rules {
            out += "<th class=\"n\">\(number(counts.reduce(0) { $0 + ($1[rule] ?? 0) }))</th>"
        }
        out += withTotal ? "<th class=\"n\">\(number(counts.reduce(0) { $0 + $1.values.reduce(0, +) }))</th>" : ""
        return out + "</tr></tfoot>\n</table>\n"
    }

    /// Returns the cell of a count, empty for none so that the filled cells stand out.
    private func cell(_ count: Int) -> String {
        count == 0 ? "<td class=\"n zero\"></td>" : "<td class=\"n\">\(number(count))</td>"
    }

    private func number(_ value: Int) -> String {
        words.language == .fr ? LocalizedText.frenchInteger(value) : String(value)
    }
}
