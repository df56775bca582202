import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Values from exports may hold line breaks; one finding must stay one journal line.
@Suite struct LineBreakTests {
    static func journal() -> Journal {
        let rule = RuleDescriptor(
            id: "FR-NUM-02", severity: .error, title: LocalizedText(fr: "doublon", en: "duplicate"), reference: "ref")
        let finding = Finding(
            rule: rule, location: SourceLocation(file: "a.csv", line: 3), documentNumber: "F-1\nbis",
            message: LocalizedText(fr: "numéro 'F-1\nbis' répété", en: "number 'F-1\nbis' repeated"))
        let file = FileReport(path: "a.csv", format: .csv, imported: 1, rejections: [], warnings: [])
        return Journal(files: [file], findings: [finding], series: [])
    }

    @Test func textKeepsFindingOnOneLine() {
        let text = TextRenderer(language: .en).render(Self.journal())
        #expect(text.hasPrefix("a.csv:3: error: [FR-NUM-02] number 'F-1\\nbis' repeated\n\n"))
    }

    @Test func junitEscapesLineBreakInAttributes() {
        let xml = JUnitRenderer(language: .en).render(Self.journal())
        #expect(xml.contains("message=\"[FR-NUM-02] number &#39;F-1&#10;bis&#39; repeated\""))
        #expect(!xml.contains("F-1\nbis\""))
    }
}
