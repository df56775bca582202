import Foundation
import InvoiceStore
import Testing

/// `import` into a store deleted or replaced while it runs exits with status 2 and reports that
/// nothing was stored, instead of committing the batch into a file that lost its name.
///
/// The test holds the store's write lock, so the import waits before it commits; once the import
/// has the file open (as /proc shows), the test deletes or replaces it, then releases the lock.
@Suite struct StoreReplacedDuringImportTests {
    /// Waits until process `pid` has `path` open, for one minute at most, and returns whether it has.
    static func waitUntilOpen(_ path: String, by pid: Int32) -> Bool {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let descriptors = "/proc/\(pid)/fd"
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: descriptors)) ?? []
            where (try? FileManager.default.destinationOfSymbolicLink(atPath: "\(descriptors)/\(name)")) == target {
                return true
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return false
    }

    /// Imports a first batch, holds the write lock, starts a second import and, once it has opened
    /// the store, runs `change` on the store's path. Returns the second import's status and standard error.
    static func importWhile(
        _ change: (String, StoreCommandTests.Scratch) throws -> Void, language: String
    ) throws -> (status: Int32, stderr: String, database: String, scratch: StoreCommandTests.Scratch) {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let seed = try scratch.write("seed.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        #expect(try ToolRunner.run(["import", seed, "--db", database, "--quiet"]).status == 0)
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-2;03/01/2025;120,00\n")
        let lock = try SQLiteConnection(path: database, create: false)
        try lock.executeScript("BEGIN IMMEDIATE")
        let running = try StoreConcurrencyTests.Running(["import", csv, "--db", database, "--lang", language])
        #expect(waitUntilOpen(database, by: running.process.processIdentifier))
        try change(database, scratch)
        try lock.executeScript("ROLLBACK")
        lock.close()
        let result = try running.finish()
        return (result.status, result.stderr, database, scratch)
    }

    @Test(arguments: ["en", "fr"]) func deletedStoreExitsTwo(language: String) throws {
        let result = try Self.importWhile({ path, _ in try FileManager.default.removeItem(atPath: path) }, language: language)
        #expect(result.status == 2)
        let path = result.database
        #expect(
            result.stderr
                == (language == "en"
                    ? "facturaudit: store '\(path)' was deleted while the command ran: nothing was stored; restore it "
                        + "from a backup, then run the command again\n"
                    : "facturaudit : la base '\(path)' a été supprimée pendant la commande : rien n'a été enregistré ; "
                        + "restaurez-la depuis une sauvegarde, puis relancez la commande\n"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func replacedStoreExitsTwoAndKeepsTheOtherFile() throws {
        let result = try Self.importWhile(
            { path, scratch in
                // A copy of the store, batch 1 only, moved over it: as a restore from a backup would.
                try FileManager.default.copyItem(atPath: path, toPath: scratch.path("backup.db"))
                #expect(rename(scratch.path("backup.db"), path) == 0)
            }, language: "en")
        #expect(result.status == 2)
        #expect(
            result.stderr
                == "facturaudit: store '\(result.database)' was replaced by another file while the command ran: nothing "
                + "was stored; check which file is the right store, then run the command again\n")
        let check = try ToolRunner.run(["check", "--db", result.database, "--lang", "en"])
        #expect(check.stdout.contains("Summary: 1 file; 1 document read, 1 imported, 0 rejected; "))
    }
}
