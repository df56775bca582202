import InvoiceModel
import Testing

@Suite struct CivilDateTests {
    @Test(arguments: [
        ("2025-03-04", "2025-03-04"), ("04/03/2025", "2025-03-04"), ("20250304", "2025-03-04"),
        ("2025-03-04T10:00:00Z", "2025-03-04"), ("04.03.2025", "2025-03-04"), ("29/02/2024", "2024-02-29"),
    ])
    func parsesCommonForms(text: String, iso: String) throws {
        #expect(try #require(CivilDate(parsing: text)).description == iso)
    }

    @Test(arguments: ["2025-02-29", "31/04/2025", "13/13/2025", "04/03/25", "2025/03/04", "", "2025-3-4", "04/03-2025", "2025-03-4"])
    func rejectsInvalidOrAmbiguous(text: String) {
        #expect(CivilDate(parsing: text) == nil)
    }

    @Test func dayArithmeticRoundTrips() throws {
        let date = try #require(CivilDate(year: 2024, month: 12, day: 31))
        #expect(date.adding(days: 1).description == "2025-01-01")
        #expect(date.adding(days: 60).description == "2025-03-01")
        #expect(CivilDate(dayNumber: 0).description == "1970-01-01")
        #expect(try #require(CivilDate(year: 2000, month: 3, day: 1)).dayNumber == 11_017)
    }
}
