import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FR-MENT-22 for a seller declared under the franchise en base (`issuer.franchise`) whose
/// export charges VAT: reported for CSV exports and JSON records as for XML invoices.
@Suite struct FranchiseVATTests {
    static let franchise = AuditConfiguration(issuer: IssuerConfiguration(franchise: true))

    static func findings(_ text: String, file: String, configuration: AuditConfiguration = franchise) -> [Finding] {
        let result = DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions())
        #expect(result.rejections == [])
        return result.documents.flatMap { Auditor(configuration: configuration).documentFindings($0) }
            .filter { $0.ruleID == "FR-MENT-22" }
    }

    static let csv = """
        N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
        ME-001;05/01/2025;Atelier Roux;100,00;20,00;120,00
        ME-002;06/01/2025;Atelier Roux;100,00;0,00;100,00

        """

    @Test func csvVATUnderFranchiseIsReported() {
        let findings = Self.findings(Self.csv, file: "micro.csv")
        #expect(findings.map(\.documentNumber) == ["ME-001"])
        #expect(findings.first?.location == SourceLocation(file: "micro.csv", line: 2))
        #expect(findings.first?.message.en == "VAT of 20.00 charged although the seller is under the franchise en base: remove the VAT")
        #expect(findings.first?.message.fr == "TVA de 20,00 facturée alors que le vendeur est en franchise en base : retirez la TVA")
    }

    @Test func csvWithoutFranchiseIsSilent() {
        #expect(Self.findings(Self.csv, file: "micro.csv", configuration: AuditConfiguration()).isEmpty)
    }

    @Test func csvLineRateUnderFranchiseIsReported() {
        let csv = """
            N° facture;Date facture;Désignation;Quantité;Prix unitaire HT;Taux TVA;Montant ligne HT
            ME-003;07/01/2025;Taille de haies;2;50,00;20;100,00
            ME-004;08/01/2025;Tonte de pelouse;1;80,00;0;80,00

            """
        let findings = Self.findings(csv, file: "lignes.csv")
        #expect(findings.map(\.documentNumber) == ["ME-003"])
        #expect(findings.first?.message.en == "VAT rate of 20% applied although the seller is under the franchise en base: invoice without VAT")
        #expect(findings.first?.message.fr == "taux de TVA de 20 % appliqué alors que le vendeur est en franchise en base : facturez sans TVA")
    }

    @Test func jsonRecordsVATUnderFranchiseIsReported() {
        let json = """
            [{"number":"ME-005","date":"2025-01-09","amount_untaxed":"100.00","amount_tax":"20.00","amount_total":"120.00"},
             {"number":"ME-006","date":"2025-01-10","amount_untaxed":"100.00","amount_tax":"0.00","amount_total":"100.00"}]
            """
        #expect(Self.findings(json, file: "micro.json").map(\.documentNumber) == ["ME-005"])
    }

    @Test func foreignSellerIsNotJudgedByTheIssuerFranchise() {
        let csv = "N° facture;Date facture;TVA intracom émetteur;Montant HT;Montant TVA;Montant TTC\nME-007;05/01/2025;DE136695976;100,00;19,00;119,00\n"
        #expect(Self.findings(csv, file: "micro.csv").isEmpty)
    }
}
