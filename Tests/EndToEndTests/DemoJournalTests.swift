import Foundation
import Testing

/// The demo data's journal, byte for byte, in every language and format it is printed in.
@Suite struct DemoJournalTests {
    @Test(arguments: [
        ("fr", "text", "demo.fr.txt"), ("en", "text", "demo.en.txt"),
        ("fr", "json", "demo.fr.json"), ("en", "json", "demo.en.json"),
        ("fr", "csv", "demo.fr.csv"), ("en", "csv", "demo.en.csv"),
        ("fr", "lines-csv", "demo-lines.fr.csv"), ("en", "lines-csv", "demo-lines.en.csv"),
        ("fr", "html", "demo.fr.html"), ("en", "html", "demo.en.html"),
        ("fr", "junit", "demo.fr.junit.xml"), ("en", "junit", "demo.en.junit.xml"),
        ("fr", "sarif", "demo.fr.sarif"), ("en", "sarif", "demo.en.sarif"),
        ("fr", "markdown", "demo.fr.md"), ("en", "markdown", "demo.en.md"),
    ])
    func demoJournalMatchesGolden(language: String, format: String, golden: String) throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", language, "--format", format])
        #expect(result.status == 1)
        let expected = try #require(try Golden.contents(golden, actual: result.stdout), "missing golden file \(golden)")
        #expect(result.stdout == expected)
    }

    @Test func demoShowsExactlyTheSeededFaults() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--format", "json"])
        let journal = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(journal["findings"] as? [[String: Any]])
        let summary = findings.map { "\($0["rule"] ?? "")@\($0["document"] ?? "")" }
        #expect(
            summary == [
                "FR-DEP-05@AC-2024-0001", "FR-NUM-03@FA-2024-0008", "FR-NUM-02@FA-2025-0004", "FR-CORR-05@AV-2025-0002",
                "FR-STAT-02@FA-2025-0006", "FR-STAT-07@FA-2025-0008", "FR-NUM-07@FA-2025-0012",
            ])
        let totals = try #require(journal["summary"] as? [String: Int])
        #expect(totals["read"] == 25)
        #expect(totals["imported"] == 25)
        #expect(totals["rejected"] == 0)
    }

    @Test func demoRunIsDeterministic() throws {
        let first = try ToolRunner.run(["check", "fixtures/demo", "--format", "json"])
        let second = try ToolRunner.run(["check", "fixtures/demo", "--format", "json"])
        #expect(first.stdout == second.stdout)
    }
}
