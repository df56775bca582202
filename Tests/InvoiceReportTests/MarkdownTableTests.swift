import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// The Markdown journal's tables (and the HTML cards and tables): French counts grouped by
/// thousands, one row per rule and severity actually counted, and code spans that show backticks
/// as they are.
@Suite struct MarkdownTableTests {
    @Test func frenchCountsAreGroupedEnglishAreNot() {
        let journal = ControlCharacterTests.journal()
        let french = MarkdownRenderer(language: .fr).render(journal)
        #expect(french.contains("| 1 | 1\u{202F}234 | 1\u{202F}234 | 0 | 1 | 1 | 0 |\n"))
        let english = MarkdownRenderer(language: .en).render(journal)
        #expect(english.contains("| 1 | 1234 | 1234 | 0 | 1 | 1 | 0 |\n"))
    }

    @Test func htmlGroupsFrenchCountsAndSplitsSeverities() {
        let journal = ControlCharacterTests.journal()
        let french = HTMLRenderer(language: .fr, toolVersion: "0.1.0").render(journal)
        #expect(french.contains("<span class=\"num\">1\u{202F}234</span><span class=\"lbl\">documents lus</span>"))
        #expect(french.contains("<td class=\"n\">1\u{202F}234</td><td class=\"n\">1\u{202F}234</td><td class=\"n\">0</td></tr>"))
        let ruleRow = "<tr><td><a href=\"#rule-FR-NUM-02\"><code class=\"id\">FR-NUM-02</code></a></td><td><span class=\"badge "
        #expect(french.contains(ruleRow + "error\">erreur</span></td>"))
        #expect(french.contains(ruleRow + "warning\">avertissement</span></td>"))
        let english = HTMLRenderer(language: .en, toolVersion: "0.1.0").render(journal)
        #expect(english.contains("<span class=\"num\">1234</span><span class=\"lbl\">documents read</span>"))
    }

    @Test(arguments: [Language.fr, .en])
    func findingsByRuleSplitsSeverities(language: Language) throws {
        let markdown = MarkdownRenderer(language: language).render(ControlCharacterTests.journal())
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| FR-NUM-02 |") }
        let (error, warning) = language == .en ? ("error", "warning") : ("erreur", "avertissement")
        #expect(rows.count == 2)
        let first = try #require(rows.first)
        let last = try #require(rows.last)
        #expect(first.hasPrefix("| FR-NUM-02 | \(error) | "))
        #expect(first.hasSuffix(" | 1 |"))
        #expect(last.hasPrefix("| FR-NUM-02 | \(warning) | "))
        #expect(last.hasSuffix(" | 1 |"))
    }

    @Test func codeSpanFenceIsLongerThanAnyBacktickRun() {
        let rule = RuleDescriptor(
            id: "FR-NUM-02", severity: .error, title: LocalizedText(fr: "doublon", en: "duplicate"), reference: "ref")
        let files = ["plain.csv", "a``b.csv", "`lead.csv", " spaced.csv "]
        let findings = files.map {
            Finding(
                rule: rule, location: SourceLocation(file: $0, line: 2), documentNumber: nil,
                message: LocalizedText(fr: "x", en: "x"))
        }
        let journal = Journal(files: [], findings: findings, series: [])
        let markdown = MarkdownRenderer(language: .en).render(journal)
        #expect(markdown.contains("| `plain.csv:2` | error |"))
        #expect(markdown.contains("| ``` a``b.csv:2 ``` | error |"))
        #expect(markdown.contains("| `` `lead.csv:2 `` | error |"))
        #expect(markdown.contains("| ` spaced.csv :2` | error |"))
    }
}
