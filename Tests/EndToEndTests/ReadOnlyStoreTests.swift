import Foundation
import InvoiceStore
import Testing

/// `check`, `verify` and `export` on a store that the user may not write: they read it, leave
/// no `-wal` or `-shm` file beside it, and leave its bytes as they were.
///
/// Root may write any file whatever its mode, so as root these tests run the commands as
/// `nobody` through runuser. As another user, the file modes alone make the store read-only.
@Suite(.enabled(if: WriteAccess.canDrop, "needs a non-root user, or root with /usr/sbin/runuser"))
struct ReadOnlyStoreTests {

    /// Runs facturaudit, as `nobody` when the tests run as root.
    static func runReadOnly(_ arguments: [String]) throws -> ToolRunner.Result {
        guard WriteAccess.isRoot else { return try ToolRunner.run(arguments) }
        return try ToolRunner.run(
            ["-u", "nobody", "--", ToolRunner.executable.path] + arguments, executable: URL(fileURLWithPath: "/usr/sbin/runuser"))
    }

    /// Imports and seals the demo export into `folder/s.db`, then makes the file read-only, and
    /// the folder too unless `writableFolder`.
    static func readOnlyStore(in scratch: StoreCommandTests.Scratch, writableFolder: Bool) throws -> String {
        let folder = scratch.path("store")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        let database = folder + "/s.db"
        #expect(try ToolRunner.run(["import", "fixtures/demo/export-2024-2025.csv", "--db", database, "--quiet"]).status == 0)
        #expect(try ToolRunner.run(["seal", "--db", database, "--quiet"]).status == 0)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: database)
        try FileManager.default.setAttributes([.posixPermissions: writableFolder ? 0o777 : 0o555], ofItemAtPath: folder)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.url.path)
        return database
    }

    @Test(arguments: [false, true])
    func readCommandsWorkOnReadOnlyStore(writableFolder: Bool) throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = try Self.readOnlyStore(in: scratch, writableFolder: writableFolder)
        // Let the scratch folder be removed afterwards.
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path("store")) }
        let before = try Data(contentsOf: URL(fileURLWithPath: database))

        let check = try Self.runReadOnly(["check", "--db", database, "--lang", "en"])
        #expect(check.status == 1, "stderr: \(check.stderr)")
        #expect(check.stderr.isEmpty)
        #expect(check.stdout.hasSuffix("Summary: 1 file; 22 documents read, 22 imported, 0 rejected; 4 errors, 2 warnings, 1 info\n"))
        let verify = try Self.runReadOnly(["verify", "--db", database, "--lang", "en"])
        #expect(verify.status == 0, "stderr: \(verify.stderr)")
        #expect(verify.stdout.hasSuffix("Summary: 1 file; 22 documents read, 22 imported, 0 rejected; 0 errors, 0 warnings, 0 infos\n"))
        let export = try Self.runReadOnly(["export", "--db", database, "--to", "csv", "--lang", "en"])
        #expect(export.status == 0, "stderr: \(export.stderr)")
        #expect(export.stdout.components(separatedBy: "\r\n").count == 24)
        // Writing still needs write access, and the message names it.
        let seal = try Self.runReadOnly(["seal", "--db", database, "--lang", "en"])
        #expect(seal.status == 2)
        #expect(
            seal.stderr
                == "facturaudit: store '\(database)' is read-only for this user: get write access to the file and its "
                + "folder, where SQLite creates its -wal and -shm files; check, verify and export can read it as it is\n")

        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("store")) == ["s.db"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == before)
    }
}

extension ReadOnlyStoreTests {
    /// A read-only store whose newest batch is still in its `-wal` file: the read must see it.
    @Test func readOnlyStoreReadsPendingWAL() throws {
        let scratch = try StoreCommandTests.Scratch()
        let database = try Self.readOnlyStore(in: scratch, writableFolder: false)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.path("store")) }
        // Root writes a second, empty batch and keeps the connection open without a checkpoint.
        let writer = try SQLiteConnection(path: database, create: false)
        defer { writer.close() }
        try writer.executeScript(
            """
            PRAGMA wal_autocheckpoint = 0;
            INSERT INTO batch (imported_at, files, documents_read, documents_imported, documents_rejected)
            VALUES ('2025-11-04T12:00:00Z', 0, 0, 0, 0)
            """)
        #expect(FileManager.default.fileExists(atPath: database + "-wal"))

        let export = try Self.runReadOnly(["export", "--db", database, "--to", "csv", "--batch", "2", "--lang", "en"])
        #expect(export.status == 0, "stderr: \(export.stderr)")
        #expect(export.stdout.components(separatedBy: "\r\n").count == 24)
        let unknown = try Self.runReadOnly(["export", "--db", database, "--to", "csv", "--batch", "3", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr == "facturaudit: unknown batch 3: the store holds batches 1…2\n")
    }
}

/// Whether these tests can run a command without write access to a file: root ignores file modes.
enum WriteAccess {
    static let isRoot = getuid() == 0
    static let canDrop = !isRoot || FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
}
