import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Numbers with more than 18 fraction digits, as Java's `BigDecimal` writes them, are kept:
/// rounded to 18 decimals, halves away from zero, trailing zeros dropped exactly.
@Suite struct XMLLongDecimalTests {
    @Test(arguments: [
        ("33.33333333333333333333333333333333", "33.333333333333333333"),
        ("66.66666666666666666666666666666667", "66.666666666666666667"),
        ("-66.66666666666666666666666666666667", "-66.666666666666666667"),
        ("0.0000000000000000005", "0.000000000000000001"),
        ("-0.0000000000000000004999", "0.000000000000000000"),
        (".1234567890123456789", "0.123456789012345679"),
        ("+1.9999999999999999999", "2.000000000000000000"),
    ])
    func extraDigitsRound(text: String, expected: String) {
        #expect(XMLValues.decimal(text)?.description == expected)
    }

    @Test func trailingZerosDropExactly() throws {
        let value = try #require(XMLValues.decimal("240.0000000000000000000000"))
        #expect(value == Amount(240))
        #expect(value.scale == 18)
    }

    @Test func eighteenDecimalsAreKeptAsWritten() throws {
        let value = try #require(XMLValues.decimal("1.123456789012345678"))
        #expect(value.description == "1.123456789012345678")
        #expect(XMLValues.decimal("1.5")?.scale == 1)
    }

    @Test func otherTextsStayUnreadable() {
        #expect(XMLValues.decimal("1.00000000000000000000x") == nil)
        #expect(XMLValues.decimal("1.0000000000000000000.0") == nil)
        #expect(XMLValues.decimal("1,0000000000000000000") == nil)
        #expect(XMLValues.decimal(".") == nil)
    }

    @Test func ublPriceQuantityRateAndTotalAreImported() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacing(">125.00</cbc:PriceAmount>", with: ">125.0000000000000000000000000000000</cbc:PriceAmount>")
            .replacing(">8</cbc:InvoicedQuantity>", with: ">8.0000000000000000000</cbc:InvoicedQuantity>")
            .replacing(">1375.00</cbc:PayableAmount>", with: ">1375.0000000000000000001</cbc:PayableAmount>")
            .replacing(">10.0</cbc:Percent>", with: ">10.00000000000000000000</cbc:Percent>")
        let result = UBLImporter().importDocuments(Array(text.utf8), file: "f.xml", options: ImportOptions())
        #expect(result.warnings == [])
        let document = try #require(result.documents.first)
        #expect(document.sourceFacts?.ignoredValues ?? [] == [])
        #expect(document.lines.first?.netPrice == Amount(125))
        #expect(document.lines.first?.quantity == Amount(8))
        #expect(document.lines.last?.vatRate == Amount(10))
        #expect(document.totals.payable == Amount(1375))
    }

    @Test func ciiPriceIsImported() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
            .replacing(">450.00</ram:ChargeAmount>", with: ">450.00000000000000000000000000000001</ram:ChargeAmount>")
        let result = CIIImporter().importDocuments(Array(text.utf8), file: "f.xml", options: ImportOptions())
        #expect(result.warnings == [])
        #expect(result.documents.first?.lines.first?.netPrice == Amount(450))
    }

    @Test func tooManyDigitsNamesTheLimit() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacing(">1375.00</cbc:PayableAmount>", with: ">1234567890123456789012345678901234567890</cbc:PayableAmount>")
        let result = UBLImporter().importDocuments(Array(text.utf8), file: "f.xml", options: ImportOptions())
        #expect(
            result.warnings.map(\.reason.en) == [
                "value ignored: amount '1234567890123456789012345678901234567890' in LegalMonetaryTotal/PayableAmount treated as missing, more than 38 digits, decimals included: check the value"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "valeur ignorée : montant '1234567890123456789012345678901234567890' dans LegalMonetaryTotal/PayableAmount traité comme absent, plus de 38 chiffres, décimales comprises : vérifiez la valeur"
            ])
    }
}
