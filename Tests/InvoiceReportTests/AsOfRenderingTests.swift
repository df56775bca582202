import InvoiceModel
import InvoiceReport
import Testing

/// Checks the as-of date in each journal format, and its absence when the run had none.
@Suite struct AsOfRenderingTests {
    static func journal(_ source: AsOfDate.Source?) -> Journal {
        var journal = ReportSample.journal(withLines: false)
        if let source, let date = CivilDate(year: 2025, month: 3, day: 5) { journal.asOf = AsOfDate(date: date, source: source) }
        return journal
    }

    @Test func absentDateWritesNothing() {
        let journal = Self.journal(nil)
        #expect(!TextRenderer(language: .en).render(journal).contains("As-of"))
        #expect(!JSONRenderer(language: .en, toolVersion: "0").render(journal).contains("asOf"))
        #expect(!MarkdownRenderer(language: .en).render(journal).contains("As-of"))
        #expect(!HTMLRenderer(language: .en, toolVersion: "0").render(journal).contains("As-of"))
    }

    @Test func textLineNamesSource() {
        let lines = [AsOfDate.Source.option, .configuration, .data].map { source in
            TextRenderer(language: .en).render(Self.journal(source)).split(separator: "\n").dropLast().last
        }
        #expect(lines[0] == "As-of date: 2025-03-05 (given with --as-of)")
        #expect(lines[1] == "As-of date: 2025-03-05 (given by asOf in the configuration)")
        #expect(
            lines[2]
                == "As-of date: 2025-03-05 (derived: latest issue or payment date in the data, not after today; set it with --as-of)")
        let french = TextRenderer(language: .fr).render(Self.journal(.configuration))
        #expect(french.contains("\nDate d'appréciation : 05/03/2025 (donnée par asOf dans la configuration)\nBilan : "))
    }

    @Test func jsonObjectNamesSource() {
        let json = JSONRenderer(language: .fr, toolVersion: "0").render(Self.journal(.data))
        #expect(json.contains("  \"asOf\" : {\n    \"date\" : \"2025-03-05\",\n    \"source\" : \"data\"\n  },\n"))
    }
}
