import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// A CSV export without an original-invoice column cannot show which invoice a credit note
/// corrects, so the file gets one import warning instead of a FR-CORR-03 finding per credit note.
@Suite struct CSVMissingReferenceColumnTests {
    typealias Support = CSVTestSupport

    static func creditFindings(_ result: ImportResult) -> [String] {
        let entries = result.documents.map { LedgerEntry($0) }
        return Auditor().ledgerFindings(Ledger(entries: entries)).findings.map(\.ruleID).filter { $0.hasPrefix("FR-CORR") }
    }

    @Test func exportWithoutColumnWarnsOnce() {
        let result = Support.importCSV(
            """
            Numéro;Date;Type;Total TTC
            FA-1;06/01/2025;Facture;120,00
            AV-1;07/01/2025;Avoir;-20,00
            AV-2;08/01/2025;Avoir;-10,00

            """)
        #expect(result.documents.map(\.referencesNotInSource) == [true, true, true])
        #expect(result.warnings.map(\.reason.en) == [
            "no original-invoice column: the 2 credit notes of the file cannot be matched with the invoices they correct (FR-CORR-03 to 05); export the column or name it in a mapping file, for example {\"columns\": {\"originalInvoice\": \"Related invoice\"}}"
        ])
        #expect(Self.creditFindings(result).isEmpty)
    }

    @Test func emptyReferenceCellStillFires() {
        let result = Support.importCSV(
            """
            Numéro;Date;Type;Total TTC;Facture d'origine
            FA-1;06/01/2025;Facture;120,00;
            AV-1;07/01/2025;Avoir;-20,00;

            """)
        #expect(result.documents.map(\.referencesNotInSource) == [nil, nil])
        #expect(result.warnings.isEmpty)
        #expect(Self.creditFindings(result) == ["FR-CORR-03"])
    }
}
