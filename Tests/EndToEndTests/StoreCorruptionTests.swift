import Foundation
import InvoiceStore
import Testing

/// Stores whose pages were overwritten on disk. Every command stops with exit 2 and a message in
/// the chosen language telling the user to restore a backup, and nothing is written to the store.
@Suite struct StoreCorruptionTests {
    /// Imports the demo invoices into a new store and overwrites the first page of `object`
    /// (an index or a table) with junk. Returns the store path.
    private static func damagedStore(_ scratch: StoreCommandTests.Scratch, object: String) throws -> String {
        let database = scratch.path("s.db")
        #expect(try ToolRunner.run(["import", "fixtures/demo", "--db", database, "--quiet"]).status == 0)
        let raw = try SQLiteConnection(path: database, create: false)
        let page = try #require(try raw.scalarInt("SELECT rootpage FROM sqlite_schema WHERE name = ?", [object]))
        let pageSize = try #require(try raw.scalarInt("PRAGMA page_size"))
        _ = try raw.scalarString("PRAGMA wal_checkpoint(TRUNCATE)")
        raw.close()
        let handle = try #require(FileHandle(forUpdatingAtPath: database))
        try handle.seek(toOffset: UInt64((page - 1) * pageSize))
        try handle.write(contentsOf: Data(repeating: 0xDE, count: pageSize))
        try handle.close()
        return database
    }

    @Test func sealRejectsDamagedIndex() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = try Self.damagedStore(scratch, object: "rejection_by_file")
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        let result = try ToolRunner.run(["seal", "--db", database, "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("facturaudit: store '\(database)' is damaged (SQLite: 'Page "))
        #expect(result.stderr.hasSuffix(
            ": btreeInitPage() returns error code 11'), nothing was written to it: restore it from a backup or "
                + "import the files into a new store\n"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
        #expect(try SQLiteConnection(path: database, create: false).scalarInt("SELECT count(*) FROM seal") == 0)
    }

    @Test(arguments: [["check", "--db"], ["export", "--to", "csv", "--db"], ["verify", "--db"], ["import", "fixtures/demo/ubl", "--db"]])
    func damagedTableIsReportedInFrench(command: [String]) throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = try Self.damagedStore(scratch, object: "document")
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        let result = try ToolRunner.run(command + [database, "--lang", "fr"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("facturaudit : la base '\(database)' est endommagée (SQLite : '"))
        #expect(result.stderr.hasSuffix(
            "'), rien n'y a été écrit : restaurez-la depuis une sauvegarde ou importez les fichiers dans une nouvelle base\n"))
        #expect(!result.stderr.contains("malformed"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}
