import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Every journal format shows what the file and line do not give: the JSON path of a record in a
/// one-line JSON file, and the worksheet of a workbook row.
@Suite struct LocationRenderingTests {
    static let json = "factures.json"
    static let workbook = "export.xlsx"

    /// Two invoices of a minified JSON file, both on line 1, with the same number. Beside them, a
    /// rejected value of a workbook, on row 9 of a sheet whose name Excel quotes.
    static func journal() -> Journal {
        let seller = Party(name: "Atelier Lumière SARL", siren: "812476356")
        let documents = [
            Document(
                number: "FA-1", issueDate: CivilDate(year: 2025, month: 1, day: 2), seller: seller,
                source: SourceLocation(file: json, line: 1, element: "invoices[0]")),
            Document(
                number: "FA-1", issueDate: CivilDate(year: 2025, month: 1, day: 3), seller: seller,
                source: SourceLocation(file: json, line: 1, element: "invoices[1]")),
        ]
        let entries = documents.map { LedgerEntry($0) }
        let (findings, series) = Auditor().ledgerFindings(Ledger(entries: entries))
        let rejection = Rejection(
            location: SourceLocation(file: workbook, line: 9, element: "Total HT", column: 4, sheet: "Factures T1"),
            reason: LocalizedText(fr: "montant illisible 'abc'", en: "unreadable amount 'abc'"))
        let files = [
            FileReport(path: workbook, format: .xlsx, imported: 0, rejections: [rejection], warnings: []),
            FileReport(path: json, format: .jsonRecords, imported: 2, rejections: [], warnings: []),
        ]
        return Journal(files: files, findings: findings, series: series, documents: entries.map(DocumentRecord.init))
    }

    static let duplicateEN =
        "number 'FA-1' is already used by the document at factures.json:1 (invoices[0])"

    static let duplicateXML = duplicateEN.replacing("'", with: "&#39;")

    @Test func locationDescriptionsNameTheElement() {
        let json = Self.json
        let workbook = Self.workbook
        #expect(SourceLocation(file: json, line: 1, element: "invoices[12].lines[2]").fullDescription == "factures.json:1 (invoices[12].lines[2])")
        #expect(SourceLocation(file: workbook, line: 9, element: "Total HT", sheet: "Factures T1").fullDescription == "export.xlsx:'Factures T1'!9 (Total HT)")
        #expect(SourceLocation(file: workbook, line: 9, sheet: "Factures").fullDescription == "export.xlsx:Factures!9")
        #expect(SourceLocation(file: "a.csv", line: 3, element: "").fullDescription == "a.csv:3")
        #expect(SourceLocation(file: "a.json", element: "documents[0].isDraft").fullDescription == "a.json (documents[0].isDraft)")
    }

    @Test func textNamesThePathAndTheSheet() {
        let text = TextRenderer(language: .en).render(Self.journal())
        #expect(
            text.hasPrefix("""
                export.xlsx:'Factures T1'!9 (Total HT): error: [rejected] unreadable amount 'abc'
                factures.json:1 (invoices[1]): error: [FR-NUM-02] \(Self.duplicateEN)

                """))
        let french = TextRenderer(language: .fr).render(Self.journal())
        #expect(
            french.hasPrefix("""
                export.xlsx:'Factures T1'!9 (Total HT): erreur: [rejet] montant illisible 'abc'
                factures.json:1 (invoices[1]): erreur: [FR-NUM-02] numéro 'FA-1' déjà utilisé par le document de factures.json:1 (invoices[0])

                """))
    }

    @Test func csvEndsRowsWithSheetAndElement() {
        let csv = CSVRenderer(language: .en).render(Self.journal())
        #expect(
            csv == "file,line,severity,rule,document,message,reference,sheet,element\r\n"
                + "export.xlsx,9,error,rejected,,unreadable amount 'abc',,Factures T1,Total HT\r\n"
                + "factures.json,1,error,FR-NUM-02,FA-1,\(Self.duplicateEN),\"CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100\",,invoices[1]\r\n")
        let french = CSVRenderer(language: .fr).render(Self.journal())
        #expect(french.hasPrefix("\u{FEFF}fichier;ligne;gravité;règle;document;message;référence;feuille;élément\r\n"))
        #expect(french.contains("\r\nexport.xlsx;9;erreur;rejet;;montant illisible 'abc';;Factures T1;Total HT\r\n"))
    }

    @Test func sarifGivesLogicalLocations() {
        let sarif = SARIFRenderer(language: .en, toolVersion: "9.9.9").render(Self.journal())
        // The finding: line 1 of the JSON file, and the record's path.
        #expect(
            sarif.contains("""
                          "locations" : [
                            {
                              "logicalLocations" : [
                                {
                                  "fullyQualifiedName" : "invoices[1]"
                                }
                              ],
                              "physicalLocation" : {
                                "artifactLocation" : {
                                  "uri" : "factures.json"
                                },
                                "region" : {
                                  "startLine" : 1
                                }
                              }
                            }
                          ],
                """))
        // The rejection: row 9 of the sheet, and the column.
        #expect(
            sarif.contains("""
                                  "logicalLocations" : [
                                    {
                                      "fullyQualifiedName" : "'Factures T1'!9",
                                      "kind" : "worksheet",
                                      "name" : "Factures T1"
                                    },
                                    {
                                      "fullyQualifiedName" : "Total HT"
                                    }
                                  ],
                                  "physicalLocation" : {
                                    "artifactLocation" : {
                                      "uri" : "export.xlsx"
                                    },
                                    "region" : {
                                      "startLine" : 9
                                    }
                                  }
                """))
    }

    @Test func jsonFindingsCarryTheElement() {
        let json = JSONRenderer(language: .en, toolVersion: "9.9.9").render(Self.journal())
        #expect(
            json.contains("""
                    {
                      "document" : "FA-1",
                      "element" : "invoices[1]",
                      "file" : "factures.json",
                      "line" : 1,
                      "message" : "\(Self.duplicateEN)",
                      "rule" : "FR-NUM-02",
                      "severity" : "error",
                      "subject" : "other document"
                    }
                """))
        #expect(json.contains(#""sheet" : "Factures T1""#))
    }

    /// Each record of the one-line file is its own testcase, named by number, and the finding
    /// goes to the record it is about rather than to the first record of line 1.
    @Test func junitKeepsRecordsOfOneLineApart() {
        let junit = JUnitRenderer(language: .en).render(Self.journal())
        #expect(junit.contains("<testcase classname=\"export.xlsx\" name=\"export.xlsx:&#39;Factures T1&#39;!9 (Total HT)\" file=\"export.xlsx\" line=\"9\">"))
        #expect(
            junit.contains("""
                    <testcase classname="factures.json" name="FA-1" file="factures.json" line="1"/>
                    <testcase classname="factures.json" name="FA-1" file="factures.json" line="1">
                      <failure type="FR-NUM-02" message="[FR-NUM-02] \(Self.duplicateXML)">factures.json:1 (invoices[1]): error: [FR-NUM-02] \(Self.duplicateXML)
                """))
    }

    @Test func markdownShowsThePathInTheLocationCell() {
        let markdown = MarkdownRenderer(language: .en).render(Self.journal())
        #expect(markdown.contains("| `factures.json:1 (invoices[1])` | error | FR-NUM-02 | FA-1 |"))
        #expect(markdown.contains("| `export.xlsx:'Factures T1'!9 (Total HT)` | error | rejected |"))
    }

    /// The finding sits in the row of the second invoice (issued 2025-01-03), not the first one
    /// of line 1, and the file's table names the line and the path.
    @Test func htmlShowsThePathOfEachRecord() {
        let html = HTMLRenderer(language: .en, toolVersion: "9.9.9").render(Self.journal())
        #expect(
            html.contains(
                "<tr><td class=\"doc\"><b>FA-1</b> <span class=\"meta\">2025-01-03</span></td><td class=\"loc\"><code>1 (invoices[1])</code></td>"))
        #expect(html.contains("<code>export.xlsx:&#39;Factures T1&#39;!9 (Total HT)</code>"))
    }

    /// Findings of one line come in the order of their records, numbers compared by value, and
    /// then by rule.
    @Test func findingsOfOneLineFollowTheRecords() {
        func finding(_ element: String?, _ rule: RuleDescriptor) -> Finding {
            Finding(
                rule: rule, location: SourceLocation(file: Self.json, line: 1, element: element), documentNumber: nil,
                message: LocalizedText(fr: "m", en: "m"))
        }
        let findings = [
            finding("invoices[10]", NumberingRules.duplicate), finding("invoices[2]", NumberingRules.draftWithFinalNumber),
            finding("invoices[2]", NumberingRules.duplicate), finding(nil, NumberingRules.gap),
            finding("invoices[2].lines[0]", NumberingRules.duplicate),
        ]
        let journal = Journal(files: [], findings: findings, series: [])
        #expect(
            journal.findings.map(\.location.fullDescription) == [
                "factures.json:1", "factures.json:1 (invoices[2])", "factures.json:1 (invoices[2])",
                "factures.json:1 (invoices[2].lines[0])", "factures.json:1 (invoices[10])",
            ])
        #expect(journal.findings.map(\.ruleID) == ["FR-NUM-03", "FR-NUM-02", "FR-NUM-07", "FR-NUM-02", "FR-NUM-02"])
    }
}
