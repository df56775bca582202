import InvoiceModel
import Testing

@testable import InvoiceImport

/// A line-level invoice with several bad rows is rejected once, and its message quotes every
/// problem with its line, so all can be fixed at once.
@Suite struct CSVRejectedInvoiceTests {
    typealias Support = CSVTestSupport

    @Test func everyProblemOfTheInvoiceIsQuoted() throws {
        let result = Support.importCSV(
            """
            Number;Date;Description;Quantity;Unit price
            INV-1;02/06/2025;Audit;x;100,00
            INV-1;02/06/2025;Travel;1;abc
            INV-2;03/06/2025;Audit;1;100,00

            """)
        #expect(result.documents.map(\.number) == ["INV-2"])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 2, element: "Quantity"))
        #expect(
            rejection.reason.en
                == "unreadable amount 'x' in column 'Quantity': expected a number such as 1 250,00 or 1250.00 (line 2; invoice 'INV-1', lines 2 to 3, is rejected as a whole; 1 other error in this invoice: line 3: unreadable amount 'abc' in column 'Unit price': expected a number such as 1 250,00 or 1250.00)"
        )
        #expect(
            rejection.reason.fr
                == "montant illisible 'x' dans la colonne 'Quantity' : attendu un nombre comme 1 250,00 ou 1250.00 (ligne 2 ; la facture 'INV-1', lignes 2 à 3, est rejetée en entier ; 1 autre erreur dans cette facture : ligne 3 : montant illisible 'abc' dans la colonne 'Unit price' : attendu un nombre comme 1 250,00 ou 1250.00)"
        )
    }

    @Test func oneProblemNamesNoOther() throws {
        let result = Support.importCSV(
            """
            Number;Date;Description;Quantity;Unit price
            INV-1;02/06/2025;Audit;1;100,00
            INV-1;02/06/2025;Travel;1;abc

            """)
        let rejection = try #require(result.rejections.first)
        #expect(rejection.reason.en.hasSuffix("(line 3; invoice 'INV-1', lines 2 to 3, is rejected as a whole)"))
    }
}
