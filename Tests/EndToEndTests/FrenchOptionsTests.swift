import Foundation
import Testing

/// `check` with several sources, a configuration file and an as-of date.
@Suite struct FrenchOptionsTests {
    @Test func migrationJunctionIsChecked() throws {
        let result = try ToolRunner.run([
            "check", "fixtures/junction/old-tool/", "fixtures/junction/new-tool/", "--lang", "en",
        ])
        #expect(result.status == 1)
        let first = result.stdout.split(separator: "\n").first.map(String.init)
        #expect(
            first
                == "fixtures/junction/new-tool/invoices-2026-02.csv:2: error: [FA-MIG-01] overlap at the junction: 'fixtures/junction/new-tool/' uses FA-2026-0003 while 'fixtures/junction/old-tool/' goes up to FA-2026-0003; the new numbering must continue after it")
        // Each source alone is consistent.
        #expect(try ToolRunner.run(["check", "fixtures/junction/old-tool/"]).status == 0)
        #expect(try ToolRunner.run(["check", "fixtures/junction/new-tool/"]).status == 0)
    }

    @Test func invalidConfigurationExitsTwo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fa-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("facturaudit.json")
        try Data("{\"issuer\": {\"category\": \"big\"}}".utf8).write(to: file)
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", file.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "facturaudit: invalid configuration: \(file.path): issuer.category: invalid value 'big': expected one of large, mid, sme, micro\n")
        let missing = try ToolRunner.run(["check", "fixtures/demo", "--config", folder.appendingPathComponent("none.json").path])
        #expect(missing.status == 2)
    }

    @Test func configurationChangesTheJournal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("fa-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("facturaudit.json")
        try Data("{\"rules\": {\"disabled\": [\"FR-STAT-07\", \"FR-DEP-05\"]}}".utf8).write(to: file)
        let result = try ToolRunner.run(["check", "fixtures/demo", "--config", file.path, "--format", "json"])
        #expect(!result.stdout.contains("FR-STAT-07"))
        #expect(!result.stdout.contains("FR-DEP-05"))
        #expect(result.stdout.contains("FR-STAT-02"))
    }

    @Test func asOfDecidesOverdueInvoices() throws {
        let early = try ToolRunner.run(["check", "fixtures/demo", "--as-of", "2025-07-01", "--format", "json"])
        #expect(!early.stdout.contains("FR-STAT-07"))
        #expect(!early.stdout.contains("FR-DEP-05"))
        let late = try ToolRunner.run(["check", "fixtures/demo", "--format", "json"])
        #expect(late.stdout.contains("FR-STAT-07"))
        let bad = try ToolRunner.run(["check", "fixtures/demo", "--as-of", "01/07/2025", "--lang", "en"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("facturaudit: invalid value '01/07/2025' for --as-of: expected a date in the format YYYY-MM-DD, such as 2025-06-30\n"))
        let badFR = try ToolRunner.run(["check", "fixtures/demo", "--as-of", "01/07/2025", "--lang", "fr"])
        #expect(badFR.status == 64)
        #expect(
            badFR.stderr.hasPrefix(
                "facturaudit : valeur '01/07/2025' invalide pour --as-of : date d'appréciation attendue au format AAAA-MM-JJ, comme 2025-06-30\n"))
    }

    @Test func todayComesFromTheEnvironment() throws {
        // SOURCE_DATE_EPOCH is 2025-09-01 12:00 UTC, and two demo invoices are dated later.
        let early = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en"], environment: ["SOURCE_DATE_EPOCH": "1756728000"])
        let findings = early.stdout.split(separator: "\n").filter { $0.contains("[FR-MENT-12]") }
        #expect(
            findings == [
                "fixtures/demo/cii/FA-2025-0011.xml:5: error: [FR-MENT-12] document 'FA-2025-0011' is dated 2025-10-07, after today (2025-09-01): correct the issue date",
                "fixtures/demo/ubl/FA-2025-0010.xml:4 (/Invoice): error: [FR-MENT-12] document 'FA-2025-0010' is dated 2025-09-16, after today (2025-09-01): correct the issue date",
            ])
        let now = try ToolRunner.run(["check", "fixtures/demo", "--lang", "en"])
        #expect(!now.stdout.contains("FR-MENT-12"))
    }
}
