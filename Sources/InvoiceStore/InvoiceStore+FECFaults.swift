import FoundationEssentials
import InvoiceModel

/// The FEC faults that the import of one stored file found.
public struct StoredFECFaults: Sendable {
    public var path: String
    public var format: InputFormat
    /// The number of documents the file's import stored, including those that later versions replaced.
    public var imported: Int
    public var faults: [FECFault]
}

extension InvoiceStore {
    /// Returns the FEC faults of the files as of `batch` (the newest batch when `nil`), by path,
    /// each file in the importer's order.
    ///
    /// A file imported again under the same path counts with its newest version up to `batch`, as
    /// in ``documents(asOfBatch:)``. Files stored before schema 5 have no faults recorded, and a
    /// read-only store of that schema gives none.
    ///
    /// - Throws: ``StoreError`` for a batch number the store does not hold or an unreadable row.
    public func fecFaults(asOfBatch batch: Int? = nil) throws(StoreError) -> [StoredFECFaults] {
        guard let limit = try batchLimit(batch), hasFECFaultTable else { return [] }
        return try withStoreErrors {
            let decoder = JSONDecoder()
            var files: [StoredFECFaults] = []
            try connection.prepare(
                """
                SELECT f.path, f.format, x.body, f.batch_id, f.documents_imported
                FROM fec_fault x JOIN source_file f ON f.id = x.file_id
                WHERE f.batch_id = (SELECT max(g.batch_id) FROM source_file g WHERE g.path = f.path AND g.batch_id <= ?1)
                ORDER BY f.path, x.id
                """
            ).forEachRow([limit]) { row in
                let path = row.string(0) ?? ""
                let fault: FECFault
                do {
                    fault = try decoder.decode(FECFault.self, from: Data((row.string(2) ?? "").utf8))
                } catch {
                    throw StoreError.damagedFECFault(self.path, file: path, batch: row.int(3))
                }
                if files.last?.path != path {
                    files.append(
                        StoredFECFaults(
                            path: path, format: InputFormat(rawValue: row.string(1) ?? "") ?? .unknown,
                            imported: row.int(4), faults: []))
                }
                files[files.count - 1].faults.append(fault)
            }
            return files
        }
    }
}
