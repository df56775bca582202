import InvoiceModel

extension InvoiceStore {
    /// Problems that would show a partly written batch or a damaged file; empty when the store is
    /// consistent.
    ///
    /// Runs `PRAGMA integrity_check`, then checks that every batch holds as many files, documents
    /// and rejections as its row counts, and every file as many documents and rejections as its
    /// row counts, each read count being imported plus rejected plus skipped. Reads the whole
    /// file, so it costs time on a large store.
    public func consistencyProblems() throws(StoreError) -> [String] {
        try withStoreErrors {
            var problems: [String] = []
            try connection.prepare("PRAGMA integrity_check").forEachRow { row in
                let line = row.string(0) ?? ""
                if line != "ok" { problems.append("integrity_check: \(line)") }
            }
            try connection.prepare(
                """
                SELECT b.id, b.files, b.documents_imported, b.documents_rejected, b.documents_read - b.documents_skipped,
                    (SELECT count(*) FROM source_file f WHERE f.batch_id = b.id),
                    (SELECT count(*) FROM document d WHERE d.batch_id = b.id),
                    (SELECT count(*) FROM rejection r JOIN source_file f ON f.id = r.file_id WHERE f.batch_id = b.id)
                FROM batch b ORDER BY b.id
                """
            ).forEachRow { row in
                let batch = row.int(0)
                if row.int(1) != row.int(5) { problems.append("batch \(batch): \(row.int(5)) files, row says \(row.int(1))") }
                if row.int(2) != row.int(6) {
                    problems.append("batch \(batch): \(row.int(6)) documents, row says \(row.int(2))")
                }
                if row.int(3) != row.int(7) {
                    problems.append("batch \(batch): \(row.int(7)) rejections, row says \(row.int(3))")
                }
                if row.int(4) != row.int(2) + row.int(3) {
                    problems.append("batch \(batch): read is not imported plus rejected plus skipped")
                }
            }
            try connection.prepare(
                """
                SELECT f.id, f.path, f.documents_imported, f.documents_rejected,
                    (SELECT count(*) FROM document d WHERE d.file_id = f.id),
                    (SELECT count(*) FROM rejection r WHERE r.file_id = f.id),
                    f.documents_read - f.documents_skipped
                FROM source_file f ORDER BY f.id
                """
            ).forEachRow { row in
                if row.int(2) != row.int(4) || row.int(3) != row.int(5) || row.int(6) != row.int(2) + row.int(3) {
                    problems.append("file \(row.int(0)) '\(row.string(1) ?? "")': counts do not match its rows")
                }
            }
            return problems
        }
    }
}
