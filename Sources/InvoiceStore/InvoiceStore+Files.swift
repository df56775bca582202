import InvoiceModel

/// The counts of one stored file, as its import gave them.
public struct StoredFileCounts: Sendable, Hashable {
    public var path: String
    public var format: InputFormat
    /// The documents the file's import stored, including those that later versions replaced.
    public var imported: Int
    /// The records the file's import skipped on purpose (totals rows, repeated headers, estimates…).
    public var skipped: Int

    public init(path: String, format: InputFormat, imported: Int, skipped: Int) {
        self.path = path
        self.format = format
        self.imported = imported
        self.skipped = skipped
    }
}

extension InvoiceStore {
    /// Returns the counts of the files as of `batch` (the newest batch when `nil`), sorted by path.
    ///
    /// A file imported again under the same path counts with its newest version up to `batch`, as
    /// in ``documents(asOfBatch:)``. A read-only store of schema 5 or older gives the skipped
    /// records its read counts hold (see ``StoreSchema/skippedExpression(_:withSkippedColumn:)``).
    ///
    /// - Throws: ``StoreError`` for a batch number the store does not hold or an unreadable row.
    public func fileCounts(asOfBatch batch: Int? = nil) throws(StoreError) -> [StoredFileCounts] {
        guard let limit = try batchLimit(batch) else { return [] }
        return try withStoreErrors {
            var files: [StoredFileCounts] = []
            try connection.prepare(
                """
                SELECT f.path, f.format, f.documents_imported, \(StoreSchema.skippedExpression("f", withSkippedColumn: hasSkippedColumns))
                FROM source_file f
                WHERE f.batch_id = (SELECT max(g.batch_id) FROM source_file g WHERE g.path = f.path AND g.batch_id <= ?1)
                ORDER BY f.path
                """
            ).forEachRow([limit]) { row in
                files.append(
                    StoredFileCounts(
                        path: row.string(0) ?? "", format: InputFormat(rawValue: row.string(1) ?? "") ?? .unknown,
                        imported: row.int(2), skipped: row.int(3)))
            }
            return files
        }
    }

    /// Returns `batch`, or the newest batch when it is `nil`; `nil` for an empty store without `batch`.
    ///
    /// - Throws: ``StoreError`` for a batch number the store does not hold.
    func batchLimit(_ batch: Int?) throws(StoreError) -> Int? {
        guard let latest = try latestBatch() else {
            if let batch { throw StoreError.unknownBatch(batch, latest: nil) }
            return nil
        }
        let limit = batch ?? latest
        guard (1...latest).contains(limit) else { throw StoreError.unknownBatch(limit, latest: latest) }
        return limit
    }
}
