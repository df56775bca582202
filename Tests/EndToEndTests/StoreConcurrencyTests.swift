import Foundation
import InvoiceStore
import Testing

/// Two processes writing to one store: the second waits for the first instead of failing.
@Suite struct StoreConcurrencyTests {
    /// A `facturaudit` process started without waiting, its output going to files.
    final class Running {
        let process = Process()
        let folder: URL

        init(_ arguments: [String], environment: [String: String] = [:]) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-busy-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in ["stdout", "stderr"] {
                _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil)
            }
            process.executableURL = ToolRunner.executable
            process.arguments = arguments
            process.currentDirectoryURL = ToolRunner.repositoryRoot
            process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C"].merging(environment) { _, new in new }
            process.standardOutput = try FileHandle(forWritingTo: folder.appendingPathComponent("stdout"))
            process.standardError = try FileHandle(forWritingTo: folder.appendingPathComponent("stderr"))
            try process.run()
        }

        deinit { try? FileManager.default.removeItem(at: folder) }

        /// Waits for the exit and returns the status with standard error.
        func finish() throws -> (status: Int32, stderr: String) {
            process.waitUntilExit()
            let stderr = try Data(contentsOf: folder.appendingPathComponent("stderr"))
            return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
        }
    }

    /// Creates a store, then holds its write lock (as a long import does) through a second connection.
    private static func lockedStore(in scratch: StoreCommandTests.Scratch) throws -> (path: String, lock: SQLiteConnection) {
        let database = scratch.path("s.db")
        let seed = try scratch.write("seed.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        #expect(try ToolRunner.run(["import", seed, "--db", database, "--quiet"]).status == 0)
        let lock = try SQLiteConnection(path: database, create: false)
        try lock.executeScript("BEGIN IMMEDIATE")
        return (database, lock)
    }

    @Test func concurrentImportsBothSucceed() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, lock) = try Self.lockedStore(in: scratch)
        let first = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-2;03/01/2025;120,00\n")
        let second = try scratch.write("b.csv", "N° facture;Date;Total TTC\nFA-3;04/01/2025;120,00\n")
        let imports = try [first, second].map { try Running(["import", $0, "--db", database, "--quiet"]) }
        // Longer than the former five-second timeout, well under the new one.
        Thread.sleep(forTimeInterval: 6.5)
        try lock.executeScript("COMMIT")
        lock.close()
        for running in imports {
            let result = try running.finish()
            #expect(result.status == 0, "stderr: \(result.stderr)")
        }
        let export = try ToolRunner.run(["export", "--db", database, "--to", "csv", "--lang", "en"])
        #expect(export.stdout.components(separatedBy: "\r\n").dropFirst().map { $0.prefix(5) }.sorted() == ["", "FA-1,", "FA-2,", "FA-3,"])
    }

    @Test func lockHeldPastTimeoutSaysAnotherProcessWrites() throws {
        let scratch = try StoreCommandTests.Scratch()
        let (database, lock) = try Self.lockedStore(in: scratch)
        defer { lock.close() }
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-2;03/01/2025;120,00\n")
        let english = try ToolRunner.run(
            ["import", csv, "--db", database, "--lang", "en"], environment: ["FACTURAUDIT_BUSY_TIMEOUT": "1"])
        #expect(english.status == 2)
        #expect(english.stderr == Self.lockedMessage(database))
        let french = try ToolRunner.run(
            ["import", csv, "--db", database, "--lang", "fr"], environment: ["FACTURAUDIT_BUSY_TIMEOUT": "1"])
        #expect(french.status == 2)
        #expect(
            french.stderr
                == "facturaudit : la base '\(database)' est verrouillée par un autre processus (un import ou un "
                + "scellement facturaudit, ou un autre programme qui a ouvert le fichier) et n'a pas été libérée à temps : "
                + "attendez qu'il se termine puis relancez la commande, ou allongez l'attente avec "
                + "FACTURAUDIT_BUSY_TIMEOUT (secondes)\n")
    }

    /// Returns the English message of a store that stayed locked past `FACTURAUDIT_BUSY_TIMEOUT`.
    static func lockedMessage(_ database: String) -> String {
        "facturaudit: store '\(database)' is locked by another process (a facturaudit import or seal, or another "
            + "program that opened the file) and was not released in time: wait until it ends and run the command "
            + "again, or wait longer with FACTURAUDIT_BUSY_TIMEOUT (seconds)\n"
    }

    /// Another program holding an exclusive lock, as `sqlite3` does with `PRAGMA locking_mode = EXCLUSIVE`,
    /// blocks reads too: every command stops with exit 2 and the same message, and the store is intact.
    @Test func exclusiveLockStopsEveryCommand() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = scratch.path("s.db")
        let csv = try scratch.write("a.csv", "N° facture;Date;Total TTC\nFA-1;02/01/2025;120,00\n")
        #expect(try ToolRunner.run(["import", csv, "--db", database, "--quiet"]).status == 0)
        let lock = try SQLiteConnection(path: database, create: false)
        try lock.executeScript("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM batch;")
        let other = try scratch.write("b.csv", "N° facture;Date;Total TTC\nFA-2;03/01/2025;120,00\n")
        let commands = [
            ["check", "--db", database], ["export", "--db", database, "--to", "csv"], ["import", other, "--db", database],
            ["seal", "--db", database], ["verify", "--db", database, csv],
        ]
        for command in commands {
            let result = try ToolRunner.run(command + ["--lang", "en"], environment: ["FACTURAUDIT_BUSY_TIMEOUT": "1"])
            #expect(result.status == 2, "\(command[0])")
            #expect(result.stdout.isEmpty, "\(command[0])")
            #expect(result.stderr == Self.lockedMessage(database), "\(command[0])")
        }
        try lock.executeScript("COMMIT")
        lock.close()
        let check = try ToolRunner.run(["check", "--db", database, "--lang", "en"])
        #expect(check.status == 0)
        #expect(check.stdout.contains("\nSummary: 1 file; 1 document read, 1 imported, 0 rejected; "))
    }
}
