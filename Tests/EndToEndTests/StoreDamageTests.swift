import Foundation
import InvoiceStore
import Testing

/// Stores that are empty, incomplete or damaged: clear messages, exit 2, and files left as they were.
@Suite struct StoreDamageTests {
    static let readCommands: [[String]] = [
        ["check", "--db"], ["export", "--to", "csv", "--db"], ["verify", "--db"], ["seal", "--db"],
    ]

    @Test(arguments: readCommands)
    func zeroByteFileStaysEmpty(command: [String]) throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = try scratch.write("empty.db", "")
        let result = try ToolRunner.run(command + [database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "facturaudit: '\(database)' is not a facturaudit store (no tables): "
                + "run 'facturaudit import PATH… --db \(database)' first\n")
        #expect(try FileManager.default.attributesOfItem(atPath: database)[.size] as? Int == 0)
    }

    @Test func otherProgramsEmptyDatabaseUnchanged() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("other.db")
        let other = try SQLiteConnection(path: database, create: true)
        try other.executeScript("PRAGMA user_version = 7")
        other.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: database))
        let result = try ToolRunner.run(["check", "--db", database, "--lang", "fr"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "facturaudit : '\(database)' n'est pas une base facturaudit (aucune table) : "
                + "lancez d'abord 'facturaudit import CHEMIN… --db \(database)'\n")
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }

    @Test func storeWithoutTablesIsIncomplete() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        try InvoiceStore(path: database, create: true).close()
        let raw = try SQLiteConnection(path: database, create: false)
        try raw.executeScript(
            "DROP TABLE seal_entry; DROP TABLE seal; DROP TABLE rejection; DROP TABLE document; "
                + "DROP TABLE source_file; DROP TABLE batch")
        raw.close()
        let result = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "facturaudit: store '\(database)' is incomplete (table 'batch' is missing), it was damaged or modified "
                + "outside facturaudit: restore it from a backup or import the files into a new store\n")
    }

    @Test func damagedDocumentIsNamed() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let csv = try scratch.write("a.csv", "N° facture;Date;SIREN émetteur;Total TTC\nFA-1;02/01/2025;812476356;120,00\n")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        let raw = try SQLiteConnection(path: database, create: false)
        try raw.execute("UPDATE document SET body = '{\"number\": 12}'")
        raw.close()
        let english = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(english.status == 2)
        #expect(
            english.stderr
                == "facturaudit: document 'FA-1' of seller 'SIREN:812476356' in batch 1 (\(csv):2) is damaged in store "
                + "'\(database)' and cannot be read: restore the store from a backup or import the file again into "
                + "a new store\n")
        let french = try ToolRunner.run(["export", "--db", database, "--to", "csv", "--lang", "fr"])
        #expect(french.status == 2)
        #expect(french.stderr.hasPrefix("facturaudit : le document 'FA-1' du vendeur 'SIREN:812476356', lot 1 (\(csv):2), est endommagé"))
    }

    @Test func checkOfEmptyStoreExitsTwo() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        try InvoiceStore(path: database, create: true).close()
        let result = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(
            result.stderr
                == "facturaudit: store '\(database)' contains no document: import files first with "
                + "'facturaudit import PATH… --db \(database)'\n")
    }
}
