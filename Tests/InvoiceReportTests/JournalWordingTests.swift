import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Journal words that depend on the language or on other series: an undetected format, and one
/// seller written under two names.
@Suite struct JournalWordingTests {
    @Test func unknownFormatIsTranslated() {
        let rejection = Rejection(
            location: SourceLocation(file: "vide.csv"), reason: LocalizedText(fr: "fichier vide", en: "empty file"))
        let file = FileReport(path: "vide.csv", format: .unknown, imported: 0, rejections: [rejection], warnings: [])
        let journal = Journal(files: [file], findings: [], series: [])
        #expect(TextRenderer(language: .fr).render(journal).contains("  vide.csv (inconnu) : 1 lu, 0 importé, 1 rejeté\n"))
        #expect(TextRenderer(language: .en).render(journal).contains("  vide.csv (unknown): 1 read, 0 imported, 1 rejected\n"))
        #expect(HTMLRenderer(language: .fr, toolVersion: "1").render(journal).contains("<td>inconnu</td>"))
    }

    @Test func oneSirenKeepsOneNameInEverySeries() {
        let first = Party(name: "Atelier Lumière SARL", siren: "812476356")
        let second = Party(name: "Atelier Lumière", siren: "812476356")
        func document(_ number: String, _ seller: Party, line: Int) -> Document {
            Document(
                number: number, kind: .invoice, issueDate: CivilDate(year: 2025, month: 1, day: 10), currency: "EUR",
                seller: seller, source: SourceLocation(file: "a.csv", line: line))
        }
        let ledger = Ledger(entries: [
            LedgerEntry(document("FA-2025-0001", first, line: 2)), LedgerEntry(document("AV-2025-0001", second, line: 3)),
        ])
        let summaries = SeriesSummary.all(in: ledger)
        #expect(summaries.map(\.pattern) == ["AV-{yyyy}-{counter:4}", "FA-{yyyy}-{counter:4}"])
        #expect(summaries.map(\.sellerName) == ["Atelier Lumière", "Atelier Lumière"])
    }
}
