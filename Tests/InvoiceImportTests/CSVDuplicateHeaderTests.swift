import InvoiceModel
import Testing

@testable import InvoiceImport

/// Two columns with the same header: the warning names both by position and the one read.
@Suite struct CSVDuplicateHeaderTests {
    @Test func duplicateHeaderNamesBothPositions() {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Total TTC;TVA;Total TTC
            FA-1;15/01/2025;100,00;20,00;120,00

            """)
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["100.00"])
        #expect(result.warnings.map(\.location.line) == [1])
        #expect(
            result.warnings.map(\.reason.en) == [
                "column 5 (E) 'Total TTC' ignored: column 3 (C) 'Total TTC' already fills field 'grossTotal' and is the one read; if column 5 is the right one, rename one of the two headers"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "colonne 5 (E) 'Total TTC' ignorée : la colonne 3 (C) 'Total TTC' fournit déjà le champ 'grossTotal' et c'est elle qui est lue ; si la colonne 5 est la bonne, renommez l'un des deux en-têtes"
            ])
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (701, "ZZ"), (702, "AAA")])
    func spreadsheetLettersCount(index: Int, letters: String) {
        #expect(CSVMessages.spreadsheetLetters(index) == letters)
    }
}
