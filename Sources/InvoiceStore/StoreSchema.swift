/// The store's schema as a list of migrations; `PRAGMA user_version` records how many have run.
///
/// Migrations only ever get appended: a released migration is never edited, so every store
/// reaches the same schema whatever version created it.
enum StoreSchema {
    /// `PRAGMA application_id` of facturaudit stores, the ASCII bytes "FAUD"; it tells our files
    /// from other applications' SQLite databases.
    static let applicationID: Int32 = 0x4641_5544

    static var latestVersion: Int { migrations.count }

    /// The oldest schema that a read-only store may have and still be read without an upgrade.
    /// Later migrations only rewrite values that queries also match unrewritten (see
    /// ``InvoiceStore/hasLegacySellerKeys``), add columns whose missing values queries derive
    /// (see ``InvoiceStore/hasSourceColumns`` and ``InvoiceStore/hasSkippedColumns``) or add tables
    /// whose absence means that nothing was recorded (see ``InvoiceStore/hasFECFaultTable``).
    static let oldestReadableVersion = 2

    static let migrations: [StoreMigration] = [
        // 1: batches, files with their SHA-256, documents as canonical JSON with the indexed
        // columns queries use, rejections, and the seal chain.
        .script(
        """
        CREATE TABLE batch (
            id INTEGER PRIMARY KEY,
            imported_at TEXT NOT NULL,
            files INTEGER NOT NULL,
            documents_read INTEGER NOT NULL,
            documents_imported INTEGER NOT NULL,
            documents_rejected INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE source_file (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batch(id),
            path TEXT NOT NULL,
            sha256 TEXT,
            format TEXT NOT NULL,
            documents_read INTEGER NOT NULL,
            documents_imported INTEGER NOT NULL,
            documents_rejected INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX source_file_by_sha256 ON source_file(sha256);
        CREATE INDEX source_file_by_batch ON source_file(batch_id);
        CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            batch_id INTEGER NOT NULL REFERENCES batch(id),
            file_id INTEGER NOT NULL REFERENCES source_file(id),
            line INTEGER,
            element TEXT,
            seller_key TEXT NOT NULL,
            number TEXT,
            issue_date TEXT,
            kind TEXT NOT NULL,
            is_draft INTEGER NOT NULL,
            fingerprint TEXT NOT NULL,
            body TEXT NOT NULL
        ) STRICT;
        CREATE INDEX document_by_seller_number ON document(seller_key, number, batch_id);
        CREATE INDEX document_by_batch ON document(batch_id);
        CREATE INDEX document_by_issue_date ON document(issue_date);
        CREATE INDEX document_by_kind ON document(kind, is_draft);
        CREATE TABLE rejection (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES source_file(id),
            line INTEGER,
            element TEXT,
            reason_fr TEXT NOT NULL,
            reason_en TEXT NOT NULL
        ) STRICT;
        CREATE INDEX rejection_by_file ON rejection(file_id);
        CREATE TABLE seal (
            id INTEGER PRIMARY KEY,
            sealed_at TEXT NOT NULL,
            last_batch_id INTEGER NOT NULL,
            document_count INTEGER NOT NULL,
            previous_hash TEXT NOT NULL,
            seal_hash TEXT NOT NULL
        ) STRICT;
        CREATE TABLE seal_entry (
            seal_id INTEGER NOT NULL REFERENCES seal(id),
            document_id INTEGER NOT NULL REFERENCES document(id),
            seller_key TEXT NOT NULL,
            number TEXT NOT NULL,
            issue_date TEXT,
            fingerprint TEXT NOT NULL,
            canonical TEXT NOT NULL,
            PRIMARY KEY (seal_id, document_id)
        ) STRICT;
        """),
        // 2: seals hash every column of their row and entries (version 2), and record how many
        // documents' changes `seal --accept-changes` accepted. Older seals keep version 1.
        .script(
        """
        ALTER TABLE seal ADD COLUMN hash_version INTEGER NOT NULL DEFAULT 1;
        ALTER TABLE seal ADD COLUMN accepted_changes INTEGER NOT NULL DEFAULT 0;
        """),
        // 3: documents without seller identity, stored per file as `?:FILE` before they were grouped
        // across files, get the one unidentified key `?`, so a later export of the same number is
        // their next version. Rows that meet on one key stay versions in batch order. Seal entries
        // keep their key because their hash covers it, and ``SealedEntry/matchedSellerKey`` matches it.
        .statement(
            "UPDATE document SET seller_key = ?1 WHERE substr(seller_key, 1, 2) = ?2",
            [StoreMigration.unidentifiedKey, StoreMigration.legacyUnidentifiedPrefix]),
        // 4: each file records its source, the command-line path it was imported through, with that
        // path's position on the command line and the file's position in the batch, so `check --db`
        // checks the junction between sources as `check OLD/ NEW/` does. Older rows keep NULL, and their
        // source is the folder that contains the file (see ``StoreSchema/sourceExpression(_:withSourceColumn:)``).
        .addColumns("source_file", ["source TEXT", "source_position INTEGER", "file_position INTEGER"]),
        // 5: the departures from the FEC format that the import of a file found, each as the JSON
        // of its `FECFault`, in the importer's order, so `check --db` reports FR-FEC-01 to FR-FEC-10
        // as `check FILE` does. Files stored before have none recorded.
        .script(
        """
        CREATE TABLE IF NOT EXISTS fec_fault (
            id INTEGER PRIMARY KEY,
            file_id INTEGER NOT NULL REFERENCES source_file(id),
            body TEXT NOT NULL
        ) STRICT;
        CREATE INDEX IF NOT EXISTS fec_fault_by_file ON fec_fault(file_id);
        """),
        // 6: each file and batch counts the records its import skipped on purpose (totals rows,
        // repeated headers, blank rows, estimates…), so `check --db` shows read = imported + rejected
        // + skipped as `check FILE` does. Imports that counted them added them to `documents_read`,
        // so older rows get the difference; imports before that counted none and get 0.
        .steps([
            .addColumns("source_file", ["documents_skipped INTEGER NOT NULL DEFAULT 0"]),
            .addColumns("batch", ["documents_skipped INTEGER NOT NULL DEFAULT 0"]),
            .script(
            """
            UPDATE source_file SET documents_skipped = max(0, documents_read - documents_imported - documents_rejected);
            UPDATE batch SET documents_skipped = max(0, documents_read - documents_imported - documents_rejected);
            """),
        ]),
        // 7: a CSV or Excel file named on the command line records its layout (folder, format and
        // columns read), so a later export of the same tool saved beside it joins its source (see
        // ``FileToImport/layout``). Files stored before have none and are never joined.
        .addColumns("source_file", ["layout TEXT"]),
    ]

    /// The first schema whose `source_file` rows record their source (migration 4).
    static let sourceVersion = 4
    /// The first schema that keeps the FEC faults of each file (migration 5).
    static let fecFaultVersion = 5
    /// The first schema that counts the skipped records of each file and batch (migration 6).
    static let skippedVersion = 6
    /// The last schema whose documents may carry the per-file keys `?:FILE` (before migration 3).
    static let legacySellerKeyVersion = 2

    /// Returns the SQL expression of the source of the `source_file` row `alias`: the recorded
    /// command-line path, or for a file stored before schema 4 the folder that holds it (`.` for
    /// a bare file name). `withSourceColumn` is false for a read-only store of an older schema.
    static func sourceExpression(_ alias: String, withSourceColumn: Bool) -> String {
        let folder =
            "(CASE WHEN instr(\(alias).path, '/') = 0 THEN '.' "
            + "ELSE coalesce(nullif(rtrim(rtrim(\(alias).path, replace(\(alias).path, '/', '')), '/'), ''), '/') END)"
        return withSourceColumn ? "coalesce(\(alias).source, \(folder))" : folder
    }

    /// Returns the SQL expression of the records that the import of the `source_file` row `alias`
    /// skipped. `withSkippedColumn` is false for a read-only store of an older schema, whose read
    /// count includes them (see migration 6).
    static func skippedExpression(_ alias: String, withSkippedColumn: Bool) -> String {
        withSkippedColumn
            ? "\(alias).documents_skipped"
            : "max(0, \(alias).documents_read - \(alias).documents_imported - \(alias).documents_rejected)"
    }

    /// Returns the SQL expression that identifies the source of the `source_file` row `alias`:
    /// ``sourceExpression(_:withSourceColumn:)`` without trailing slashes, so `old/` and `old`
    /// typed in two imports are one source.
    static func sourceKeyExpression(_ alias: String, withSourceColumn: Bool) -> String {
        "coalesce(nullif(rtrim(\(sourceExpression(alias, withSourceColumn: withSourceColumn)), '/'), ''), '/')"
    }
}

/// One step of ``StoreSchema/migrations``.
enum StoreMigration: Sendable {
    /// Statements without parameters, such as `CREATE TABLE`.
    case script(String)
    /// One statement with bound text parameters.
    case statement(String, [String])
    /// Columns added to a table (`name TYPE`), each unless the table already has it.
    case addColumns(String, [String])
    /// Several steps, run in order.
    indirect case steps([StoreMigration])

    /// The seller key of documents without seller identity (`PartyKey.unknown`).
    static let unidentifiedKey = "?"
    /// The start of the per-file keys `?:FILE` that stores of schema 2 and older may hold.
    static let legacyUnidentifiedPrefix = "?:"

    func run(on connection: SQLiteConnection) throws(SQLiteError) {
        switch self {
        case .script(let sql): try connection.executeScript(sql)
        case .statement(let sql, let arguments): try connection.execute(sql, arguments)
        case .addColumns(let table, let columns):
            for column in columns {
                let name = String(column.prefix { $0 != " " })
                let existing = try connection.scalarInt(
                    "SELECT count(*) FROM pragma_table_info(?) WHERE name = ?", [table, name])
                // Table and column names are constants of ours, never values read from input.
                if existing == 0 { try connection.executeScript("ALTER TABLE \(table) ADD COLUMN \(column)") }
            }
        case .steps(let steps):
            for step in steps { try step.run(on: connection) }
        }
    }
}
