import Foundation
import Testing

/// `import`, `verify` and `export` count an empty folder and a missing path apart from rejected records,
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
                == "facturaudit : aucun document lu dans les entrées, la base est inchangée : vérifiez les chemins "
                + "et que l'export contient des factures\n"
                + "facturaudit : 1 dossier sans fichier de factures, voir le journal\n")
    }

    @Test func emptyFolderCreatesNoStore() throws {
        let scratch = try StoreCommandTests.Scratch()
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let database = scratch.path("s.db")
        let check = try ToolRunner.run(["check", empty, "--lang", "en"])
        let result = try ToolRunner.run(["import", empty, scratch.path("missing"), "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(check.status == 2)
        #expect(!FileManager.default.fileExists(atPath: database))
        #expect(!FileManager.default.fileExists(atPath: database + "-wal"))
        #expect(result.stdout.contains("\n  \(empty): folder with no invoice file\n"))
        #expect(result.stdout.hasSuffix("Summary: 0 files, 1 path not found, 1 empty folder; 0 documents read, 0 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
        #expect(
            result.stderr
                == "facturaudit: no document was read from the inputs, store '\(database)' was not created: check the "
                + "paths and that the export holds invoices\n"
                + "facturaudit: 1 path not found, see the journal\n"
                + "facturaudit: 1 folder with no invoice file, see the journal\n")
        #expect(check.stderr == "facturaudit: 1 folder with no invoice file, see the journal\n")
    }

    @Test func headerOnlyExportWritesNoBatch() throws {
        let scratch = try StoreCommandTests.Scratch()
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let header = try scratch.write("b.csv", "N° facture;Date;Total TTC\n")
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        let result = try ToolRunner.run(["import", header, "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.contains("\n  \(header) (csv): 0 read, 0 imported, 0 rejected\n"))
        #expect(
            result.stderr
                == "facturaudit: no document was read from the inputs, the store is unchanged: check the paths and "
                + "that the export holds invoices\n")
        // Still one batch: a later import of a real file becomes batch 2.
        let later = try scratch.write("c.csv", "N° facture;Date;Total TTC\nFA-2;03/01/2025;120,00\n")
        #expect(
            try ToolRunner.run(["import", later, "--db", database, "--lang", "en"]).stderr
                == "facturaudit: '\(later)' continues the source '\(csv)': same folder, format and columns as '\(csv)', "
                + "imported in an earlier batch; its documents are their next versions, with no junction between them; "
                + "if it comes from another tool, import it with --source NAME\nfacturaudit: batch 2 stored (1 document)\n")
        let quiet = try ToolRunner.run(["import", header, "--db", database, "--quiet"])
        #expect(quiet.status == 2)
        #expect(quiet.stderr.isEmpty)
    }

    @Test func exportCountsAnEmptyFolderAsCheckDoes() throws {
        let scratch = try StoreCommandTests.Scratch()
        let empty = scratch.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: false)
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        let alone = try ToolRunner.run(["export", "--to", "csv", csv, "--lang", "en"])
        let result = try ToolRunner.run(["export", "--to", "csv", empty, csv, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout == alone.stdout)
        #expect(
            result.stderr
                == "\(empty): no invoice file in this folder (extensions read: .csv, .tsv, .txt, .xlsx, .xlsm, .xml, .json, .jsonl, "
                + ".ndjson, .pdf)\nfacturaudit: 1 folder with no invoice file, nothing exported from it\n")
        #expect(!result.stderr.contains("rejected"))
        let french = try ToolRunner.run(["export", "--to", "csv", empty, "--lang", "fr"])
        #expect(french.status == 2)
        #expect(french.stderr.hasSuffix("facturaudit : 1 dossier sans fichier de factures, rien n'en a été exporté\n"))
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
