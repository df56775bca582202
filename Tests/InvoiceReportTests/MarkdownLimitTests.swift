import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// The Markdown journal as a merge-request comment: bounded in size whatever the number of gaps,
/// and unable to mention people or make links from invoice values.
@Suite struct MarkdownLimitTests {
    static let seller = Party(name: "Atelier @team", siren: "732829320")

    /// Invoices F-1, F-3, …, F-39999 of one seller: 19,999 gaps of one number each.
    static func gappedJournal() -> Journal {
        let documents = stride(from: 1, through: 39_999, by: 2).map { counter in
            Document(
                number: "F-\(counter)", issueDate: CivilDate(year: 2025, month: 1, day: 2), seller: seller,
                source: SourceLocation(file: "gaps.csv", line: counter / 2 + 2))
        }
        let (findings, series) = Auditor().ledgerFindings(Ledger(entries: documents.map(LedgerEntry.init)))
        return Journal(files: [FileReport(path: "gaps.csv", format: .csv, imported: documents.count, rejections: [], warnings: [])],
                       findings: findings, series: series)
    }

    @Test func twentyThousandGapsStayUnderGitHubLimit() throws {
        let journal = Self.gappedJournal()
        let gaps = try #require(journal.series.first?.gaps)
        #expect(gaps.count == 19_999)
        for language in [Language.en, .fr] {
            let markdown = MarkdownRenderer(language: language).render(journal)
            #expect(markdown.utf8.count < 20_000)
            #expect(markdown.utf16.count < 65_536)
        }
        let english = MarkdownRenderer(language: .en).render(journal)
        #expect(english.contains(": `F-2`, `F-4`, "))
        #expect(english.contains(", `F-100`, … and 19949 more\n"))
        #expect(!english.contains("`F-102`"))
        let french = MarkdownRenderer(language: .fr).render(journal)
        #expect(french.contains(", `F-100`, … et 19\u{202F}949 autres\n"))
    }

    @Test func seriesBeyondTheLimitAreCounted() {
        let journal = Self.gappedJournal()
        let english = MarkdownRenderer(language: .en, gapLimit: 3, seriesLimit: 0).render(journal)
        #expect(english.contains("### Numbering gaps\n\n- … and 1 more series with gaps\n\n"))
        let french = MarkdownRenderer(language: .fr, gapLimit: 3, seriesLimit: 0).render(journal)
        #expect(french.contains("- … et 1 autre série avec des trous\n"))
    }

    @Test func invoiceValuesCannotMentionOrLink() {
        let rule = NumberingRules.draftWithFinalNumber
        let finding = Finding(
            rule: rule, location: SourceLocation(file: "md.csv", line: 2), documentNumber: "@root 5",
            message: LocalizedText(
                fr: "voir @root, https://evil.example/x, WWW.evil.example, a@b.fr et $x$",
                en: "see @root, https://evil.example/x, WWW.evil.example, a@b.fr and $x$"))
        let journal = Journal(files: [], findings: [finding], series: [])
        let markdown = MarkdownRenderer(language: .en).render(journal)
        #expect(markdown.contains(
            "| `md.csv:2` | \(rule.severity.label(.en)) | FR-NUM-07 | @&#8203;root 5 | see @&#8203;root, https:&#8203;//evil.example/x, WWW&#8203;.evil.example, a@&#8203;b.fr and \\$x\\$ |"))
    }

    @Test func longCellsAreCut() {
        let finding = Finding(
            rule: NumberingRules.draftWithFinalNumber, location: SourceLocation(file: "md.csv", line: 2),
            documentNumber: String(repeating: "9", count: 1000), message: LocalizedText(fr: "x", en: "x"))
        let markdown = MarkdownRenderer(language: .en).render(Journal(files: [], findings: [finding], series: []))
        #expect(markdown.contains("| \(String(repeating: "9", count: 299))… | x |"))
    }

    /// The seller name in the gap list is escaped like any cell.
    @Test func sellerNameInGapListIsNeutralised() {
        let markdown = MarkdownRenderer(language: .en).render(Self.gappedJournal())
        #expect(markdown.contains("- Atelier @&#8203;team (SIREN 732829320): `F-{counter}`: `F-2`"))
    }
}
