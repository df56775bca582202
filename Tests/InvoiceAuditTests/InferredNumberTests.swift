import InvoiceAudit
import Testing

@Suite struct InferredNumberTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let number: String
        let issueYear: Int?
        let pattern: String
        let year: Int?
        let counter: Int
        var testDescription: String { number }
    }

    @Test(arguments: [
        Case(number: "FA-2025-0042", issueYear: nil, pattern: "FA-{yyyy}-{counter:4}", year: 2025, counter: 42),
        Case(number: "F20250042", issueYear: 2025, pattern: "F{yyyy}{counter:4}", year: 2025, counter: 42),
        Case(number: "F20250042", issueYear: 2024, pattern: "F{counter:8}", year: nil, counter: 20_250_042),
        Case(number: "INV-202503-17", issueYear: nil, pattern: "INV-{yyyy}{mm}-{counter:2}", year: 2025, counter: 17),
        Case(number: "12115118", issueYear: nil, pattern: "{counter:8}", year: nil, counter: 12_115_118),
        Case(number: "AV-12-0003/B", issueYear: nil, pattern: "AV-12-{counter:4}/B", year: nil, counter: 3),
        Case(number: "Facture n°7", issueYear: nil, pattern: "Facture n°{counter}", year: nil, counter: 7),
        Case(number: "001/2025", issueYear: 2025, pattern: "{counter:3}/{yyyy}", year: 2025, counter: 1),
        Case(number: "F-0042-2024", issueYear: 2025, pattern: "F-{counter:4}-{yyyy}", year: 2024, counter: 42),
        Case(number: "001/2025", issueYear: 2027, pattern: "001/{counter:4}", year: nil, counter: 2025),
        Case(number: "001/2025", issueYear: nil, pattern: "001/{counter:4}", year: nil, counter: 2025),
        Case(number: "2025-2024", issueYear: 2025, pattern: "{yyyy}-{counter:4}", year: 2025, counter: 2024),
    ])
    func splitsNumber(_ example: Case) throws {
        let inferred = try #require(InferredNumber(example.number, issueYear: example.issueYear))
        #expect(inferred.pattern == example.pattern)
        #expect(inferred.year == example.year)
        #expect(inferred.counter == example.counter)
    }

    @Test func rebuildsNumberWithYearAfterCounter() throws {
        let inferred = try #require(InferredNumber("004/2025", issueYear: 2025))
        #expect(inferred.formatted(counter: 3, width: 3) == "003/2025")
    }

    @Test func rebuildsMissingNumbers() throws {
        let inferred = try #require(InferredNumber("FA-2024-0006"))
        #expect(inferred.formatted(counter: 7, width: 4) == "FA-2024-0007")
        #expect(try #require(InferredNumber("INV-202503-17")).formatted(counter: 18, width: 2) == "INV-202503-18")
    }

    @Test func numberWithoutDigitsHasNoSeries() {
        #expect(InferredNumber("PROFORMA") == nil)
        #expect(InferredNumber("/") == nil)
    }
}
