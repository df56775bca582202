import InvoiceModel
import InvoiceReport
import Testing

/// Records skipped on purpose show in each file's counts, so that read = imported + rejected +
/// skipped, and only when there are some, so journals without any keep their shape.
@Suite struct SkippedCountRenderingTests {
    static func journal(skipped: Int) -> Journal {
        let warning = Rejection(location: SourceLocation(file: "ventes.csv", line: 6), reason: LocalizedText(fr: "total", en: "total"))
        let file = FileReport(path: "ventes.csv", format: .csv, imported: 5, rejections: [], warnings: [warning], skipped: skipped)
        return Journal(files: [file], findings: [], series: [])
    }

    @Test func textShowsSkippedRecords() {
        let journal = Self.journal(skipped: 3)
        #expect(journal.files[0].read == 8)
        let english = TextRenderer(language: .en).render(journal)
        #expect(english.contains("  ventes.csv (csv): 8 read, 5 imported, 0 rejected, 3 skipped\n"))
        #expect(english.contains("8 documents read, 5 imported, 0 rejected, 3 skipped; "))
        let french = TextRenderer(language: .fr).render(journal)
        #expect(french.contains("  ventes.csv (csv) : 8 lus, 5 importés, 0 rejeté, 3 ignorés\n"))
    }

    @Test func textWithoutSkippedRecordsKeepsItsShape() {
        let english = TextRenderer(language: .en).render(Self.journal(skipped: 0))
        #expect(english.contains("  ventes.csv (csv): 5 read, 5 imported, 0 rejected\n"))
        #expect(!english.contains("skipped"))
        #expect(!JSONRenderer(language: .en, toolVersion: "0").render(Self.journal(skipped: 0)).contains("skipped"))
        #expect(!MarkdownRenderer(language: .en).render(Self.journal(skipped: 0)).contains("skipped"))
        #expect(!HTMLRenderer(language: .en, toolVersion: "0").render(Self.journal(skipped: 0)).contains("skipped"))
    }

    @Test func jsonMarkdownAndHTMLShowSkippedRecords() {
        let journal = Self.journal(skipped: 3)
        let json = JSONRenderer(language: .en, toolVersion: "0").render(journal)
        #expect(json.contains(#""skipped":3"#) || json.contains(#""skipped" : 3"#))
        let markdown = MarkdownRenderer(language: .en).render(journal)
        #expect(markdown.contains("| files | documents read | imported | rejected | skipped | errors | warnings | infos |\n"))
        #expect(markdown.contains("| 1 | 8 | 5 | 0 | 3 | 0 | 1 | 0 |\n"))
        let html = HTMLRenderer(language: .en, toolVersion: "0").render(journal)
        #expect(html.contains("<th class=\"n\">skipped</th>"))
        #expect(html.contains("<td class=\"n\">3</td></tr>"))
    }
}
