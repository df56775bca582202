import Foundation
import Testing

/// Journals in formats other than CSV, saved in the audited folder and rejected as reports on the
/// next run. A pipe or `-` gets a message asking to save the export to a file first.
@Suite struct OwnJournalInputTests {
    static let formats = ["json", "text", "markdown", "html", "junit", "sarif"]

    @Test(arguments: formats, ["fr", "en"])
    func journalInAuditedFolderIsRecognised(format: String, language: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-ownj-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("journal.txt").path
        let written = try ToolRunner.run(["check", "fixtures/demo", "--format", format, "--lang", language, "-o", report, "-q"])
        #expect(written.status == 1)

        let reread = try ToolRunner.run(["check", report, "--lang", "en"])
        #expect(reread.status == 2)
        #expect(reread.stdout.hasPrefix(
            "\(report): error: [rejected] this file is a facturaudit report (--format \(format)), not an invoice list: write reports outside the audited folder, or leave it out of the command\n"))
    }

    /// The aging and dunning reports of the demo, saved in the audited folder, in every format
    /// and language: the dunning CSV's `invoice` column would otherwise read as invoices.
    @Test(arguments: ["aging", "dunning"], ["text", "json", "csv"])
    func receivablesReportInAuditedFolderIsRecognised(command: String, format: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-ownr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in ["fr", "en"] {
            let report = folder.appendingPathComponent("\(command)-\(language).\(format == "text" ? "txt" : format)").path
            let written = try ToolRunner.run([
                command, "fixtures/demo", "--as-of", "2025-06-30", "--format", format, "--lang", language, "-o", report,
            ])
            #expect(written.status == 0)
            let reread = try ToolRunner.run(["check", report, "--lang", "en"])
            #expect(reread.status == 2)
            let line = format == "csv" ? ":1" : ""
            #expect(reread.stdout.hasPrefix(
                "\(report)\(line): error: [rejected] this file is a facturaudit report (--format \(format)), not an invoice list: write reports outside the audited folder, or leave it out of the command\n"))
        }
    }

    @Test func fifoIsRefusedWithAClearMessage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let english = try ToolRunner.run(["check", fifo, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stdout.hasPrefix(
            "\(fifo): error: [rejected] reading from a pipe or a device is not supported: save the export to a file and give its path\n"))
        let french = try ToolRunner.run(["check", fifo, "--lang", "fr"])
        #expect(french.stdout.hasPrefix(
            "\(fifo): erreur: [rejet] lecture depuis un tube ou un périphérique non prise en charge : enregistrez l'export dans un fichier et donnez son chemin\n"))
    }

    @Test func dashIsNotReadAsStandardInput() throws {
        let english = try ToolRunner.run(["check", "-", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stdout.hasPrefix(
            "-: error: [rejected] '-' (standard input) is not read: save the export to a file and give its path\n"))
        let french = try ToolRunner.run(["check", "-", "--lang", "fr"])
        #expect(french.stdout.hasPrefix(
            "-: erreur: [rejet] '-' (l'entrée standard) n'est pas lu : enregistrez l'export dans un fichier et donnez son chemin\n"))
    }
}
