@testable import InvoiceAudit
import InvoiceModel
import Testing

/// Amounts in French messages: a decimal comma and the integer digits grouped by three with a
/// narrow no-break space, except for values echoed back as typed.
@Suite struct FrenchAmountTextTests {
    @Test(arguments: [
        ("0.00", "0,00"), ("999.99", "999,99"), ("1000", "1\u{202F}000"), ("2880.00", "2\u{202F}880,00"),
        ("-12345.6", "-12\u{202F}345,6"), ("1234567.891", "1\u{202F}234\u{202F}567,891"), ("-0.50", "-0,50"),
    ])
    func groupsIntegerDigits(source: String, expected: String) throws {
        let amount = try #require(Amount(parsing: source))
        #expect(amount.frenchText == expected)
    }

    @Test func plainTextKeepsDigitsTogether() throws {
        let amount = try #require(Amount(parsing: "-1234567.50"))
        #expect(amount.frenchPlainText == "-1234567,50")
    }

    @Test func countsAndAmountsGroupAlike() {
        #expect(LocalizedText.frenchDigitGroups("150000") == LocalizedText.frenchInteger(150_000))
        #expect(LocalizedText.frenchDigitGroups("12") == "12")
    }
}
