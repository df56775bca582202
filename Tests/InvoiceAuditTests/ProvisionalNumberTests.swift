import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FR-NUM-01 on Dolibarr rows whose number is a draft placeholder such as `(PROV2)`.
@Suite struct ProvisionalNumberTests {
    static func findings(_ csv: String) -> [Finding] {
        let result = DocumentImporter.importBytes(Array(csv.utf8), file: "dolibarr.csv", options: ImportOptions())
        return result.documents.flatMap { Auditor().documentFindings($0) }.filter { $0.ruleID.hasPrefix("FR-NUM") }
    }

    @Test func issuedPlaceholderIsReported() {
        let findings = Self.findings("Réf;Date;Statut;Total TTC\n(PROV2);02/01/2025;Émise;120,00\n")
        #expect(findings.map(\.ruleID) == ["FR-NUM-01"])
        #expect(findings.first?.location == SourceLocation(file: "dolibarr.csv", line: 2))
        #expect(findings.first?.documentNumber == nil)
        #expect(
            findings.first?.message.en
                == "the status says the document was issued, but its number '(PROV2)' is a draft's provisional number: validate the invoice in the source software and export it with its final number"
        )
        #expect(
            findings.first?.message.fr
                == "le statut indique un document émis, mais son numéro '(PROV2)' est le numéro provisoire d'un brouillon : validez la facture dans le logiciel d'origine et exportez-la avec son numéro définitif"
        )
    }

    @Test func paidDolibarrCodeIsReported() {
        let findings = Self.findings("f.ref;f.datef;f.fk_statut\n(PROV7);2025-01-02;2\n")
        #expect(findings.map(\.ruleID) == ["FR-NUM-01"])
        #expect(findings.first?.message.en.contains("'(PROV7)'") == true)
    }

    @Test(arguments: ["Brouillon", "Annulée", ""])
    func draftOrUnknownStatusIsSilent(status: String) {
        #expect(Self.findings("Réf;Date;Statut;Total TTC\n(PROV2);02/01/2025;\(status);120,00\n").isEmpty)
    }

    @Test func importerKeepsThePlaceholder() {
        let result = DocumentImporter.importBytes(
            Array("Réf;Statut\n(PROV2);Émise\nFA-1;Émise\n".utf8), file: "dolibarr.csv", options: ImportOptions())
        #expect(result.documents.map(\.number) == [nil, "FA-1"])
        #expect(result.documents.map(\.provisionalNumber) == ["(PROV2)", nil])
        #expect(result.documents.map(\.isDraft) == [true, false])
    }
}
