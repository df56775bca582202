import CFASQLite

/// A prepared statement (`sqlite3_stmt`), finalized in `deinit`.
///
/// Values are always bound to `?` parameters, never spliced into the SQL text.
public final class SQLiteStatement {
    private let handle: OpaquePointer
    public let sql: String

    init(database: OpaquePointer, sql: String) throws(SQLiteError) {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(database: database, sql: sql)
        }
        self.handle = statement
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Resets the statement and binds `arguments` to its parameters in order.
    public func bind(_ arguments: [any SQLiteBindable]) throws(SQLiteError) {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        guard arguments.count == expected else {
            throw SQLiteError(
                code: SQLITE_RANGE, message: "\(arguments.count) arguments for \(expected) parameters", sql: sql)
        }
        for (offset, argument) in arguments.enumerated() {
            let status = argument.bind(to: handle, at: Int32(offset + 1))
            guard status == SQLITE_OK else {
                throw SQLiteError(database: sqlite3_db_handle(handle), sql: sql)
            }
        }
    }

    /// Runs one step: `true` when a row is available, `false` when the statement is done.
    public func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(database: sqlite3_db_handle(handle), sql: sql)
        }
    }

    /// Binds `arguments` and steps until the statement is done, ignoring any rows.
    public func run(_ arguments: [any SQLiteBindable] = []) throws(SQLiteError) {
        try bind(arguments)
        while try step() {}
    }

    /// Binds `arguments` and calls `row` for every row the statement returns.
    public func forEachRow(
        _ arguments: [any SQLiteBindable] = [], _ row: (SQLiteStatement) throws -> Void
    ) throws {
        try bind(arguments)
        while try step() { try row(self) }
    }

    /// Returns the integer in column `index` (0-based) of the current row, or 0 for NULL.
    public func int64(_ index: Int32) -> Int64 {
        sqlite3_column_int64(handle, index)
    }

    public func int(_ index: Int32) -> Int {
        Int(sqlite3_column_int64(handle, index))
    }

    /// Returns the text in column `index` (0-based) of the current row, or `nil` for NULL.
    public func string(_ index: Int32) -> String? {
        guard sqlite3_column_type(handle, index) != SQLITE_NULL, let text = sqlite3_column_text(handle, index) else {
            return nil
        }
        let count = Int(sqlite3_column_bytes(handle, index))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    public func isNull(_ index: Int32) -> Bool {
        sqlite3_column_type(handle, index) == SQLITE_NULL
    }
}

@available(*, unavailable, message: "a prepared statement belongs to its connection's task")
extension SQLiteStatement: Sendable {}
