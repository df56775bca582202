import Foundation
import Testing

/// Checks that the journal states the as-of date the ledger rules used and where it came from: `--as-of`,
/// `asOf` in the configuration, or the data (its latest date not after today).
@Suite struct AsOfJournalTests {
    /// Runs `check` on the demo data with `arguments` and returns the JSON journal's `asOf` object.
    static func asOf(_ arguments: [String], environment: [String: String] = [:]) throws -> [String: String]? {
        let result = try ToolRunner.run(
            ["check", "fixtures/demo", "--format", "json", "--fail-on", "never"] + arguments, environment: environment)
        #expect(result.status == 0)
        let journal = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        return journal["asOf"] as? [String: String]
    }

    @Test func optionDateIsGiven() throws {
        #expect(try Self.asOf(["--as-of", "2025-09-01"]) == ["date": "2025-09-01", "source": "option"])
        let text = try ToolRunner.run(["check", "fixtures/demo", "--as-of", "2025-09-01", "--lang", "en"])
        #expect(text.stdout.contains("\n\nAs-of date: 2025-09-01 (given with --as-of)\nSummary: 4 files;"))
        let french = try ToolRunner.run(["check", "fixtures/demo", "--as-of", "2025-09-01"])
        #expect(french.stdout.contains("\n\nDate d'appréciation : 01/09/2025 (donnée par --as-of)\nBilan : 4 fichiers ;"))
    }

    @Test func configurationDateIsGiven() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-asof-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent("facturaudit.json")
        try Data(#"{"asOf": "2025-08-31"}"#.utf8).write(to: configuration)
        #expect(try Self.asOf(["--config", configuration.path]) == ["date": "2025-08-31", "source": "configuration"])
        // The option wins over the configuration.
        #expect(
            try Self.asOf(["--config", configuration.path, "--as-of", "2025-07-15"])
                == ["date": "2025-07-15", "source": "option"])
        let text = try ToolRunner.run(["check", "fixtures/demo", "--config", configuration.path, "--lang", "en"])
        #expect(text.stdout.contains("\nAs-of date: 2025-08-31 (given by asOf in the configuration)\n"))
    }

    @Test func derivedDateIsLatestInData() throws {
        #expect(try Self.asOf([]) == ["date": "2025-10-28", "source": "data"])
        let text = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en", "--format", "markdown"])
        #expect(
            text.stdout.contains(
                "\n\nAs-of date: 2025-10-28 (derived: latest issue or payment date in the data, not after today; "
                    + "set it with --as-of)\n\n"))
    }

    /// With today set to 2025-10-01, the CII invoice of 2025-10-07 and the draft of 2025-10-28 are
    /// left out, so the date derived is the UBL invoice's 2025-09-16.
    @Test func derivedDateStopsAtToday() throws {
        // 2025-10-01 at midnight UTC.
        let today = ["SOURCE_DATE_EPOCH": "1759276800"]
        let asOf = try #require(try Self.asOf([], environment: today))
        #expect(asOf["source"] == "data")
        #expect(asOf["date"] == "2025-09-16")
    }

    @Test func htmlHeaderShowsDate() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--as-of", "2025-09-01", "--format", "html", "--lang", "en"])
        #expect(result.stdout.contains("</p>\n<p class=\"sub\">As-of date: 2025-09-01 (given with --as-of)</p></div>\n"))
    }

    @Test func jsonJournalWithAsOfMatchesSchema() throws {
        let schemaURL = ToolRunner.repositoryRoot.appendingPathComponent("schemas/journal.schema.json")
        let schema = try JSONSerialization.jsonObject(with: Data(contentsOf: schemaURL))
        for arguments in [["--as-of", "2025-09-01"], []] {
            let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "json"] + arguments)
            let instance = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
            let problems = JSONSchemaValidator(root: schema).validate(instance)
            #expect(problems.isEmpty, "\(problems.prefix(10))")
        }
    }
}
