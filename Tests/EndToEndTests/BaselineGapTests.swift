import Foundation
import Testing

/// `check --baseline` with gaps: a gap finding sits on the document after the gap, so its missing
/// numbers must be part of the match, or an invoice deleted next to a known gap would pass CI.
@Suite struct BaselineGapTests {
    static let header = "N° facture;Date;Client;SIREN client;Total HT;TVA;Total TTC\n"
    static let rows = [
        "FA-2025-0001;05/01/2025;Dupont SARL;794381020;100,00;20,00;120,00\n",
        "FA-2025-0002;10/01/2025;Dupont SARL;794381020;200,00;40,00;240,00\n",
        "FA-2025-0004;15/02/2025;Martin SAS;732829320;1000,00;200,00;1200,00\n",
    ]

    /// A scratch folder holding `exports.csv` with `rows`, and the baseline written from it.
    static func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-baseline-gap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try write(rows, in: folder)
        let written = try ToolRunner.run(
            ["check", "exports.csv", "--as-of", "2025-03-01", "--format", "json", "--output", "base.json"], workingDirectory: folder)
        #expect(written.status == 1)
        return folder
    }

    static func write(_ rows: [String], in folder: URL) throws {
        try Data((header + rows.joined()).utf8).write(to: folder.appendingPathComponent("exports.csv"))
    }

    static func check(in folder: URL, lang: String = "en") throws -> ToolRunner.Result {
        try ToolRunner.run(
            ["check", "exports.csv", "--as-of", "2025-03-01", "--baseline", "base.json", "--lang", lang], workingDirectory: folder)
    }

    @Test func journalGivesTheMissingNumbersAsSubject() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try #require(
            JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("base.json"))) as? [String: Any])
        let findings = try #require(journal["findings"] as? [[String: Any]])
        let gap = try #require(findings.first { $0["rule"] as? String == "FR-NUM-03" })
        #expect(gap["subject"] as? String == "FA-2025-0003")
        #expect(gap["document"] as? String == "FA-2025-0004")
    }

    @Test func unchangedGapStaysKnown() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.check(in: folder)
        #expect(result.status == 0)
        #expect(!result.stdout.contains("[FR-NUM-03]"))
    }

    @Test func invoiceDeletedNextToAKnownGapFailsTheRun() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.write([Self.rows[0], Self.rows[2]], in: folder)
        let english = try Self.check(in: folder)
        #expect(english.status == 1)
        #expect(english.stdout.hasPrefix(
            "exports.csv:3: error: [FR-NUM-03] 2 missing numbers in series FA-{yyyy}-{counter:4}: FA-2025-0002 to FA-2025-0003\n"))
        #expect(english.stdout.hasSuffix("1 error, 0 warnings, 0 infos; 0 findings already in the baseline base.json not shown, 1 fixed since\n"))
        let french = try Self.check(in: folder, lang: "fr")
        #expect(french.status == 1)
        #expect(french.stdout.hasPrefix(
            "exports.csv:3: erreur: [FR-NUM-03] 2 numéros manquants dans la série FA-{yyyy}-{counter:4} : FA-2025-0002 à FA-2025-0003\n"))
    }

    /// A baseline written before findings had a subject still matches a gap with the same message,
    /// and no longer hides one whose missing numbers changed.
    @Test func baselineWithoutSubjectsMatchesOnTheMessage() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("base.json")
        var journal = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        let findings = try #require(journal["findings"] as? [[String: Any]])
        journal["findings"] = findings.map { finding in finding.filter { $0.key != "subject" } }
        try JSONSerialization.data(withJSONObject: journal).write(to: file)
        #expect(!(try String(contentsOf: file, encoding: .utf8)).contains("subject"))

        #expect(try Self.check(in: folder).status == 0)
        #expect(try Self.check(in: folder, lang: "fr").status == 0)
        try Self.write([Self.rows[0], Self.rows[2]], in: folder)
        let widened = try Self.check(in: folder)
        #expect(widened.status == 1)
        #expect(widened.stdout.hasPrefix(
            "exports.csv:3: error: [FR-NUM-03] 2 missing numbers in series FA-{yyyy}-{counter:4}: FA-2025-0002 to FA-2025-0003\n"))
    }
}
