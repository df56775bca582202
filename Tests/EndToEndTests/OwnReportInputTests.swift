import Foundation
import Testing

/// A CSV report saved in the audited folder is recognised on the next run and rejected whole,
/// in each language, instead of its `règle` column being read as an amount paid or its lines as
/// invoices.
@Suite struct OwnReportInputTests {
    @Test(arguments: [("csv", "fr"), ("csv", "en"), ("lines-csv", "fr"), ("lines-csv", "en")])
    func reportInAuditedFolderIsRejectedWhole(format: String, language: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-own-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("report.csv").path
        let written = try ToolRunner.run(["check", "fixtures/demo", "--format", format, "--lang", language, "-o", report, "-q"])
        #expect(written.status == 1)

        let reread = try ToolRunner.run(["check", report, "--lang", "en"])
        #expect(reread.status == 2)
        #expect(reread.stdout.hasPrefix(
            "\(report):1: error: [rejected] this file is a facturaudit report (--format \(format)), not an invoice list: write reports outside the audited folder, or leave it out of the command\n"))
        #expect(reread.stdout.contains("1 document read, 0 imported, 1 rejected") || reread.stdout.contains("1 read, 0 imported, 1 rejected"))
    }
}
