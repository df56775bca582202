import Foundation
import Testing

/// `check --baseline`: a CI run accepts the demo's known findings and fails only on new ones.
@Suite struct BaselineCommandTests {
    static func scratchFile(_ name: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name)
    }

    @Test func knownFindingsPassAndNewOnesFail() throws {
        let file = try Self.scratchFile("base.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let written = try ToolRunner.run(["check", "fixtures/demo", "--format", "json", "--output", file.path])
        #expect(written.status == 1)

        let clean = try ToolRunner.run(["check", "fixtures/demo", "--baseline", file.path, "--lang", "en"])
        #expect(clean.status == 0)
        #expect(!clean.stdout.contains("[FR-"))
        #expect(clean.stdout.hasSuffix("0 errors, 0 warnings, 0 infos; 7 findings already in the baseline \(file.path) not shown, 0 fixed since\n"))

        // Drop the duplicate from the baseline: the run reports it again, and only it.
        var journal = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let findings = try #require(journal["findings"] as? [[String: Any]])
        journal["findings"] = findings.filter { $0["rule"] as? String != "FR-NUM-02" }
        try JSONSerialization.data(withJSONObject: journal).write(to: file)
        let new = try ToolRunner.run(["check", "fixtures/demo", "--baseline", file.path, "--lang", "en"])
        #expect(new.status == 1)
        #expect(new.stdout.hasPrefix(
            "fixtures/demo/export-2024-2025.csv:17: error: [FR-NUM-02] number 'FA-2025-0004' is already used by the document at fixtures/demo/export-2024-2025.csv:16\n\n"))
    }

    @Test func outputOverBaselineIsUsageError() throws {
        let file = try Self.scratchFile("base.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        _ = try ToolRunner.run(["check", "fixtures/demo", "--format", "json", "--output", file.path])
        let before = try Data(contentsOf: file)
        let result = try ToolRunner.run(
            ["check", "fixtures/demo", "--baseline", file.path, "--format", "json", "--output", file.path, "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: --output '\(file.path)' is also the --baseline file: write the journal to another file\n"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func baselineMatchesPathTypedDifferently() throws {
        let file = try Self.scratchFile("base.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        _ = try ToolRunner.run(["check", "fixtures/demo", "--format", "json", "--output", file.path])
        let result = try ToolRunner.run(["check", "./fixtures//demo/", "--baseline", file.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("7 findings already in the baseline"))
    }

    @Test func missingBaselineExitsTwo() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--baseline", "no/such/base.json", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "facturaudit: baseline 'no/such/base.json' not found or unreadable: write it first with 'facturaudit check --format json --output no/such/base.json'\n")
    }

    @Test func baselineAmongInputsIsUsageError() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--baseline", "fixtures/demo/export-2024-2025.csv"])
        #expect(result.status == 64)
        #expect(
            result.stderr.hasPrefix(
                "facturaudit : --baseline 'fixtures/demo/export-2024-2025.csv' est aussi un fichier audité : rangez la référence hors des dossiers audités\n"))
    }
}
