import InvoiceModel
import Testing

@Suite struct AmountTests {
    @Test(arguments: [
        ("19.90", "19.90"), ("-0.5", "-0.5"), ("+7", "7"), (" 12.345 ", "12.345"), ("0.000001", "0.000001"),
    ])
    func parsesAndKeepsScale(text: String, printed: String) throws {
        let amount = try #require(Amount(parsing: text))
        #expect(amount.description == printed)
    }

    @Test(arguments: ["", "12abc", "1.2.3", "1,5", "1e3", ".", "5.", "€12", "- 3", "1 000"])
    func rejectsLooseText(text: String) {
        #expect(Amount(parsing: text) == nil)
    }

    @Test func equalityIgnoresScale() throws {
        #expect(try #require(Amount(parsing: "19.9")) == (try #require(Amount(parsing: "19.900"))))
        #expect(Set([Amount(parsing: "1.0")!, Amount(parsing: "1.00")!]).count == 1)
    }

    @Test func arithmeticIsExact() throws {
        let a = try #require(Amount(parsing: "0.1"))
        let b = try #require(Amount(parsing: "0.2"))
        #expect((a + b).description == "0.3")
        #expect((a - b).description == "-0.1")
        #expect((try #require(Amount(parsing: "1.25")) * (try #require(Amount(parsing: "3.5")))).description == "4.375")
    }

    @Test(arguments: [
        ("2.675", "2.68"), ("2.665", "2.67"), ("-2.675", "-2.68"), ("0.125", "0.13"), ("-0.125", "-0.13"),
        ("2.674", "2.67"), ("7", "7.00"),
    ])
    func roundsHalfAwayFromZero(text: String, rounded: String) throws {
        #expect(try #require(Amount(parsing: text)).rounded(toScale: 2).description == rounded)
    }

    @Test func dividesWithRounding() throws {
        let base = try #require(Amount(parsing: "1234.56"))
        let rate = try #require(Amount(parsing: "20"))
        #expect((base * rate).divided(by: Amount(100), scale: 2)?.description == "246.91")
        #expect(Amount(1).divided(by: Amount(3), scale: 4)?.description == "0.3333")
        #expect(Amount(2).divided(by: Amount(3), scale: 2)?.description == "0.67")
        #expect(Amount(1).divided(by: .zero, scale: 2) == nil)
    }

    @Test func ordersByValue() throws {
        #expect(try #require(Amount(parsing: "-1.5")) < (try #require(Amount(parsing: "-1.49"))))
        #expect(try #require(Amount(parsing: "10")) > (try #require(Amount(parsing: "9.999"))))
    }
}
