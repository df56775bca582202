import Foundation
import Testing

/// Monthly exports of one tool imported as successive batches, each file named without `--source`.
/// A file saved beside an earlier batch's file, with the same format and columns, continues its
/// source, so `check --db` checks one numbering and no junction between months. A new tool's
/// export (other columns, another folder) stays a source of its own.
@Suite struct StoreMonthlyExportTests {
    static let header = "N° facture;Date;Émetteur;SIREN émetteur;Client;Total HT;TVA;Total TTC"
    /// Another tool's export of the same invoices: other headers for the same fields.
    static let otherHeader = "Numéro;Date facture;Émetteur;SIREN émetteur;Client;Montant HT;Montant TVA;Montant TTC"

    static func export(_ numbers: [Int], month: Int, header: String = header) -> String {
        ([header] + numbers.map { "FA-\($0);\(String(format: "%02d", $0))/\(String(format: "%02d", month))/2025;Alpha SARL;732829320;Client SAS;100,00;20,00;120,00" })
            .joined(separator: "\n") + "\n"
    }

    static func run(_ arguments: [String], in folder: URL) throws -> ToolRunner.Result {
        try ToolRunner.run(arguments + ["--lang", "en"], workingDirectory: folder)
    }

    static func findingLines(_ journal: String) -> [String] {
        journal.split(separator: "\n").map(String.init).filter { $0.contains(": [") }
    }

    static func joinedLine(_ path: String, source: String, earlier: String) -> String {
        "facturaudit: '\(path)' continues the source '\(source)': same folder, format and columns as '\(earlier)', "
            + "imported in an earlier batch; its documents are their next versions, with no junction between them; "
            + "if it comes from another tool, import it with --source NAME\n"
    }

    @Test func nextMonthContinuesTheSource() throws {
        let scratch = try StoreCommandTests.Scratch()
        _ = try scratch.write("ventes-2025-01.csv", Self.export([1, 2, 3], month: 1))
        _ = try scratch.write("ventes-2025-02.csv", Self.export([5, 6], month: 2))
        #expect(try Self.run(["import", "ventes-2025-01.csv", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        let february = try Self.run(["import", "ventes-2025-02.csv", "--db", "s.db"], in: scratch.url)
        #expect(february.status == 0)
        #expect(
            february.stderr
                == Self.joinedLine("ventes-2025-02.csv", source: "ventes-2025-01.csv", earlier: "ventes-2025-01.csv")
                + "facturaudit: batch 2 stored (2 documents)\n")
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.status == 1)
        // One numbering: FA-4 is a plain gap, not a gap at a junction between two tools.
        #expect(
            Self.findingLines(check.stdout) == [
                "ventes-2025-02.csv:2: error: [FR-NUM-03] missing number in series FA-{counter}: FA-4"
            ])
        #expect(check.stdout.contains("    FA-{counter}: first FA-1, last FA-6, 5 documents, gap: FA-4\n"))
    }

    @Test func cumulativeExportReplacesEarlierMonth() throws {
        let scratch = try StoreCommandTests.Scratch()
        _ = try scratch.write("ventes-2025-01.csv", Self.export([1, 2, 3], month: 1))
        _ = try scratch.write("ventes-2025-02.csv", Self.export([1, 2, 3], month: 1) + Self.export([4], month: 2).split(separator: "\n")[1] + "\n")
        _ = try scratch.write("ventes-2025-03.csv", Self.export([5], month: 3))
        for month in ["01", "02"] {
            #expect(try Self.run(["import", "ventes-2025-\(month).csv", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        }
        let march = try Self.run(["import", "ventes-2025-03.csv", "--db", "s.db"], in: scratch.url)
        // The newest file with that layout names the earlier file; the source keeps its first name.
        #expect(
            march.stderr.hasPrefix(
                Self.joinedLine("ventes-2025-03.csv", source: "ventes-2025-01.csv", earlier: "ventes-2025-02.csv")))
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.status == 0)
        #expect(Self.findingLines(check.stdout) == [])
        #expect(check.stdout.contains("    FA-{counter}: first FA-1, last FA-5, 5 documents, no gap\n"))
    }

    /// The migration case: the new tool writes other columns into the same folder.
    @Test func otherToolBesideKeepsTheJunction() throws {
        let scratch = try StoreCommandTests.Scratch()
        _ = try scratch.write("ancien.csv", Self.export([1, 2, 3], month: 1))
        _ = try scratch.write("nouveau.csv", Self.export([3, 4], month: 2, header: Self.otherHeader))
        #expect(try Self.run(["import", "ancien.csv", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        let imported = try Self.run(["import", "nouveau.csv", "--db", "s.db"], in: scratch.url)
        #expect(imported.stderr == "facturaudit: batch 2 stored (2 documents)\n")
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(check.status == 1)
        #expect(
            Self.findingLines(check.stdout).contains(
                "nouveau.csv:2: error: [FA-MIG-01] overlap at the junction: 'nouveau.csv' uses FA-3 while 'ancien.csv' "
                    + "goes up to FA-3; the new numbering must continue after it"))
    }

    /// The same columns in another folder, or with `--source`, stay another source.
    @Test func otherFolderOrSourceOptionKeepsTheJunction() throws {
        let scratch = try StoreCommandTests.Scratch()
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(at: scratch.url.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        _ = try scratch.write("a/ventes.csv", Self.export([1, 2], month: 1))
        _ = try scratch.write("b/ventes.csv", Self.export([4], month: 2))
        _ = try scratch.write("a/ventes-2.csv", Self.export([6], month: 3))
        #expect(try Self.run(["import", "a/ventes.csv", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        let other = try Self.run(["import", "b/ventes.csv", "--db", "s.db"], in: scratch.url)
        #expect(other.stderr == "facturaudit: batch 2 stored (1 document)\n")
        let named = try Self.run(["import", "a/ventes-2.csv", "--db", "s.db", "--source", "outil-b"], in: scratch.url)
        #expect(named.stderr == "facturaudit: batch 3 stored (1 document)\n")
        let check = try Self.run(["check", "--db", "s.db"], in: scratch.url)
        #expect(
            Self.findingLines(check.stdout) == [
                "a/ventes-2.csv:2: error: [FR-NUM-03] gap at the junction between 'b/ventes.csv' and 'outil-b' in "
                    + "series FA-{counter}: 'outil-b' starts at FA-6 while 'b/ventes.csv' ends at FA-4; FA-5 missing",
                "b/ventes.csv:2: error: [FR-NUM-03] gap at the junction between 'a/ventes.csv' and 'b/ventes.csv' in "
                    + "series FA-{counter}: 'b/ventes.csv' starts at FA-4 while 'a/ventes.csv' ends at FA-2; FA-3 missing",
            ])
    }

    @Test func frenchMessageNamesTheSource() throws {
        let scratch = try StoreCommandTests.Scratch()
        _ = try scratch.write("ventes-2025-01.csv", Self.export([1], month: 1))
        _ = try scratch.write("ventes-2025-02.csv", Self.export([2], month: 2))
        #expect(try Self.run(["import", "ventes-2025-01.csv", "--db", "s.db", "--quiet"], in: scratch.url).status == 0)
        let february = try ToolRunner.run(["import", "ventes-2025-02.csv", "--db", "s.db", "--lang", "fr"], workingDirectory: scratch.url)
        #expect(
            february.stderr
                == "facturaudit : 'ventes-2025-02.csv' prolonge la source 'ventes-2025-01.csv' : même dossier, même format "
                + "et mêmes colonnes que 'ventes-2025-01.csv', importé dans un lot antérieur ; ses documents en sont les "
                + "versions suivantes, sans jonction entre eux ; s'il vient d'un autre logiciel, importez-le avec "
                + "--source NOM\nfacturaudit : lot 2 enregistré (1 document)\n")
    }
}
