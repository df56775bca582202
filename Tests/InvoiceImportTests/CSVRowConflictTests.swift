import InvoiceModel
import Testing

@testable import InvoiceImport

/// Rows of one invoice in a line-level export that disagree on an invoice total: the first row's
/// value is kept and one warning per file reports it.
@Suite struct CSVRowConflictTests {
    @Test func differingTotalsWarnOnce() throws {
        let text = """
            Numéro;Date;Total TTC;Désignation;Quantité;Prix unitaire
            F-1;02/01/2025;120,00;Câble;1;100,00
            F-1;02/01/2025;24,00;Prise;2;10,00
            F-2;03/01/2025;12,00;Vis;1;10,00
            F-2;03/01/2025;6,00;Écrou;1;5,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.totals.taxInclusive) == [Amount(units: 12000, scale: 2), Amount(units: 1200, scale: 2)])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location == SourceLocation(file: "test.csv", line: 3, element: "Total TTC"))
        #expect(
            warning.reason.en
                == "invoice 'F-1' (and 1 other invoice) gives '120.00' in column 'Total TTC' at line 2, then '24.00' at line 3: the first row's value is kept; check that the column holds an invoice total, not a line amount")
        #expect(
            warning.reason.fr
                == "la facture 'F-1' (et 1 autre facture) donne dans la colonne 'Total TTC' '120,00' à la ligne 2 puis '24,00' à la ligne 3 : la valeur de la première ligne est gardée ; vérifiez que la colonne contient un total de facture et non un montant de ligne")
    }

    @Test func repeatedTotalsAreSilent() {
        let text = """
            Numéro;Date;Total TTC;Désignation;Quantité;Prix unitaire
            F-1;02/01/2025;144,00;Câble;1;100,00
            F-1;02/01/2025;144,00;Prise;2;10,00
            ;;;Vis;1;0,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map { $0.lines.count } == [3])
        #expect(result.warnings == [])
    }

    @Test func differingDueDatesAreQuotedInEachLanguage() throws {
        let text = """
            Numéro;Date;Échéance;Total TTC;Désignation;Quantité;Prix unitaire
            F-1;02/01/2025;01/02/2025;120,00;Câble;1;100,00
            F-1;02/01/2025;15/02/2025;120,00;Prise;2;10,00

            """
        let warning = try #require(CSVTestSupport.importCSV(text).warnings.first)
        #expect(warning.reason.fr.hasPrefix("la facture 'F-1' donne dans la colonne 'Échéance' '01/02/2025' à la ligne 2 puis '15/02/2025' à la ligne 3"))
        #expect(warning.reason.en.hasPrefix("invoice 'F-1' gives '2025-02-01' in column 'Échéance' at line 2, then '2025-02-15' at line 3"))
    }
}
