import InvoiceAudit
import InvoiceModel

extension InvoiceStore {
    /// Seals every issued document of the newest state (drafts and documents without a number
    /// are left out), chained to the previous seal, in one transaction.
    ///
    /// - Throws: ``StoreError`` when the store holds no batch yet.
    public func seal(clock: StoreClock) throws(StoreError) -> SealRecord {
        guard let lastBatch = try latestBatch() else {
            throw StoreError(
                message: LocalizedText(
                    fr: "la base '\(path)' est vide : importez des documents avant de sceller",
                    en: "store '\(path)' is empty: import documents before sealing"))
        }
        let issued = try documents(asOfBatch: lastBatch).filter { LedgerEntry($0.document).isIssued }
        return try withStoreErrors {
            try connection.transaction {
                let previous = try connection.scalarString("SELECT seal_hash FROM seal ORDER BY id DESC LIMIT 1")
                let previousHash = previous ?? SealRecord.genesisHash
                let sealedAt = clock.timestamp()
                let fingerprints = issued.map { DocumentFingerprint($0.document) }
                let hash = SealRecord.hash(
                    previousHash: previousHash, fingerprints: fingerprints.map(\.hash), sealedAt: sealedAt)
                try connection.execute(
                    """
                    INSERT INTO seal (sealed_at, last_batch_id, document_count, previous_hash, seal_hash)
                    VALUES (?, ?, ?, ?, ?)
                    """, [sealedAt, lastBatch, issued.count, previousHash, hash])
                let sealID = Int(connection.lastInsertedRowID)
                let insert = try connection.prepare(
                    """
                    INSERT INTO seal_entry (seal_id, document_id, seller_key, number, issue_date, fingerprint, canonical)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                for (stored, fingerprint) in zip(issued, fingerprints) {
                    let entry = LedgerEntry(stored.document)
                    try insert.run([
                        sealID, stored.id, entry.seller.value, entry.number, stored.document.issueDate?.description,
                        fingerprint.hash, fingerprint.canonicalText,
                    ])
                }
                return SealRecord(
                    id: sealID, sealedAt: sealedAt, lastBatch: lastBatch, documentCount: issued.count,
                    previousHash: previousHash, sealHash: hash)
            }
        }
    }

    /// Every seal, oldest first.
    public func seals() throws(StoreError) -> [SealRecord] {
        try withStoreErrors {
            var records: [SealRecord] = []
            try connection.prepare(
                "SELECT id, sealed_at, last_batch_id, document_count, previous_hash, seal_hash FROM seal ORDER BY id"
            ).forEachRow { row in
                records.append(
                    SealRecord(
                        id: row.int(0), sealedAt: row.string(1) ?? "", lastBatch: row.int(2),
                        documentCount: row.int(3), previousHash: row.string(4) ?? "", sealHash: row.string(5) ?? ""))
            }
            return records
        }
    }

    /// The documents of seal `sealID`, in seller and number order.
    public func sealedEntries(of sealID: Int) throws(StoreError) -> [SealedEntry] {
        try withStoreErrors {
            var entries: [SealedEntry] = []
            // A LEFT JOIN keeps entries whose document row was deleted behind facturaudit's back.
            try connection.prepare(
                """
                SELECT s.seller_key, s.number, s.issue_date, s.fingerprint, s.canonical, f.path, d.line
                FROM seal_entry s
                LEFT JOIN document d ON d.id = s.document_id
                LEFT JOIN source_file f ON f.id = d.file_id
                WHERE s.seal_id = ?
                ORDER BY s.seller_key, s.number, s.document_id
                """
            ).forEachRow([sealID]) { row in
                let location = SourceLocation(file: row.string(5) ?? path, line: row.isNull(6) ? nil : row.int(6))
                entries.append(
                    SealedEntry(
                        sellerKey: row.string(0) ?? "", number: row.string(1) ?? "",
                        issueDate: row.string(2).flatMap { CivilDate(parsing: $0) }, fingerprint: row.string(3) ?? "",
                        canonicalText: row.string(4) ?? "", location: location))
            }
            return entries
        }
    }
}
