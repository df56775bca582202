import CFASQLite

/// A failed SQLite call: the primary and extended result codes, SQLite's message and the SQL.
///
/// Bound arguments are left out on purpose, because invoices carry personal data.
public struct SQLiteError: Error, CustomStringConvertible {
    /// The primary result code (`SQLITE_BUSY`, `SQLITE_NOTADB`, …).
    public let code: Int32
    public let extendedCode: Int32
    public let message: String
    public let sql: String?

    init(code: Int32, extendedCode: Int32? = nil, message: String, sql: String? = nil) {
        self.code = code & 0xFF
        self.extendedCode = extendedCode ?? code
        self.message = message
        self.sql = sql
    }

    /// Creates the error of the last failed call on `database`.
    init(database: OpaquePointer?, sql: String? = nil) {
        let extended = database.map { sqlite3_extended_errcode($0) } ?? SQLITE_ERROR
        let message = database.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) } ?? "unknown SQLite error"
        self.init(code: extended, extendedCode: extended, message: message, sql: sql)
    }

    /// True when the file is not an SQLite database, or is encrypted or damaged beyond its header.
    public var isNotADatabase: Bool { code == SQLITE_NOTADB || code == SQLITE_CORRUPT }

    static let full = SQLITE_FULL
    static let readOnly = SQLITE_READONLY
    static let cannotOpen = SQLITE_CANTOPEN
    static let permission = SQLITE_PERM
    static let ioError = SQLITE_IOERR

    /// True when another connection held the lock longer than the busy timeout.
    public var isBusy: Bool { code == SQLITE_BUSY || code == SQLITE_LOCKED }

    public var description: String {
        var text = "SQLite error \(extendedCode): \(message)"
        if let sql { text += " (in '\(sql)')" }
        return text
    }
}
