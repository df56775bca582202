import Foundation
import Testing

/// Checks that the FR-FEC findings of a FEC survive `import --db`: the import's journal and `check --db` report
/// the same findings as `check FILE`, with the same ids, messages and locations.
@Suite struct StoreFECFindingsTests {
    /// Entry 1 writes its debit with a decimal point (FR-FEC-04), entry numbers jump from 1 to 3
    /// (FR-FEC-06), and the file is not named `<SIREN>FEC<AAAAMMJJ>` (FR-FEC-08).
    static func faultyFEC() -> String {
        var lines = StoreFECSealTests.fec()
        lines[1] = lines[1].replacingOccurrences(of: "|1200,00|", with: "|1200.00|")
        for index in 4...6 { lines[index] = lines[index].replacingOccurrences(of: "VE|Ventes|2|", with: "VE|Ventes|3|") }
        return lines.joined(separator: "\n") + "\n"
    }

    static let expectedEN = [
        "exports/ventes-2026.txt: warning: [FR-FEC-08] file name 'ventes-2026.txt' does not follow <SIREN>FEC<YYYYMMDD>: "
            + "name the FEC with the company's SIREN and the closing date of the fiscal year, otherwise the seller stays unknown",
        "exports/ventes-2026.txt:2: error: [FR-FEC-04] amount '1200.00' in column Debit has a decimal point: "
            + "write it with a decimal comma, '1200,00'",
        "exports/ventes-2026.txt:5: warning: [FR-FEC-06] entry numbers of journal 'VE' jump from '1' to '3': "
            + "a FEC numbers each journal's entries without a break; justify or fill the gap",
    ]

    /// Runs `arguments` in `folder`, so that locations are the relative path `exports/…`.
    static func run(_ arguments: [String], in folder: URL) throws -> ToolRunner.Result {
        try ToolRunner.run(arguments, workingDirectory: folder)
    }

    static func fecLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains("[FR-FEC-") }
    }

    static func scratchWithFEC() throws -> StoreCommandTests.Scratch {
        let scratch = try StoreCommandTests.Scratch()
        try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent("exports"), withIntermediateDirectories: true)
        _ = try scratch.write("exports/ventes-2026.txt", faultyFEC())
        return scratch
    }

    @Test(arguments: ["en", "fr"]) func checkDbMatchesCheck(language: String) throws {
        let scratch = try Self.scratchWithFEC()
        let file = try Self.run(["check", "exports/ventes-2026.txt", "--lang", language], in: scratch.url)
        let imported = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--lang", language], in: scratch.url)
        let stored = try Self.run(["check", "--db", "s.db", "--lang", language], in: scratch.url)
        #expect(Self.fecLines(file.stdout).count == 3)
        if language == "en" { #expect(Self.fecLines(file.stdout) == Self.expectedEN) }
        #expect(Self.fecLines(imported.stdout) == Self.fecLines(file.stdout))
        // The whole journal is the same, series and file counts included.
        #expect(stored.stdout == file.stdout)
        #expect([file.status, imported.status, stored.status] == [1, 1, 1])
    }

    @Test func jsonFindingsAreIdentical() throws {
        let scratch = try Self.scratchWithFEC()
        let file = try Self.run(["check", "exports/ventes-2026.txt", "--format", "json"], in: scratch.url)
        _ = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--quiet"], in: scratch.url)
        let stored = try Self.run(["check", "--db", "s.db", "--format", "json"], in: scratch.url)
        let findings = { (text: String) throws -> NSArray? in
            let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
            return object?["findings"] as? NSArray
        }
        let expected = try #require(try findings(file.stdout))
        #expect(expected.count == 3)
        #expect(try findings(stored.stdout) == expected)
    }

    @Test func batchShowsFaultsAsOfBatch() throws {
        let scratch = try Self.scratchWithFEC()
        _ = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--quiet"], in: scratch.url)
        // The corrected export, written over the same name, keeps only the file-name finding.
        _ = try scratch.write("exports/ventes-2026.txt", StoreFECSealTests.fec().joined(separator: "\n") + "\n")
        let second = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--lang", "en"], in: scratch.url)
        #expect(Self.fecLines(second.stdout) == [Self.expectedEN[0]])
        let latest = try Self.run(["check", "--db", "s.db", "--lang", "en"], in: scratch.url)
        #expect(Self.fecLines(latest.stdout) == [Self.expectedEN[0]])
        let first = try Self.run(["check", "--db", "s.db", "--batch", "1", "--lang", "en"], in: scratch.url)
        #expect(Self.fecLines(first.stdout) == Self.expectedEN)
    }

    /// `import` reads `facturaudit.json` as `check` does: rule severities and disabled rules apply to
    /// its FR-FEC findings, and `fec.salesJournals` chooses the journals read.
    @Test func importAppliesConfiguration() throws {
        let scratch = try Self.scratchWithFEC()
        _ = try scratch.write(
            "facturaudit.json", #"{"rules": {"severity": {"FR-FEC-08": "info"}, "disabled": ["FR-FEC-04"]}}"#)
        let file = try Self.run(["check", "exports/ventes-2026.txt", "--lang", "en"], in: scratch.url)
        let imported = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--lang", "en"], in: scratch.url)
        let stored = try Self.run(["check", "--db", "s.db", "--lang", "en"], in: scratch.url)
        let expected = [
            Self.expectedEN[0].replacingOccurrences(of: ": warning: [FR-FEC-08]", with: ": info: [FR-FEC-08]"), Self.expectedEN[2],
        ]
        #expect(Self.fecLines(file.stdout) == expected)
        #expect(Self.fecLines(imported.stdout) == expected)
        #expect(stored.stdout == file.stdout)
        #expect([file.status, imported.status, stored.status] == [0, 0, 0])
    }

    @Test func importReadsConfiguredSalesJournals() throws {
        let scratch = try StoreCommandTests.Scratch()
        try FileManager.default.copyItem(at: FECCheckTests.fixture, to: scratch.url.appendingPathComponent("847315926FEC20261231.txt"))
        let configuration = try scratch.write("settings.json", #"{"fec": {"salesJournals": ["BQ"]}}"#)
        let file = try Self.run(["check", "847315926FEC20261231.txt", "--config", configuration, "--lang", "en"], in: scratch.url)
        let imported = try Self.run(
            ["import", "847315926FEC20261231.txt", "--db", "s.db", "--config", configuration, "--lang", "en"], in: scratch.url)
        // The two payments of the bank journal, as `check` reads them, not the 19 sales invoices.
        #expect(imported.stderr == "facturaudit: batch 1 stored (2 documents)\n")
        let stored = try Self.run(["check", "--db", "s.db", "--config", configuration, "--lang", "en"], in: scratch.url)
        #expect(stored.stdout.contains("847315926FEC20261231.txt (fec): 2 read, 2 imported, 0 rejected"))
        #expect(Self.fecLines(stored.stdout) == Self.fecLines(file.stdout))
    }

    @Test func repeatedImportReportsNothingNew() throws {
        let scratch = try Self.scratchWithFEC()
        _ = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--quiet"], in: scratch.url)
        let again = try Self.run(["import", "exports/ventes-2026.txt", "--db", "s.db", "--lang", "en"], in: scratch.url)
        // Nothing was stored, so nothing is reported again; check --db still has the findings once.
        #expect(Self.fecLines(again.stdout).isEmpty)
        let stored = try Self.run(["check", "--db", "s.db", "--lang", "en"], in: scratch.url)
        #expect(Self.fecLines(stored.stdout) == Self.expectedEN)
    }
}
