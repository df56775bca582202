import Foundation
import Testing

/// `check` on a FEC: the sales entries are audited, the other journals are skipped with a warning,
/// and `fec.salesJournals` from the configuration replaces the detection.
@Suite struct FECCheckTests {
    static let fixture = ToolRunner.repositoryRoot.appendingPathComponent(
        "Tests/InvoiceImportTests/Fixtures/fec/847315926FEC20261231.txt")

    /// Copies the fixture into a new folder, so that locations are relative to it.
    private func folderWithFixture() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-fec-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixture, to: folder.appendingPathComponent("847315926FEC20261231.txt"))
        return folder
    }

    @Test func fecJournalFindings() throws {
        let folder = try folderWithFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(lines.contains("847315926FEC20261231.txt:25: error: [FR-NUM-03] missing number in series FA-{yyyy}-{counter:4}: FA-2026-0007"))
        #expect(lines.contains("847315926FEC20261231.txt:61: error: [FA-CALC-05] total with VAT (BT-112) declared 900.00, expected 1000.00 + 200.00 = 1200.00"))
        #expect(lines.contains { $0.hasPrefix("847315926FEC20261231.txt:58: error: [rejected] entry 'VE/15' is unbalanced") })
        #expect(result.stdout.contains("847315926FEC20261231.txt (fec): 20 read, 19 imported, 1 rejected"))
        #expect(result.stdout.contains("FA-{yyyy}-{counter:4} 2026: first FA-2026-0001, last FA-2026-0020, 18 documents, gaps: FA-2026-0007, FA-2026-0015"))
    }

    @Test func configuredSalesJournals() throws {
        let folder = try folderWithFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let configuration = folder.appendingPathComponent("facturaudit.json")
        try Data(#"{"fec": {"salesJournals": ["BQ"]}}"#.utf8).write(to: configuration)
        let result = try ToolRunner.run([
            "check", folder.appendingPathComponent("847315926FEC20261231.txt").path, "--config", configuration.path,
            "--lang", "en",
        ])
        // Read as sales, the two payments of the bank journal credit the customer and become
        // credit notes, while the real sales journal is skipped.
        #expect(result.stdout.contains("(fec): 2 read, 2 imported, 0 rejected"))
        #expect(result.stdout.contains("warning: [import] journal 'VE' (Ventes): 20 entries skipped (63 lines, from line 2), not listed in fec.salesJournals; add it if it holds invoices"))
    }

    @Test func misspeltHeaderGivesFECRuleNotCSV() throws {
        let folder = try folderWithFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("847315926FEC20261231.txt")
        var text = try String(contentsOf: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "|Debit|Credit|", with: "|Debit|Crédit|")
        try Data(text.utf8).write(to: file)
        let result = try ToolRunner.run(["check", file.path, "--lang", "en"])
        let lines = result.stdout.split(separator: "\n").map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(
            lines.contains(
                "847315926FEC20261231.txt:1: error: [FR-FEC-01] header field 13 is spelt 'Crédit' instead of 'Credit': write the exact name set by LPF art. A47 A-1"))
        #expect(result.stdout.contains("847315926FEC20261231.txt (fec): 20 read, 19 imported, 1 rejected"))
        #expect(result.status == 2)
    }

    @Test func configuredEncodingApplies() throws {
        let folder = try folderWithFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("847315926FEC20261231.txt")
        var bytes = Array(try Data(contentsOf: file))
        // The customer 'Boulangerie Marceau' becomes 'Cœur' in ISO 8859-15 bytes (0xBD is œ there).
        if let range = bytes.firstRange(of: Array("Boulangerie Marceau".utf8)) { bytes.replaceSubrange(range, with: [0x43, 0xBD, 0x75, 0x72]) }
        try Data(bytes).write(to: file)

        let detected = try ToolRunner.run(["check", file.path, "--lang", "en"])
        // ISO 8859-15 is the regulatory encoding: the file is read without an encoding warning.
        #expect(detected.stdout.contains("19 imported"))
        #expect(!detected.stdout.contains("FEC read as"))

        let configuration = folder.appendingPathComponent("facturaudit.json")
        try Data(#"{"fec": {"encoding": "utf-8"}}"#.utf8).write(to: configuration)
        let strict = try ToolRunner.run(["check", file.path, "--config", configuration.path, "--lang", "en"])
        #expect(strict.status == 2)
        #expect(strict.stdout.contains("847315926FEC20261231.txt:2: error: [rejected]"))
        #expect(strict.stdout.contains("(fec): 1 read, 0 imported, 1 rejected"))
    }
}
