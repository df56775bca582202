import FoundationEssentials
import InvoiceModel

/// A facturaudit store: one SQLite file holding import batches, documents with their provenance,
/// and the seal chain.
///
/// Opening a store applies any pending migrations, switches the file to WAL and checks that the
/// file is one of ours. The store is not Sendable: one task uses it, then calls ``close()``.
public final class InvoiceStore {
    let connection: SQLiteConnection
    public let path: String
    /// True for a schema 2 store opened read-only, so not upgraded. Its documents without seller
    /// identity may still carry the per-file keys `?:FILE` that migration 3 rewrites, so queries
    /// match them as `?`.
    var hasLegacySellerKeys = false
    /// False for a store of schema 3 or older opened read-only: its files have no `source` column.
    var hasSourceColumns = true
    /// False for a store of schema 4 or older opened read-only: it has no `fec_fault` table.
    var hasFECFaultTable = true
    /// False for a store of schema 5 or older opened read-only: its files and batches have no
    /// `documents_skipped` column, and their read counts include the skipped records.
    var hasSkippedColumns = true
    /// The identity of the file opened, which ``checkSameFile()`` compares with the file at ``path``.
    /// It is `nil` when the file could not be read.
    var openedFile: StoreFileIdentity?

    /// How long a write waits for another process's import or seal, by default: one minute.
    public static let defaultBusyTimeout: Int32 = 60_000

    /// Opens the store at `path`, creating it when `create` is true and the file does not exist.
    ///
    /// `busyTimeout` (milliseconds) is how long a write waits while another process writes to
    /// the same store. Past it, the write fails with a message that says so.
    ///
    /// - Throws: ``StoreError`` when the file is missing (and `create` is false), is not an SQLite
    ///   database, belongs to another application or has a newer schema than this version knows.
    public convenience init(path: String, create: Bool, busyTimeout: Int32 = defaultBusyTimeout) throws(StoreError) {
        try self.init(path: path, access: create ? .create : .write, busyTimeout: busyTimeout)
    }

    /// Opens the store at `path` for `access`; see ``Access`` for what each mode does.
    ///
    /// - Throws: ``StoreError`` when `path` is a folder or lies in a missing folder, when the file
    ///   is missing (except for ``Access/create``), is not an SQLite database, belongs to another
    ///   application, has a newer schema than this version supports, or has an older one that a
    ///   read-only store cannot be upgraded from.
    public init(path: String, access: Access, busyTimeout: Int32 = defaultBusyTimeout) throws(StoreError) {
        self.path = path
        try Self.checkLocation(path)
        let exists = FileManager.default.fileExists(atPath: path)
        if !exists && access != .create { throw StoreError.notFound(path) }
        // Opening a file it may not write, SQLite would leave -wal and -shm files behind.
        if access == .create || access == .write, !Self.canWrite(path, exists: exists) {
            throw StoreError.notWritable(path)
        }
        let mode = Self.openMode(path: path, access: access)
        do {
            connection = try SQLiteConnection(path: path, mode: mode, busyTimeout: busyTimeout)
        } catch {
            throw Self.openError(path, error, mode: mode)
        }
        do {
            try prepareFile(create: access == .create, mode: mode, busyTimeout: busyTimeout)
            openedFile = StoreFileIdentity(path: path)
        } catch let error as StoreError {
            connection.close()
            throw error
        } catch let error as SQLiteError {
            connection.close()
            throw Self.openError(path, error, mode: mode)
        } catch {
            connection.close()
            throw StoreError(message: LocalizedText(fr: "\(error)", en: "\(error)"))
        }
    }

    public func close() {
        connection.close()
    }

    /// The tables every store has since schema 1.
    static let requiredTables = ["batch", "source_file", "document", "rejection", "seal", "seal_entry"]

    /// The header values and object count that identify a file as a store, read in one snapshot.
    private struct Identity {
        var applicationID: Int
        var version: Int
        var objects: Int
    }

    /// Checks the file's identity, then applies the migrations it lacks in one transaction.
    ///
    /// Only `create` may turn a file without tables into a store; otherwise the file is left
    /// exactly as it was. Several processes may create the same new store at once: each checks the
    /// identity again under the write lock, so a late process finds the schema ready and waits.
    private func prepareFile(create: Bool, mode: SQLiteConnection.OpenMode, busyTimeout: Int32) throws {
        // The first read fails with SQLITE_NOTADB on a file that is not a database.
        let identity = try readSnapshot()
        try validate(identity, create: create)
        guard case .readWrite = mode else {
            if identity.version < StoreSchema.oldestReadableVersion {
                throw StoreError.readOnlyOlderSchema(path, found: identity.version, supported: StoreSchema.latestVersion)
            }
            hasLegacySellerKeys = identity.version <= StoreSchema.legacySellerKeyVersion
            hasSourceColumns = identity.version >= StoreSchema.sourceVersion
            hasFECFaultTable = identity.version >= StoreSchema.fecFaultVersion
            hasSkippedColumns = identity.version >= StoreSchema.skippedVersion
            return
        }

        // WAL lets readers work during an import; FULL makes each committed batch survive a power cut.
        try switchToWAL(busyTimeout: busyTimeout)
        try connection.executeScript("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON")
        guard identity.version < StoreSchema.latestVersion else { return }
        try connection.transaction {
            // Another process may have created or upgraded the schema while this one waited.
            let locked = try readIdentity()
            try validate(locked, create: create)
            guard locked.version < StoreSchema.latestVersion else { return }
            for index in locked.version..<StoreSchema.latestVersion {
                try StoreSchema.migrations[index].run(on: connection)
            }
            // PRAGMA takes no bound parameters; both values are integer constants of ours.
            try connection.executeScript("PRAGMA application_id = \(StoreSchema.applicationID)")
            try connection.executeScript("PRAGMA user_version = \(StoreSchema.latestVersion)")
        }
    }

    /// Reads the identity inside one read transaction, so a concurrent creation is seen whole or not at all.
    private func readSnapshot() throws -> Identity {
        try connection.executeScript("BEGIN")
        do {
            let identity = try readIdentity()
            try connection.executeScript("COMMIT")
            return identity
        } catch {
            try? connection.executeScript("ROLLBACK")
            throw error
        }
    }

    private func readIdentity() throws -> Identity {
        Identity(
            applicationID: try connection.scalarInt("PRAGMA application_id") ?? 0,
            version: try connection.scalarInt("PRAGMA user_version") ?? 0,
            objects: try connection.scalarInt("SELECT count(*) FROM sqlite_schema") ?? 0)
    }

    /// Throws when the file is not a store this version can use (or create, when `create` is true).
    private func validate(_ identity: Identity, create: Bool) throws {
        if identity.applicationID == 0 {
            if identity.objects > 0 { throw StoreError.foreign(path) }
            // An empty file, or another program's database without tables: only import makes it a store.
            if !create { throw StoreError.notAStore(path) }
            if identity.version > 0 { throw StoreError.foreign(path) }
        } else if identity.applicationID != Int(StoreSchema.applicationID) {
            throw StoreError.foreign(path)
        }
        if identity.version > StoreSchema.latestVersion {
            throw StoreError.newerSchema(path, found: identity.version, supported: StoreSchema.latestVersion)
        }
        if identity.version == 0 && !create { throw StoreError.notAStore(path) }
        if identity.version > 0 {
            for table in Self.requiredTables
            where try connection.scalarInt("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?", [table]) == 0 {
                throw StoreError.incomplete(path, missing: table)
            }
        }
    }

    /// Runs `body` and turns SQLite failures into a ``StoreError`` naming this store.
    func withStoreErrors<Result>(_ body: () throws -> Result) throws(StoreError) -> Result {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw StoreError.sqlite(path, error)
        } catch {
            throw StoreError(message: LocalizedText(fr: "\(error)", en: "\(error)"))
        }
    }

    /// Runs SQLite's `PRAGMA quick_check` and throws when it finds damage, so that no command
    /// writes into, seals or vouches for a damaged store. It reads every page of the file.
    public func checkIntegrity() throws(StoreError) {
        let problems: [String] = try withStoreErrors {
            var problems: [String] = []
            try connection.prepare("PRAGMA quick_check(5)").forEachRow { row in
                guard let text = row.string(0), text != "ok" else { return }
                // A row can list several problems under a '*** in database main ***' heading.
                problems += text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("*** ") }
            }
            return problems
        }
        if let first = problems.first { throw StoreError.damaged(path, detail: first) }
    }

    /// The newest batch number, or `nil` for an empty store.
    public func latestBatch() throws(StoreError) -> Int? {
        try withStoreErrors { try connection.scalarInt("SELECT max(id) FROM batch") }
    }
}

@available(*, unavailable, message: "a store owns one SQLite connection, used by one task")
extension InvoiceStore: Sendable {}
