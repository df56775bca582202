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

    @Test(arguments: [
        ("5.5", "5.5"), ("19.6 %", "19.6"), ("20.00", "20.00"), ("5,5", "5.5"), ("5.500", "5.500"), ("20.000", "20.000"),
        ("20.000 %", "20.000"), ("2.100", "2.100"), ("10", "10"),
    ])
    func rateWithShortDecimalsIsRead(cell: String, expected: String) throws {
        let result = importLines(rate: cell)
        #expect(result.rejections.isEmpty)
        let line = try #require(result.documents.first?.lines.first)
        #expect(line.vatRate?.description == expected)
        // A rate is never grouped in thousands: `5.500` is 5.5, not 5500.
        #expect(line.vatRate == Amount(parsing: expected))
        #expect(line.vatRate.map { $0 < Amount(100) } == true)
    }

    @Test func rateInAFileWithDecimalPointsIsUnchanged() throws {
        let result = Support.importCSV(
            """
            Number,Date,Description,Quantity,Unit price,Line amount,VAT rate
            FA-1,2025-06-02,Pose,1,100.00,100.00,5.500

            """)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.first?.lines.first?.vatRate == Amount(parsing: "5.5"))
    }

    @Test func pointBeforeThreeDigitsIsAmbiguousInAnAmount() throws {
        let result = importLines(rate: "20", price: "1.250")
        #expect(result.documents.map(\.number) == ["FA-1"])
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 3, element: "Prix unitaire HT"))
        #expect(
            rejection.reason.en
                == "ambiguous amount '1.250' in column 'Prix unitaire HT': this file uses a decimal comma, and this point may separate thousands (1250) or be a decimal point (1,250): write 1250 or 1,250, or declare {\"decimalSeparator\": \",\"} in a mapping file if the file's points separate thousands")
        #expect(
            rejection.reason.fr
                == "montant ambigu '1.250' dans la colonne 'Prix unitaire HT' : ce fichier utilise la virgule décimale, et ce point peut séparer les milliers (1250) ou marquer les décimales (1,250) : écrivez 1250 ou 1,250, ou déclarez {\"decimalSeparator\": \",\"} dans un fichier de correspondance si les points du fichier séparent les milliers")
    }

    @Test(arguments: [("1.250,00", "1250.00"), ("12.500.000", "12500000"), ("1 250,5", "1250.5"), ("1250", "1250")])
    func groupedAmountsStayUnambiguous(cell: String, expected: String) throws {
        let result = importLines(rate: "20", price: cell)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.last?.lines.first?.netPrice?.description == expected)
    }

    @Test func zeroBeforeThePointMakesItADecimalPoint() throws {
        let result = importLines(rate: "20", price: "0.250")
        let rejection = try #require(result.rejections.first)
        #expect(
            rejection.reason.en == "unreadable amount '0.250' in column 'Prix unitaire HT': this file uses a decimal comma: write 0,250")
    }

    @Test func aDeclaredDecimalCommaReadsThePointAsThousands() throws {
        let mapping = CSVMapping(decimalSeparator: ",")
        let result = Support.importCSV(
            """
            N° facture;Date;Désignation;Quantité;Prix unitaire HT;Montant ligne HT;Taux TVA
            FA-1;02/06/2025;Pose;1;1.250;1.250;20

            """, mapping: mapping)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.first?.lines.first?.netPrice?.description == "1250")
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
