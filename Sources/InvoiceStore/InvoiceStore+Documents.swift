import FoundationEssentials
import InvoiceModel

/// A document read back from the store, with where it came from.
public struct StoredDocument: Sendable {
    public var id: Int64
    public var batch: Int
    public var filePath: String
    public var fileFormat: InputFormat
    public var fingerprint: String
    public var document: Document
    /// The command-line path the file was imported through (see ``FileToImport/source``), as
    /// the first import through it spelt it.
    public var source: String
    /// The position of ``source`` on its batch's command line.
    public var sourcePosition: Int
    /// The position of the file among its batch's files, in the order `import` read them.
    public var filePosition: Int
    /// The key of ``source`` across imports: the path without trailing slashes.
    public var sourceKey: String
    /// The position of ``source`` among the sources of the documents read together (see
    /// ``numberSources(_:firstUses:)``).
    public var sourceIndex: Int = 0
}

extension InvoiceStore {
    /// The documents as of `batch` (the newest batch when `nil`), in file and line order.
    ///
    /// A file imported again under the same path replaces its earlier versions: only the
    /// documents of its newest version up to `batch` count, so an invoice deleted from a
    /// re-exported file leaves the state. Then, for each source, seller and number, only the
    /// documents of the newest batch that contains that number count, so a later import of the
    /// same invoice through the same command-line path replaces the earlier version. Another
    /// source's document with the same number stays, because `check OLD/ NEW/` reads both. Duplicates
    /// inside one batch are all kept, so numbering rules still see them. Documents without a
    /// number are always kept. An empty store gives no documents.
    ///
    /// - Throws: ``StoreError`` for a batch number the store does not hold or an unreadable row.
    public func documents(asOfBatch batch: Int? = nil) throws(StoreError) -> [StoredDocument] {
        guard let latest = try latestBatch() else {
            if let batch { throw StoreError.unknownBatch(batch, latest: nil) }
            return []
        }
        let limit = batch ?? latest
        guard (1...latest).contains(limit) else { throw StoreError.unknownBatch(limit, latest: latest) }
        // A read-only schema 2 store may still contain per-file keys `?:FILE`, matched as `?`.
        var arguments: [any SQLiteBindable] = [limit]
        var key = (d: "d.seller_key", e: "e.seller_key")
        if hasLegacySellerKeys {
            arguments += [StoreMigration.legacyUnidentifiedPrefix, StoreMigration.unidentifiedKey]
            key = (Self.matchedKey("d.seller_key"), Self.matchedKey("e.seller_key"))
        }
        var documents = try readDocuments(
            """
            WITH current_file AS MATERIALIZED (
                SELECT f.id, f.batch_id, f.path, f.format, \(sourceColumns("f"))
                FROM source_file f
                WHERE f.batch_id = (SELECT max(g.batch_id) FROM source_file g WHERE g.path = f.path AND g.batch_id <= ?1)
            )
            SELECT d.id, d.batch_id, c.path, c.format, d.fingerprint, d.body, d.seller_key, d.number, d.line,
                c.source, c.source_position, c.file_position, c.source_key
            FROM document d JOIN current_file c ON c.id = d.file_id
            WHERE d.number IS NULL OR d.batch_id = (
                SELECT max(e.batch_id) FROM document e JOIN current_file ce ON ce.id = e.file_id
                WHERE \(key.e) = \(key.d) AND e.number = d.number AND ce.source_key = c.source_key)
            ORDER BY c.path, d.line, d.id
            """,
            arguments)
        StoredDocument.numberSources(&documents, firstUses: try sourceUses(upToBatch: limit))
        return documents
    }

    /// Returns the first import through each source up to batch `limit`, replaced files included,
    /// by source key.
    private func sourceUses(upToBatch limit: Int) throws(StoreError) -> [String: SourceUse] {
        try withStoreErrors {
            var uses: [String: SourceUse] = [:]
            try connection.prepare(
                """
                SELECT DISTINCT source_key, batch_id, source_position, source FROM (
                    SELECT \(sourceColumns("f")), f.batch_id FROM source_file f WHERE f.batch_id <= ?1)
                """
            ).forEachRow([limit]) { row in
                let use = SourceUse(batch: row.int(1), position: row.int(2), name: row.string(3) ?? "")
                let key = row.string(0) ?? ""
                if let known = uses[key], known <= use { return }
                uses[key] = use
            }
            return uses
        }
    }

    /// The columns `source`, `source_position`, `file_position` and `source_key` of the
    /// `source_file` row `alias`.
    private func sourceColumns(_ alias: String) -> String {
        let source = StoreSchema.sourceExpression(alias, withSourceColumn: hasSourceColumns)
        let key = StoreSchema.sourceKeyExpression(alias, withSourceColumn: hasSourceColumns)
        let positions =
            hasSourceColumns
            ? "coalesce(\(alias).source_position, 0) AS source_position, coalesce(\(alias).file_position, 0) AS file_position"
            : "0 AS source_position, 0 AS file_position"
        return "\(source) AS source, \(positions), \(key) AS source_key"
    }

    /// Returns the SQL expression that reads a per-file key `?:FILE` in `column` as `?`, with
    /// parameters ?2 (the prefix) and ?3 (the key). `column` is a column name of ours, never a value.
    private static func matchedKey(_ column: String) -> String {
        "(CASE WHEN substr(\(column), 1, 2) = ?2 THEN ?3 ELSE \(column) END)"
    }

    /// Returns the documents that batch `batch` itself imported, as its files contained them, in
    /// file and line order. `verify --batch` compares a seal with them.
    ///
    /// - Throws: ``StoreError`` for a batch number the store does not hold or an unreadable row.
    public func documents(ofBatch batch: Int) throws(StoreError) -> [StoredDocument] {
        let latest = try latestBatch()
        guard let latest, (1...latest).contains(batch) else { throw StoreError.unknownBatch(batch, latest: latest) }
        return try readDocuments(
            """
            SELECT d.id, d.batch_id, f.path, f.format, d.fingerprint, d.body, d.seller_key, d.number, d.line,
                \(sourceColumns("f"))
            FROM document d JOIN source_file f ON f.id = d.file_id
            WHERE d.batch_id = ?1
            ORDER BY f.path, d.line, d.id
            """,
            [batch])
    }

    /// Returns the sorted paths of the files that batch `batch` stored.
    public func filePaths(ofBatch batch: Int) throws(StoreError) -> [String] {
        try withStoreErrors {
            var paths: [String] = []
            try connection.prepare("SELECT path FROM source_file WHERE batch_id = ? ORDER BY path").forEachRow([batch]) {
                paths.append($0.string(0) ?? "")
            }
            return paths
        }
    }

    /// Runs `sql`, whose columns are those of ``documents(asOfBatch:)``, and decodes each row.
    private func readDocuments(_ sql: String, _ arguments: [any SQLiteBindable]) throws(StoreError) -> [StoredDocument] {
        try withStoreErrors {
            let statement = try connection.prepare(sql)
            let decoder = JSONDecoder()
            var documents: [StoredDocument] = []
            try statement.forEachRow(arguments) { row in
                let id = row.int64(0)
                let body = row.string(5) ?? ""
                let document: Document
                do {
                    document = try decoder.decode(Document.self, from: Data(body.utf8))
                } catch {
                    throw StoreError.damagedDocument(
                        path, seller: row.string(6) ?? "", number: row.string(7), batch: row.int(1),
                        location: SourceLocation(file: row.string(2) ?? "", line: row.isNull(8) ? nil : row.int(8)))
                }
                documents.append(
                    StoredDocument(
                        id: id, batch: row.int(1), filePath: row.string(2) ?? "",
                        fileFormat: InputFormat(rawValue: row.string(3) ?? "") ?? .unknown,
                        fingerprint: row.string(4) ?? "", document: document, source: row.string(9) ?? "",
                        sourcePosition: row.int(10), filePosition: row.int(11), sourceKey: row.string(12) ?? ""))
            }
            StoredDocument.numberSources(&documents)
            return documents
        }
    }
}
