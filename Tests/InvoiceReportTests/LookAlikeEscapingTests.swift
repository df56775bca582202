import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Invisible characters in the text journal's findings, and look-alike dashes in its series list.
@Suite struct LookAlikeEscapingTests {
    @Test func findingLineEscapesInvisibleCharacters() {
        let rule = RuleDescriptor(
            id: "FR-NUM-02", severity: .error, title: LocalizedText(fr: "doublon", en: "duplicate"), reference: "ref")
        let finding = Finding(
            rule: rule, location: SourceLocation(file: "f.csv", line: 3), documentNumber: "F-1\u{200B}",
            message: LocalizedText(fr: "numéro 'F-1\u{200B}' — répété", en: "number 'F-1\u{200B}' — repeated"))
        #expect(TextRenderer.line(finding, language: .en) == #"f.csv:3: error: [FR-NUM-02] number 'F-1\u{200B}' — repeated"#)
        #expect(TextRenderer.line(finding, language: .fr) == #"f.csv:3: erreur: [FR-NUM-02] numéro 'F-1\u{200B}' — répété"#)
    }

    @Test func seriesListEscapesLookAlikeDashes() {
        let seller = Party(name: "Atelier", siren: "732829320")
        let entries = [("FA\u{2011}2025\u{2011}0006", 6), ("FA-2025-0007", 7)].map { number, day in
            Document(number: number, issueDate: CivilDate(year: 2025, month: 1, day: day), seller: seller,
                     source: InvoiceModel.SourceLocation(file: "ventes.csv", line: day))
        }.map(LedgerEntry.init)
        let (findings, series) = Auditor().ledgerFindings(Ledger(entries: entries))
        let journal = Journal(files: [], findings: findings, series: series)
        let text = TextRenderer(language: .en).render(journal)
        #expect(text.contains(#"    FA\u{2011}{yyyy}\u{2011}{counter:4} 2025: first FA\u{2011}2025\u{2011}0006, last FA\u{2011}2025\u{2011}0006, 1 document, no gap"#))
        #expect(text.contains("    FA-{yyyy}-{counter:4} 2025: first FA-2025-0007, last FA-2025-0007, 1 document, no gap"))
    }
}
