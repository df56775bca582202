import Foundation
import Testing

/// A CSV record rejected at import leaves a hole in its series, and the gap names the record. An
/// export that gives no document at all fails the run.
@Suite struct RejectedRecordGapTests {
    @Test func gapNamesRejectedCSVRow() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-rejected-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = """
            Numéro;Date;Total HT;TVA;Total TTC
            FA-2025-0001;06/01/2025;100,00;20,00;120,00
            FA-2025-0002;32/01/2025;100,00;20,00;120,00
            FA-2025-0003;20/01/2025;100,00;20,00;120,00

            """
        try Data(csv.utf8).write(to: folder.appendingPathComponent("ventes.csv"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 2)
        let lines = result.stdout.split(separator: "\n").map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(lines.contains {
            $0.hasPrefix("ventes.csv:4: error: [FR-NUM-03] missing number in series FA-{yyyy}-{counter:4}: FA-2025-0002; 'FA-2025-0002' was read but rejected at import (")
                && $0.hasSuffix("ventes.csv:3 (Date)): fix that record and run the audit again")
        })
        #expect(lines.contains { $0.hasPrefix("ventes.csv:3 (Date): error: [rejected]") })
    }

    @Test func headerOnlyExportFailsTheRun() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-header-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Numéro;Date;Total TTC\n".utf8).write(to: folder.appendingPathComponent("vide.csv"))
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stderr == "facturaudit: no document was read from the inputs, nothing was audited: check that the export holds invoices\n")
    }
}
