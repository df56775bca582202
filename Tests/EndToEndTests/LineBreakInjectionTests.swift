import Foundation
import Testing

/// Line feeds inside numbers, seller names and file names, which must never start a new journal
/// line, because an export could then add fake `path:line: error:` lines to a CI log.
@Suite struct LineBreakInjectionTests {
    /// Writes a CSV export in a folder whose name contains a line feed, with a forged number and
    /// seller name, and returns the folder path.
    private static func forgedExport(in scratch: URL) throws -> String {
        let folder = scratch.appendingPathComponent("dir\nx")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = """
            N° facture;Date;Émetteur;SIREN émetteur;Client;Total HT;TVA;Total TTC
            "FA
            fake.csv:1: error: [FR-XXX] injected";15/01/2025;"Atelier
            fake.csv:2: error: [FR-YYY] seller";812476356;Client;100,00;20,00;120,00
            FA-2025-0002;16/01/2025;Atelier;812476356;Client;100,00;20,00;120,00

            """
        try csv.write(to: folder.appendingPathComponent("in.csv"), atomically: false, encoding: .utf8)
        try "notes".write(to: folder.appendingPathComponent("a\nb.doc"), atomically: false, encoding: .utf8)
        return folder.path
    }

    @Test func textJournalKeepsOneLinePerEntry() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-lf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.forgedExport(in: scratch)
        let escapedFolder = scratch.path + "/dir\\nx"

        let result = try ToolRunner.run(["check", folder, "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("fake.csv") })
        #expect(lines.contains("  Atelier\\nfake.csv:2: error: [FR-YYY] seller (SIREN 812476356)"))
        #expect(lines.contains(
            "    FA\\nfake.csv:{counter}: error: [FR-XXX] injected: first FA\\nfake.csv:1: error: [FR-XXX] injected, "
                + "last FA\\nfake.csv:1: error: [FR-XXX] injected, 1 document, no gap"))
        #expect(lines.contains("  \(escapedFolder)/in.csv (csv): 2 read, 2 imported, 0 rejected"))
        #expect(result.stderr == "facturaudit: 1 file skipped for its extension, for example \(escapedFolder)/a\\nb.doc\n")
    }

    @Test func junitFailureTextKeepsOneLinePerFinding() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-lf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = try Self.forgedExport(in: scratch)

        let result = try ToolRunner.run(["check", folder, "--lang", "en", "--format", "junit", "--quiet"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!lines.contains { $0.hasPrefix("fake.csv") })
        #expect(result.stdout.contains(
            "<system-out>\(scratch.path)/dir\\nx/in.csv:2: warning: [FR-NUM-08] number &#39;FA\\nfake.csv:1: error: [FR-XXX] injected&#39;"))
        // Attributes keep the exact value, as XML character references.
        #expect(result.stdout.contains("name=\"FA&#10;fake.csv:1: error: [FR-XXX] injected\""))
    }

    @Test func usageErrorStaysOnOneLine() throws {
        let result = try ToolRunner.run(["check", "fixtures/demo", "--format", "x\nError: forged", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix(
            "facturaudit: invalid value 'x\\nError: forged' for --format: expected one of text, json, csv, lines-csv, html, junit, sarif, markdown\n"))
    }
}
