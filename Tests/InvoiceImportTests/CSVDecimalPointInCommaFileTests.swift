import InvoiceModel
import Testing

@testable import InvoiceImport

/// A number written with a decimal point in a file whose amounts use decimal commas.
@Suite struct CSVDecimalPointInCommaFileTests {
    typealias Support = CSVTestSupport

    /// Imports a line-level file with decimal commas, with `rate` as the first line's VAT rate and
    /// `price` as the second line's unit price.
    func importLines(rate: String, price: String = "100,00") -> ImportResult {
        Support.importCSV(
            """
            N° facture;Date;Désignation;Quantité;Prix unitaire HT;Montant ligne HT;Taux TVA
            FA-1;02/06/2025;Pose;1;100,00;100,00;\(rate)
            FA-2;03/06/2025;Dépose;1;\(price);100,00;20

            """)
    }

    @Test(arguments: [("5.5", "5.5"), ("19.6 %", "19.6"), ("20.00", "20.00"), ("5,5", "5.5")])
    func rateWithShortDecimalsIsRead(cell: String, expected: String) throws {
        let result = importLines(rate: cell)
        #expect(result.rejections.isEmpty)
        let line = try #require(result.documents.first?.lines.first)
        #expect(line.vatRate?.description == expected)
    }

    @Test func amountWithDecimalPointNamesTheComma() throws {
        let result = importLines(rate: "20", price: "100.5")
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 3, element: "Prix unitaire HT"))
        #expect(
            rejection.reason.en
                == "unreadable amount '100.5' in column 'Prix unitaire HT': this file uses a decimal comma: write 100,5")
        #expect(
            rejection.reason.fr
                == "montant illisible '100.5' dans la colonne 'Prix unitaire HT' : ce fichier utilise la virgule décimale : écrivez 100,5")
    }
}
