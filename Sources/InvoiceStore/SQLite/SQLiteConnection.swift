import CFASQLite

/// One SQLite database connection (`sqlite3*`), used by one task at a time.
///
/// Opened with extended result codes and a busy timeout; closed by ``close()`` or, failing that,
/// in `deinit`.
public final class SQLiteConnection {
    private var handle: OpaquePointer?
    public let path: String

    /// The access mode in which ``init(path:mode:busyTimeout:)`` opens a file.
    public enum OpenMode: Sendable {
        /// Reads and writes, creating the file when `create` is true.
        case readWrite(create: Bool)
        /// Reads only (URI `mode=ro`). SQLite still needs the `-shm` file of a WAL database.
        case readOnly
        /// Reads only, without locks, `-wal` or `-shm` files (URI `immutable=1`). Safe only when
        /// no process can change the file while it is open.
        case immutable
    }

    /// Opens or creates the database file at `path` (`sqlite3_open_v2`).
    ///
    /// - Parameter busyTimeout: how long, in milliseconds, a statement waits for another
    ///   connection's write lock before failing with `SQLITE_BUSY` (`sqlite3_busy_timeout`).
    public convenience init(path: String, create: Bool, busyTimeout: Int32 = 60_000) throws(SQLiteError) {
        try self.init(path: path, mode: .readWrite(create: create), busyTimeout: busyTimeout)
    }

    /// Opens the database file at `path` in `mode` (`sqlite3_open_v2`); read-only modes use an
    /// SQLite URI built from `path`.
    public init(path: String, mode: OpenMode, busyTimeout: Int32 = 60_000) throws(SQLiteError) {
        var database: OpaquePointer?
        let name: String
        let flags: Int32
        switch mode {
        case .readWrite(let create):
            name = path
            flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0)
        case .readOnly:
            name = Self.uri(path, query: "mode=ro")
            flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        case .immutable:
            name = Self.uri(path, query: "immutable=1")
            flags = SQLITE_OPEN_READONLY | SQLITE_OPEN_URI
        }
        let status = sqlite3_open_v2(name, &database, flags, nil)
        guard status == SQLITE_OK, let database else {
            let error = SQLiteError(database: database)
            // sqlite3_open_v2 may return a handle even on failure, and it must be closed.
            sqlite3_close_v2(database)
            throw error
        }
        sqlite3_extended_result_codes(database, 1)
        sqlite3_busy_timeout(database, busyTimeout)
        self.handle = database
        self.path = path
    }

    /// Writes `path` as an SQLite `file:` URI: '%', '?' and '#' are percent-encoded, so they stay
    /// part of the file name, and a leading "//" is kept from reading as an authority.
    static func uri(_ path: String, query: String) -> String {
        var encoded = ""
        for character in path.unicodeScalars {
            switch character {
            case "%": encoded += "%25"
            case "?": encoded += "%3F"
            case "#": encoded += "%23"
            default: encoded.unicodeScalars.append(character)
            }
        }
        if encoded.hasPrefix("//") { encoded = "/" + encoded.drop { $0 == "/" } }
        return "file:" + encoded + "?" + query
    }

    deinit {
        if let handle { sqlite3_close_v2(handle) }
    }

    /// Closes the connection; later calls throw `SQLITE_MISUSE`.
    public func close() {
        if let handle { sqlite3_close_v2(handle) }
        handle = nil
    }

    private func database() throws(SQLiteError) -> OpaquePointer {
        guard let handle else { throw SQLiteError(code: SQLITE_MISUSE, message: "connection closed") }
        return handle
    }

    /// Prepares one SQL statement.
    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        try SQLiteStatement(database: database(), sql: sql)
    }

    /// Runs one statement with bound `arguments`, ignoring rows.
    public func execute(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws(SQLiteError) {
        try prepare(sql).run(arguments)
    }

    /// Runs a script of statements that take no arguments (`sqlite3_exec`), for schema changes.
    public func executeScript(_ sql: String) throws(SQLiteError) {
        let database = try database()
        guard sqlite3_exec(database, sql, nil, nil, nil) == SQLITE_OK else {
            throw SQLiteError(database: database, sql: sql)
        }
    }

    /// Returns the first column of the first row as an integer: `nil` when there is no row or it is NULL.
    public func scalarInt(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws(SQLiteError) -> Int? {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        guard try statement.step(), !statement.isNull(0) else { return nil }
        return statement.int(0)
    }

    /// Returns the first column of the first row as text: `nil` when there is no row or it is NULL.
    public func scalarString(_ sql: String, _ arguments: [any SQLiteBindable] = []) throws(SQLiteError) -> String? {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        return try statement.step() ? statement.string(0) : nil
    }

    /// The row id of the last successful INSERT on this connection.
    public var lastInsertedRowID: Int64 {
        handle.map { sqlite3_last_insert_rowid($0) } ?? 0
    }

    /// Runs `body` inside `BEGIN IMMEDIATE … COMMIT`, rolling back when it throws.
    ///
    /// The first error wins: a failing ROLLBACK never hides the error that caused it. When SQLite
    /// has already rolled the transaction back by itself (some I/O and constraint errors do), the
    /// COMMIT is not attempted and an `SQLITE_ABORT` error says so.
    public func transaction<Result>(_ body: () throws -> Result) throws -> Result {
        let database = try database()
        try executeScript("BEGIN IMMEDIATE")
        let result: Result
        do {
            result = try body()
        } catch {
            if sqlite3_get_autocommit(database) == 0 { try? executeScript("ROLLBACK") }
            throw error
        }
        guard sqlite3_get_autocommit(database) == 0 else {
            throw SQLiteError(code: SQLITE_ABORT, message: "SQLite rolled the transaction back before COMMIT")
        }
        do {
            try executeScript("COMMIT")
        } catch {
            if sqlite3_get_autocommit(database) == 0 { try? executeScript("ROLLBACK") }
            throw error
        }
        return result
    }
}

@available(*, unavailable, message: "an SQLite connection belongs to one task")
extension SQLiteConnection: Sendable {}
