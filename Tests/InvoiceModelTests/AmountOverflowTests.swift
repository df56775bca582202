import InvoiceModel
import Testing

/// Values at the edge of the 38 digits an amount holds: products, sums, divisions and comparisons
/// report an overflow or compute, and never trap.
@Suite struct AmountOverflowTests {
    static func amount(_ text: String) throws -> Amount { try #require(Amount(parsing: text)) }

    @Test func productKeepsEveryDigitThatFits() throws {
        // 36 fraction digits exact; the product rounds to the 18 an amount keeps.
        let product = try #require(
            try Self.amount("1.234567890123456789").productRoundedToFit(try Self.amount("98765.432109876543210")))
        #expect(product.description == "121932.631137021795223746")
        #expect(product.scale == 18)
    }

    @Test func productDropsDecimalsToFit() throws {
        let huge = try Self.amount("10000000000000000000.000000000000000001")
        let product = try #require(huge.productRoundedToFit(huge))
        #expect(product.description == "100000000000000000000000000000000000020")
        #expect(product.scale == 0)
    }

    @Test func productBeyondThirtyEightDigitsIsNil() throws {
        let thirty = try Self.amount("999999999999999999999999999999")
        #expect(thirty.productRoundedToFit(thirty) == nil)
        #expect(try Self.amount("-7").productRoundedToFit(try Self.amount("6"))?.description == "-42")
    }

    @Test func sumAndRescaleReportOverflow() throws {
        let large = Amount(units: Int128.max, scale: 0)
        #expect(large.addingReportingOverflow(Amount(1)) == nil)
        #expect(large.rescaledReportingOverflow(to: 2) == nil)
        #expect(Amount(1).addingReportingOverflow(try Self.amount("0.25"))?.description == "1.25")
        #expect(large.divided(by: try Self.amount("3"), scale: 8) == nil)
    }

    @Test func comparisonOfAValueTooLargeToRescale() throws {
        let large = Amount(units: Int128.max / 10, scale: 0)
        let cent = try Self.amount("0.01")
        #expect(cent < large)
        #expect(!(large < cent))
        #expect(-large < cent)
        #expect(large != cent)
    }

    @Test func operatorsRoundInsteadOfTrapping() throws {
        let huge = try Self.amount("10000000000000000000.000000000000000001")
        #expect((huge * huge).description == "100000000000000000000000000000000000020")
        let nearLimit = try Self.amount("1701411834604692317316873037158841057.20")
        let tail = try Self.amount("0.15")
        // The exact sum needs 39 digits: both terms drop a decimal, rounded half away from zero.
        #expect((nearLimit + tail).description == "1701411834604692317316873037158841057.4")
        #expect((-nearLimit - tail).description == "-1701411834604692317316873037158841057.4")
    }

    @Test func resultsBeyondThirtyEightDigitsStopAtTheLimit() throws {
        let thirty = try Self.amount("999999999999999999999999999999")
        #expect((thirty * thirty).units == Int128.max)
        #expect((thirty * -thirty).units == -Int128.max)
        let largest = Amount(units: Int128.max, scale: 0)
        #expect((largest + largest).units == Int128.max)
        #expect((-largest - largest).units == -Int128.max)
        // Rescaling what cannot take more digits keeps the value at its own scale.
        #expect(largest.rounded(toScale: 2) == largest)
        #expect(largest.formatted(minimumScale: 2) == largest.description)
    }
}
