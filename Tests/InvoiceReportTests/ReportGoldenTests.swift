import InvoiceAudit
import InvoiceModel
import InvoiceReport
import Testing

/// Every new format rendered from ``ReportSample``, byte for byte.
@Suite struct ReportGoldenTests {
    static let cases: [(format: String, language: Language, golden: String)] = [
        ("csv", .fr, "sample.fr.csv"), ("csv", .en, "sample.en.csv"),
        ("lines-csv", .fr, "sample-lines.fr.csv"), ("lines-csv", .en, "sample-lines.en.csv"),
        ("html", .fr, "sample.fr.html"), ("html", .en, "sample.en.html"),
        ("junit", .fr, "sample.fr.junit.xml"), ("junit", .en, "sample.en.junit.xml"),
        ("sarif", .fr, "sample.fr.sarif"), ("sarif", .en, "sample.en.sarif"),
        ("markdown", .fr, "sample.fr.md"), ("markdown", .en, "sample.en.md"),
    ]

    static func render(_ format: String, _ language: Language) -> String {
        let journal = ReportSample.journal()
        switch format {
        case "csv": return CSVRenderer(language: language).render(journal)
        case "lines-csv": return LinesCSVRenderer(language: language).render(journal)
        case "html": return HTMLRenderer(language: language, toolVersion: "9.9.9").render(journal)
        case "junit": return JUnitRenderer(language: language).render(journal)
        case "sarif": return SARIFRenderer(language: language, toolVersion: "9.9.9").render(journal)
        default: return MarkdownRenderer(language: language).render(journal)
        }
    }

    @Test(arguments: cases)
    func sampleMatchesGolden(format: String, language: Language, golden: String) throws {
        let actual = Self.render(format, language)
        let expected = try #require(try ReportGolden.contents(golden, actual: actual), "missing golden file \(golden)")
        #expect(actual == expected)
    }

    @Test func renderingIsDeterministic() {
        for (format, language, _) in Self.cases {
            #expect(Self.render(format, language) == Self.render(format, language), "\(format) \(language)")
        }
    }
}
