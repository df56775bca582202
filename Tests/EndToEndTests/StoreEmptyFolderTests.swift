import Foundation
import Testing

/// `import` and `verify` count an empty folder and a missing path apart from rejected records,
/// with the journal lines, standard error lines and exit status 2 of `check`.
@Suite struct StoreEmptyFolderTests {
    @Test func importCountsAnEmptyFolderAsCheckDoes() throws {
        let scratch = try StoreCommandTests.Scratch()
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let check = try ToolRunner.run(["check", empty, csv, "--lang", "en"])
        let database = scratch.path("s.db")
        let result = try ToolRunner.run(["import", empty, csv, "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(check.status == 2)
        #expect(result.stdout.contains("\n  \(empty): folder with no invoice file\n"))
        #expect(
            result.stdout.hasSuffix(
                "Summary: 1 file, 1 empty folder; 1 document read, 1 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
        #expect(check.stdout.hasSuffix(result.stdout.split(separator: "\n").last.map { "\($0)\n" } ?? "-"))
        #expect(
            result.stderr
                == "facturaudit: batch 1 stored (1 document)\nfacturaudit: 1 folder with no invoice file, see the journal\n")
        #expect(check.stderr == "facturaudit: 1 folder with no invoice file, see the journal\n")

        let french = try ToolRunner.run(["import", empty, "--db", database, "--lang", "fr"])
        #expect(french.status == 2)
        #expect(
            french.stdout.hasSuffix(
                "Bilan : 0 fichier, 1 dossier vide ; 0 document lu, 0 importé, 0 rejeté ; 0 erreur, 0 avertissement, 0 info\n"))
        #expect(
            french.stderr
                == "facturaudit : aucun nouveau fichier, la base est inchangée\n"
                + "facturaudit : 1 dossier sans fichier de factures, voir le journal\n")
    }

    @Test func importCountsAMissingPathAsCheckDoes() throws {
        let scratch = try StoreCommandTests.Scratch()
        let missing = scratch.path("missing")
        let result = try ToolRunner.run(["import", missing, "--db", scratch.path("s.db"), "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\n  \(missing): path not found\n"))
        #expect(result.stderr.hasSuffix("facturaudit: 1 path not found, see the journal\n"))
        #expect(!result.stderr.contains("rejected"))
    }

    @Test func verifyCountsAnEmptyFolderAsCheckDoes() throws {
        let scratch = try StoreCommandTests.Scratch()
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        #expect(try ToolRunner.run(["seal", "--db", database, "--quiet"]).status == 0)
        let result = try ToolRunner.run(["verify", "--db", database, empty, csv, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\n  \(empty): folder with no invoice file\n"))
        #expect(result.stdout.contains("1 file, 1 empty folder; 1 document read, 1 imported, 0 rejected"))
        #expect(result.stderr == "facturaudit: 1 folder with no invoice file, see the journal\n")
    }
}
