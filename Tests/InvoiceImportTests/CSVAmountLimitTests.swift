@testable import InvoiceImport
import InvoiceModel
import Testing

/// Amounts written correctly but beyond the limits of an amount are named as such, and a rejected row names the
/// columns of its other errors.
@Suite struct CSVAmountLimitTests {
    @Test func tooLargeAmountSaysSo() {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Total HT;TVA;Total TTC
            FA-1;15/01/2025;99999999999999999999999999999999999999,00;0,00;99999999999999999999999999999999999999,00
            FA-2;15/01/2025;999999999999999999999999999999,00;0,00;999999999999999999999999999999,00

            """)
        #expect(result.documents.map(\.number) == ["FA-2"])
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(
            result.rejections.first?.reason.en
                == "amount '99999999999999999999999999999999999999,00' in column 'Total HT' is too large: at most 38 digits, decimals included, check the value in the file (1 other error on this row, in column 'Total TTC')")
        #expect(
            result.rejections.first?.reason.fr
                == "montant '99999999999999999999999999999999999999,00' dans la colonne 'Total HT' trop grand : 38 chiffres au plus, décimales comprises, vérifiez la valeur dans le fichier (1 autre erreur sur cette ligne, dans la colonne 'Total TTC')")
    }

    @Test func tooManyDecimalsSaysSo() {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Total HT;TVA;Total TTC
            FA-1;15/01/2025;0,0000000000000000000000001;0;1,00

            """)
        #expect(
            result.rejections.map(\.reason.en) == [
                "amount '0,0000000000000000000000001' in column 'Total HT' has too many decimals: at most 18, round the value in the file"
            ])
        #expect(
            result.rejections.map(\.reason.fr) == [
                "montant '0,0000000000000000000000001' dans la colonne 'Total HT' avec trop de décimales : 18 au plus, arrondissez la valeur dans le fichier"
            ])
    }

    @Test func otherErrorsNameTheirColumns() {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Total HT;TVA;Total TTC
            FA-1;15/01/2025;abc;x;y

            """)
        #expect(
            result.rejections.map(\.reason.en) == [
                "unreadable amount 'abc' in column 'Total HT': expected a number such as 1 250,00 or 1250.00 (2 other errors on this row, in columns 'TVA', 'Total TTC')"
            ])
        #expect(
            result.rejections.map(\.reason.fr) == [
                "montant illisible 'abc' dans la colonne 'Total HT' : attendu un nombre comme 1 250,00 ou 1250.00 (2 autres erreurs sur cette ligne, dans les colonnes 'TVA', 'Total TTC')"
            ])
    }

    @Test func malformedAmountIsNotALimit() {
        #expect(CSVAmountParsing.exceededLimit("1e3", decimal: .comma) == nil)
        #expect(CSVAmountParsing.exceededLimit("12,50", decimal: .comma) == nil)
        #expect(CSVAmountParsing.exceededLimit("-1" + String(repeating: "0", count: 40), decimal: .comma) == .tooLarge)
    }
}

/// Counts in CSV messages take the singular for one.
@Suite struct CSVMessagePluralTests {
    @Test func oneFieldIsSingular() {
        let result = CSVTestSupport.importCSV(
            """
            N° facture;Date;Total TTC
            FA-1

            """)
        #expect(
            result.rejections.map(\.reason.en) == [
                "the row has 1 field but the header has 3: check the separator ';' and the quotes"
            ])
        #expect(
            result.rejections.map(\.reason.fr) == [
                "la ligne a 1 champ alors que l'en-tête en a 3 : vérifiez le séparateur ';' et les guillemets"
            ])
    }
}
