import Foundation
import Testing

/// A prose `.txt` beside the exports of an audited folder is skipped with a warning, while the
/// same file named on the command line stays strict.
@Suite struct ProseInFolderTests {
    static let csv = "N° facture;Date;Total HT;TVA;Total TTC;Émetteur;SIREN émetteur\nF-1;02/01/2025;100,00;20,00;120,00;Alpha;732829320\n"
    static let prose = "Export des ventes janvier 2025\nGénéré par le logiciel le 01/02/2025, à 10 h.\nContact : compta@example.fr\n"

    func makeFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-prose-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.csv.utf8).write(to: folder.appendingPathComponent("jan.csv"))
        try Data(Self.prose.utf8).write(to: folder.appendingPathComponent("LISEZMOI.txt"))
        return folder
    }

    @Test func proseFoundInAFolderIsSkipped() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["check", folder.path, "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(
            "\(folder.path)/LISEZMOI.txt: warning: [import] not an invoice file (text without columns or a recognised header), skipped; name the file on the command line to read it as a CSV\n"))
        #expect(result.stdout.contains("  \(folder.path)/LISEZMOI.txt (unknown): 0 read, 0 imported, 0 rejected\n"))
        #expect(result.stdout.contains("  \(folder.path)/jan.csv (csv): 1 read, 1 imported, 0 rejected\n"))
    }

    @Test func proseNamedOnTheCommandLineIsRejected() throws {
        let folder = try makeFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try ToolRunner.run(["check", folder.appendingPathComponent("LISEZMOI.txt").path, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("error: [rejected] no invoice number column recognised"))
    }
}
