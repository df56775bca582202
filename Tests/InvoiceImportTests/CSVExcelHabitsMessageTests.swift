import InvoiceModel
import Testing

@testable import InvoiceImport

/// Excel's `sep=` line, the `Réglée partiellement` status, and `Payée` with nothing paid.
@Suite struct CSVExcelHabitsMessageTests {
    typealias Support = CSVTestSupport

    @Test func excelSeparatorLineIsUsedAndNotReportedAsTitle() {
        let result = Support.importCSV("sep=;\nNuméro;Date;Total TTC\nFA-1;05/01/2025;120,00\n")
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.map(\.reason.en) == [])
        #expect(result.documents.map(\.number) == ["FA-1"])
        #expect(result.documents.first?.totals.taxInclusive == Amount(units: 12_000, scale: 2))
    }

    @Test func excelSeparatorLineWinsOverCounting() {
        // Commas in every line would make `,` the separator; the hint says `;`.
        let result = Support.importCSV("SEP=;\r\nNuméro;Client\r\nFA-1;Dupont, Durand et fils\r\n")
        #expect(result.documents.first?.buyer?.name == "Dupont, Durand et fils")
        #expect(CSVDialect.excelSeparatorHint(Array("sep=,\n".utf8)) == UInt8(ascii: ","))
        #expect(CSVDialect.excelSeparatorHint(Array("sep=\t".utf8)) == 0x09)
        #expect(CSVDialect.excelSeparatorHint(Array("sep=;x\n".utf8)) == nil)
        #expect(CSVDialect.excelSeparatorHint(Array("separateur;Date\n".utf8)) == nil)
    }

    @Test func titleLineIsStillReported() {
        let result = Support.importCSV("Factures 2025\nNuméro;Date\nFA-1;05/01/2025\n")
        #expect(
            result.warnings.map(\.reason.en) == [
                "line 1 before the header line 2 skipped (title or notes written by the exporting tool)"
            ])
    }

    @Test(arguments: ["Réglée partiellement", "Réglé partiellement", "REGLEE PARTIELLEMENT"])
    func partlySettledStatusIsKnown(status: String) {
        let result = Support.importCSV("Numéro;Statut\nFA-1;\(status)\n")
        #expect(result.documents.first?.status == .partiallyPaid)
        #expect(result.warnings.isEmpty)
    }

    @Test func paidStatusWithNothingPaidKeepsItsTotalDue() {
        let result = Support.importCSV(
            "Numéro;Total TTC;Statut;Montant payé\nFP-1;120,00;Payée;120,00\nFP-2;120,00;Payée;0,00\nFP-3;120,00;Émise;0,00\nFP-4;120,00;Payée;\n")
        #expect(result.documents.map(\.number) == ["FP-1", "FP-2", "FP-3", "FP-4"])
        #expect(result.documents.map(\.totals.payable) == [nil, Amount(units: 12_000, scale: 2), nil, nil])
        #expect(result.documents.map(\.payments.count) == [1, 0, 0, 0])
    }
}
