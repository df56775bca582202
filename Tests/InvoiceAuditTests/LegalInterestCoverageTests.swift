import InvoiceAudit
import InvoiceModel
import Testing

/// A legal interest rate is set per half-year, so the table covers a date up to the day before
/// the next 1 January or 1 July, whatever the half-year's length in days.
@Suite struct LegalInterestCoverageTests {
    @Test(arguments: [
        ("2025-06-30", "3.71", true), ("2025-07-01", "2.76", true), ("2025-12-30", "2.76", true),
        ("2025-12-31", "2.76", true), ("2026-06-30", "2.62", true), ("2026-07-01", "2.62", false),
        ("2026-07-02", "2.62", false),
    ])
    func halfYearEndsOnItsLastDay(date: String, rate: String, covered: Bool) throws {
        let found = try #require(ReferenceTables.embedded.legalInterestRate(on: TestDocuments.date(date)))
        #expect(found.rate.description == rate)
        #expect(found.covered == covered)
    }
}
