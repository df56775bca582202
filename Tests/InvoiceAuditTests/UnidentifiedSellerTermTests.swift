import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// FR-PAY-01 and FR-TERM-01 on a CSV export without seller columns, the usual single-company
/// export: its seller counts as French, so its due dates are checked; a seller shown to be
/// established abroad is not.
@Suite struct UnidentifiedSellerTermTests {
    static func termFindings(_ csv: String) -> [Finding] {
        let result = DocumentImporter.importBytes(Array(csv.utf8), file: "echeances.csv", options: ImportOptions())
        #expect(result.rejections == [])
        return result.documents.flatMap { Auditor().documentFindings($0) }
            .filter { $0.ruleID.hasPrefix("FR-PAY") || $0.ruleID.hasPrefix("FR-TERM") }
    }

    static let header = "N° facture;Date facture;Échéance;Client;SIREN client;Montant HT;Montant TVA;Montant TTC;Statut\n"

    @Test func dueDatesOfAnUnidentifiedSellerAreChecked() {
        let findings = Self.termFindings(
            Self.header
                + "FA-2025-0001;10/01/2025;01/01/2025;Menuiserie Blanc;827971458;100,00;20,00;120,00;Émise\n"
                + "FA-2025-0002;10/01/2025;30/06/2025;Menuiserie Blanc;827971458;100,00;20,00;120,00;Émise\n")
        #expect(findings.map(\.ruleID) == ["FR-PAY-01", "FR-TERM-01"])
        #expect(findings.map(\.location.line) == [2, 3])
        #expect(findings.first?.message.en == "due date 2025-01-01 is before the invoice date 2025-01-10: correct the due date")
        #expect(
            findings.last?.message.en
                == "due date 171 days after the invoice date, beyond 60 days and beyond 45 days end of month (2025-03-17 at the latest): shorten the term")
    }

    @Test func termWithinSixtyDaysIsSilent() {
        let csv = Self.header + "FA-2025-0003;10/01/2025;09/02/2025;Menuiserie Blanc;827971458;100,00;20,00;120,00;Émise\n"
        #expect(Self.termFindings(csv).isEmpty)
    }

    @Test func foreignSellerIsNotChecked() {
        let csv =
            "N° facture;Date facture;Échéance;SIREN client;TVA intracom émetteur;Montant TTC\n"
            + "FA-2025-0004;10/01/2025;01/01/2025;827971458;DE136695976;120,00\n"
        #expect(Self.termFindings(csv).isEmpty)
    }
}
