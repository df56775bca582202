import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FR-MENT-12 on issued documents without an issue date: CSV and JSON records get it, XML gets
/// BR-03 alone, so each undated document is reported once.
@Suite struct MissingIssueDateTests {
    /// The FR-MENT-12 and BR-03 findings of every document imported from `text`.
    static func findings(_ text: String, file: String) -> [Finding] {
        let result = DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions())
        #expect(result.rejections == [])
        return result.documents.flatMap { Auditor().documentFindings($0) }
            .filter { $0.ruleID == "FR-MENT-12" || $0.ruleID == "BR-03" }
    }

    @Test func csvRowWithEmptyDateIsReported() {
        let csv = """
            N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
            FA1;05/01/2025;Boulangerie Martin;100,00;20,00;120,00
            FA2;;Garage Lefèvre;100,00;20,00;120,00
            FA3;07/01/2025;Café du Port;100,00;20,00;120,00

            """
        let findings = Self.findings(csv, file: "ventes.csv")
        #expect(findings.map(\.ruleID) == ["FR-MENT-12"])
        #expect(findings.first?.location == SourceLocation(file: "ventes.csv", line: 3))
        #expect(findings.first?.documentNumber == "FA2")
        #expect(findings.first?.message.en == "issued document 'FA2' has no issue date (BT-2): fill in the date the invoice was issued")
        #expect(
            findings.first?.message.fr
                == "le document émis 'FA2' n'a pas de date d'émission (BT-2) : indiquez la date à laquelle la facture a été émise")
    }

    @Test func csvDraftWithoutDateIsSilent() {
        let csv = "N° facture;Date facture;Statut;Montant TTC\nFA1;;Brouillon;120,00\nFA2;06/01/2025;Émise;120,00\n"
        #expect(Self.findings(csv, file: "ventes.csv").isEmpty)
    }

    @Test func jsonRecordsWithNullOrEmptyDateAreReported() {
        let json = """
            [{"number":"X-0001","date":"2025-01-05","total":"120.00","status":"sent"},
             {"number":"X-0002","date":null,"total":"120.00","status":"sent"},
             {"number":"X-0003","date":"","total":"120.00","status":"paid"}]
            """
        let findings = Self.findings(json, file: "factures.json")
        #expect(findings.map(\.ruleID) == ["FR-MENT-12", "FR-MENT-12"])
        #expect(findings.map(\.documentNumber) == ["X-0002", "X-0003"])
        #expect(findings.map(\.location.line) == [2, 3])
    }

    @Test func ublWithoutIssueDateGetsBR03Only() {
        let dated = UBLTaxCurrencyTests.invoice()
        #expect(Self.findings(dated, file: "fa.xml").isEmpty)
        let undated = dated.replacingOccurrences(of: "<cbc:IssueDate>2025-04-02</cbc:IssueDate>", with: "")
        #expect(undated != dated)
        #expect(Self.findings(undated, file: "fa.xml").map(\.ruleID) == ["BR-03"])
    }

    @Test func structuredOrNotEachUndatedDocumentIsReportedOnce() {
        var document = FrenchInvoice.compliant()
        document.issueDate = nil
        func fired(_ document: Document) -> [Finding] {
            Auditor().documentFindings(document).filter { $0.ruleID == "FR-MENT-12" || $0.ruleID == "BR-03" }
        }
        #expect(fired(document).map(\.ruleID) == ["BR-03"])
        document.sourceFormat = .stripe
        #expect(fired(document).map(\.message.en) == ["issued document 'FA-2025-0009' has no issue date (BT-2): fill in the date the invoice was issued"])
        document.number = nil
        #expect(fired(document).map(\.message.en) == ["issued document without an issue date (BT-2): fill in the date the invoice was issued"])
        document.isDraft = true
        #expect(fired(document).isEmpty)
    }
}
