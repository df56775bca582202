import InvoiceModel
import Testing

@testable import InvoiceImport

/// Dolibarr's `f.fk_facture_source` contains the row id of the corrected invoice, which `f.rowid`
/// turns into its number. An id that names no invoice leaves the credit note without a reference,
/// with one warning for the file.
@Suite struct CSVDolibarrSourceIDTests {
    typealias Support = CSVTestSupport

    @Test func rowIDsBecomeNumbers() {
        let csv = """
            f.rowid;f.ref;f.type;f.datef;f.total_ttc;f.fk_facture_source
            17;FA2404-0001;0;02/04/2024;120,00;
            18;AV2404-0001;2;09/04/2024;-60,00;17
            21;AV2404-0002;2;10/04/2024;-10,00;22
            22;FA2404-0002;0;10/04/2024;50,00;

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        // The credit note that names a later row waits for the end of the file.
        #expect(result.documents.map(\.number) == ["FA2404-0001", "AV2404-0001", "FA2404-0002", "AV2404-0002"])
        #expect(result.documents.map { $0.precedingInvoices.map(\.number) } == [[], ["FA2404-0001"], [], ["FA2404-0002"]])
        #expect(result.documents.map(\.referencesNotInSource) == [nil, nil, nil, nil])
    }

    @Test func idWithoutRowIDColumnIsNotAReference() {
        let csv = """
            f.ref;f.type;f.datef;f.total_ttc;f.fk_facture_source
            FA2404-0001;0;02/04/2024;120,00;
            AV2404-0001;2;09/04/2024;-60,00;17
            AV2404-0002;2;10/04/2024;-10,00;FA2404-0001

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map { $0.precedingInvoices.map(\.number) } == [[], ["FA2404-0001"], []])
        #expect(result.documents.map(\.referencesNotInSource) == [nil, nil, true])
        #expect(result.warnings.map(\.location.line) == [3])
        #expect(
            result.warnings.map(\.reason.en) == [
                "f.fk_facture_source gives the internal id of the original invoice ('17'), not its number: 1 credit note or corrective invoice cannot be matched with its invoice (FR-CORR-03 to 05); add the field f.rowid (invoice id) to the Dolibarr export profile so that facturaudit can find the numbers"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "f.fk_facture_source donne l'identifiant interne de la facture d'origine ('17'), pas son numéro : 1 avoir ou rectificative ne peut pas être rapproché de sa facture (FR-CORR-03 à 05) ; ajoutez le champ f.rowid (identifiant de la facture) au profil d'export Dolibarr pour que facturaudit retrouve les numéros"
            ])
    }

    @Test func unknownRowIDIsCountedOnce() {
        let csv = """
            f.rowid;f.ref;f.type;f.total_ttc;f.fk_facture_source
            30;AV2501-0001;2;-60,00;12
            31;AV2501-0002;2;-10,00;13

            """
        let result = Support.importCSV(csv)
        #expect(result.documents.map(\.precedingInvoices) == [[], []])
        #expect(result.warnings.map(\.location.line) == [2])
        #expect(
            result.warnings.map(\.reason.en) == [
                "f.fk_facture_source gives the internal id of the original invoice ('12'), not its number: 2 credit notes or corrective invoices cannot be matched with their invoices (FR-CORR-03 to 05); no invoice of the file has this id in f.rowid: export the original invoice's period with the credit note's"
            ])
    }

    /// A digits-only invoice number in any other original-invoice column stays a number.
    @Test func otherColumnsKeepDigits() {
        let result = Support.importCSV("Numéro;Type;Facture d'origine\n202401;Facture;\nA1;Avoir;202401\nA2;Avoir;17\n")
        #expect(result.documents.map { $0.precedingInvoices.map(\.number) } == [[], ["202401"], ["17"]])
        #expect(result.warnings == [])
    }

    /// Two Dolibarr exports joined with another column order: the rows below the second header
    /// take their row ids and source ids from its columns, and the ids above stay known.
    @Test func repeatedHeaderMovesTheRowIDColumns() {
        let csv = """
            f.rowid;f.ref;f.type;f.datef;f.total_ttc;f.fk_facture_source
            17;FA2404-0001;0;02/04/2024;120,00;
            f.fk_facture_source;f.ref;f.type;f.datef;f.total_ttc;f.rowid
            ;FA2404-0002;0;10/04/2024;50,00;22
            17;AV2404-0001;2;11/04/2024;-60,00;23
            22;AV2404-0002;2;12/04/2024;-10,00;24

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA2404-0001", "FA2404-0002", "AV2404-0001", "AV2404-0002"])
        #expect(result.documents.map { $0.precedingInvoices.map(\.number) } == [[], [], ["FA2404-0001"], ["FA2404-0002"]])
        #expect(result.documents.map(\.referencesNotInSource) == [nil, nil, nil, nil])
        #expect(result.warnings.map(\.reason) == [CSVMessages.headerRepeated(line: 3)])
    }

    /// Below a repeated header whose original-invoice column is no longer Dolibarr's, digits are
    /// invoice numbers again.
    @Test func repeatedHeaderWithoutSourceIDsKeepsDigits() {
        let csv = """
            f.rowid;f.ref;f.type;f.datef;f.total_ttc;f.fk_facture_source
            17;FA2404-0001;0;02/04/2024;120,00;
            N° facture;Type;Date;Total TTC;Facture d'origine
            AV2404-0001;Avoir;09/04/2024;-60,00;17

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map { $0.precedingInvoices.map(\.number) } == [[], ["17"]])
        #expect(result.warnings.map(\.reason) == [CSVMessages.headerRepeated(line: 3)])
    }
}
