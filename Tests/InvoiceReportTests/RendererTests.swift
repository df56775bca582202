import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

@Suite struct RendererTests {
    /// A journal with a rejection, an import warning, two findings and a series with two gaps;
    /// values carry quotes, `<`, `&`, commas and accents so escaping faults show.
    static func sampleJournal() -> Journal {
        let seller = Party(name: "Café \"Les <Arts> & Métiers\", SARL", siren: "732829320")
        let documents = [
            Document(number: "F-1", issueDate: CivilDate(year: 2025, month: 1, day: 2), seller: seller,
                     source: SourceLocation(file: "ventes, 2025.csv", line: 2)),
            Document(number: "F-3", issueDate: CivilDate(year: 2025, month: 1, day: 3), seller: seller,
                     source: SourceLocation(file: "ventes, 2025.csv", line: 3)),
            Document(number: "F-7", issueDate: CivilDate(year: 2025, month: 1, day: 4), seller: seller,
                     source: SourceLocation(file: "ventes, 2025.csv", line: 4)),
        ]
        let ledger = Ledger(entries: documents.map { LedgerEntry($0) })
        let (findings, series) = Auditor().ledgerFindings(ledger)
        let rejection = Rejection(
            location: SourceLocation(file: "ventes, 2025.csv", line: 5, element: "Total HT"),
            reason: LocalizedText(fr: "montant illisible '1,2,3'", en: "unreadable amount '1,2,3'"))
        let warning = Rejection(
            location: SourceLocation(file: "ventes, 2025.csv"),
            reason: LocalizedText(fr: "fichier lu en Windows-1252", en: "file read as Windows-1252"))
        let report = FileReport(path: "ventes, 2025.csv", format: .csv, imported: 3, rejections: [rejection], warnings: [warning])
        return Journal(files: [report], findings: findings, series: series)
    }

    @Test func selfBilledSeriesNamesItsIssuingBuyer() {
        let seller = Party(name: "Ferme Dubois", siren: "732829320")
        let buyer = Party(name: "Coopérative du Val", siren: "552100554")
        let document = Document(
            number: "AF-1", kind: .selfBilled, typeCode: "389", issueDate: CivilDate(year: 2025, month: 3, day: 1), seller: seller,
            buyer: buyer, source: SourceLocation(file: "achats.xml", line: 2))
        let (findings, series) = Auditor().ledgerFindings(Ledger(entries: [LedgerEntry(document)]))
        let journal = Journal(files: [], findings: findings, series: series)
        #expect(TextRenderer(language: .en).render(journal).contains("  Ferme Dubois (SIREN 732829320, self-billed by SIREN 552100554)\n"))
        #expect(TextRenderer(language: .fr).render(journal).contains("  Ferme Dubois (SIREN 732829320, autofacturation par SIREN 552100554)\n"))
    }

    @Test func textInEnglish() {
        let text = TextRenderer(language: .en).render(Self.sampleJournal())
        #expect(
            text == """
                ventes, 2025.csv:5 (Total HT): error: [rejected] unreadable amount '1,2,3'
                ventes, 2025.csv: warning: [import] file read as Windows-1252
                ventes, 2025.csv:3: error: [FR-NUM-03] missing number in series F-{counter}: F-2
                ventes, 2025.csv:4: error: [FR-NUM-03] 3 missing numbers in series F-{counter}: F-4 to F-6

                Numbering series
                  Café "Les <Arts> & Métiers", SARL (SIREN 732829320)
                    F-{counter}: first F-1, last F-7, 3 documents, gaps: F-2, F-4…F-6

                Files
                  ventes, 2025.csv (csv): 4 read, 3 imported, 1 rejected

                Summary: 1 file; 4 documents read, 3 imported, 1 rejected; 2 errors, 1 warning, 0 infos

                """)
    }

    @Test func textInFrench() {
        let text = TextRenderer(language: .fr).render(Self.sampleJournal())
        #expect(text.hasPrefix("ventes, 2025.csv:5 (Total HT): erreur: [rejet] montant illisible '1,2,3'\n"))
        #expect(text.contains("\n    F-{counter} : premier F-1, dernier F-7, 3 documents, trous : F-2, F-4…F-6\n"))
        #expect(text.contains("\n  ventes, 2025.csv (csv) : 4 lus, 3 importés, 1 rejeté\n"))
        #expect(text.hasSuffix("Bilan : 1 fichier ; 4 documents lus, 3 importés, 1 rejeté ; 2 erreurs, 1 avertissement, 0 info\n"))
    }

    @Test func jsonEscapesAndSortsKeys() {
        let json = JSONRenderer(language: .en, toolVersion: "9.9.9").render(Self.sampleJournal())
        #expect(json.contains(#""sellerName" : "Café \"Les <Arts> & Métiers\", SARL""#))
        #expect(json.contains(#""element" : "Total HT""#))
        let keys = ["\"files\"", "\"findings\"", "\"formatVersion\"", "\"importWarnings\"", "\"language\"",
                    "\"rejections\"", "\"series\"", "\"summary\"", "\"tool\""]
        let positions = keys.map { key in json.firstRange(of: "\n  \(key)")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.hasSuffix("}\n"))
    }

    @Test func emptyJournalSaysSo() {
        let text = TextRenderer(language: .en).render(Journal(files: [], findings: [], series: []))
        // A journal that read no file, such as a refused seal's, lists neither series nor files.
        #expect(text == "Summary: 0 errors, 0 warnings, 0 infos\n")
    }
}
