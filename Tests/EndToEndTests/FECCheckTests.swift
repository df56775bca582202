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
}
