import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Identifiers in the CSV reports reach Excel as written: those it would turn into a number or a
/// date become a text formula made only of digits and separators, and formula neutralisation
/// still applies to everything else.
@Suite struct CSVIdentifierTests {
    static func written(_ identifier: String, language: Language = .en) -> String {
        var table = CSVTable(language: language)
        table.appendRow([.identifier(identifier)])
        return table.text.replacing("\u{FEFF}", with: "")
    }

    /// The formula holds quotes, so the field is quoted and its quotes doubled (RFC 4180): Excel
    /// reads `"=""0001"""` as the formula `="0001"`.
    @Test(arguments: ["0001", "2025-01", "1/2", "10:30", "1.50", "73282932000074", "1E5", "12 345"])
    func convertibleIdentifiersBecomeTextFormulas(identifier: String) {
        #expect(Self.written(identifier) == "\"=\"\"\(identifier)\"\"\"\r\n")
    }

    @Test(arguments: [
        ("42", "42"), ("FA-2025-0001", "FA-2025-0001"), ("", ""), ("=1+1", "'=1+1"), ("-12", "'-12"),
        ("@root 5", "'@root 5"), ("0001\"x", "\"0001\"\"x\""), ("1E", "1E"), ("E5", "E5"), ("12345678901", "12345678901"),
    ])
    func otherIdentifiersAreText(identifier: String, expected: String) {
        #expect(Self.written(identifier) == expected + "\r\n")
    }

    /// A separator inside an identifier changes nothing: the formula field is quoted anyway.
    @Test func separatorInsideIdentifier() {
        #expect(Self.written("1;2", language: .fr) == "\"1;2\"\r\n")
        #expect(Self.written("1,5", language: .en) == "\"=\"\"1,5\"\"\"\r\n")
        #expect(Self.written("1,5", language: .fr) == "\"=\"\"1,5\"\"\"\r\n")
    }

    @Test func findingsCSVWritesDocumentNumberAsText() {
        let rule = NumberingRules.draftWithFinalNumber
        let finding = Finding(
            rule: rule, location: SourceLocation(file: "ninja.json", line: 4),
            documentNumber: "0001", message: LocalizedText(fr: "m", en: "m"))
        let csv = CSVRenderer(language: .en).render(Journal(files: [], findings: [finding], series: []))
        #expect(csv.hasSuffix("ninja.json,4,\(finding.severity.label(.en)),FR-NUM-07,\"=\"\"0001\"\"\",m,\(rule.reference),,\r\n"))
    }
}
