import InvoiceAudit
import InvoiceModel

/// The result of `seal`: the new seal, or no seal when documents changed since the previous seal
/// and the changes were not accepted.
public struct SealOutcome: Sendable {
    /// The seal written, `nil` when sealing was refused.
    public var record: SealRecord?
    /// FR-CORR-01 findings for issued documents whose newest version differs from the previous
    /// seal, and FR-CORR-02 findings for sealed documents the store no longer holds.
    public var changes: [Finding]
}

extension InvoiceStore {
    /// Seals every issued document of the newest state (drafts and documents without a number
    /// are left out), chained to the previous seal, in one transaction.
    ///
    /// Nothing is sealed when an issued document differs from its version in the previous seal, or
    /// when a sealed document left the store because a file was imported again without it. The
    /// outcome then lists the changes, unless `acceptChanges` is true: then the seal is written
    /// and its row records how many documents' changes were accepted.
    ///
    /// - Throws: ``StoreError`` when the store contains no batch yet, or when the store file was
    ///   deleted or replaced since it was opened.
    public func seal(clock: StoreClock, acceptChanges: Bool = false) throws(StoreError) -> SealOutcome {
        try withStoreErrors {
            try connection.transaction {
                let outcome = try insertSeal(clock: clock, acceptChanges: acceptChanges)
                try checkSameFile()
                return outcome
            }
        }
    }

    private func insertSeal(clock: StoreClock, acceptChanges: Bool) throws -> SealOutcome {
        guard let lastBatch = try latestBatch() else {
            throw StoreError(
                message: LocalizedText(
                    fr: "la base '\(path)' est vide : importez des documents avant de sceller",
                    en: "store '\(path)' is empty: import documents before sealing"))
        }
        let issued = try documents(asOfBatch: lastBatch).filter { LedgerEntry($0.document).isIssued }
        // A seal over nothing would look like proof that a ledger was kept.
        guard !issued.isEmpty else {
            throw StoreError(
                message: LocalizedText(
                    fr: "la base '\(path)' ne contient aucun document émis (seulement des rejets ou des brouillons) : "
                        + "importez des factures lisibles avant de sceller",
                    en: "store '\(path)' contains no issued document (only rejected records or drafts): "
                        + "import readable invoices before sealing"))
        }
        let previous = try seals().last
        var changes: [Finding] = []
        if let previous {
            let comparison = SealComparison(
                sealID: previous.id, sealed: try sealedEntries(of: previous.id),
                comparedName: LocalizedText(fr: "la base", en: "the store"))
            changes = comparison.changedFindings(comparing: issued.map(\.document))
            // A sealed document can leave the state only when a re-imported file lacks it, so every
            // sealed file counts as compared: sealing without it would hide the deletion.
            let deletions = SealComparison(
                sealID: previous.id, sealed: comparison.sealed, comparedName: LocalizedText(fr: "la base", en: "the store"),
                comparedFiles: Set(comparison.sealed.map(\.location.file)))
            changes += deletions.disappearedFindings(comparing: try documents(asOfBatch: lastBatch).map(\.document))
        }
        if !changes.isEmpty && !acceptChanges { return SealOutcome(record: nil, changes: changes) }

        let rows = issued.map { stored in
            let fingerprint = DocumentFingerprint(stored.document)
            return SealEntryRow(
                documentID: stored.id, sellerKey: LedgerEntry(stored.document).seller.plainSeller.value,
                number: LedgerEntry(stored.document).number ?? "", issueDate: stored.document.issueDate?.description,
                fingerprint: fingerprint.hash, canonicalText: fingerprint.canonicalText)
        }
        var record = SealRecord(
            id: 0, sealedAt: clock.timestamp(), lastBatch: lastBatch, documentCount: rows.count,
            previousHash: previous?.sealHash ?? SealRecord.genesisHash, sealHash: "",
            acceptedChanges: Set(changes.compactMap(\.documentNumber)).count)
        record.sealHash = record.recomputedHash(entries: rows) ?? ""
        try connection.execute(
            """
            INSERT INTO seal (sealed_at, last_batch_id, document_count, previous_hash, seal_hash, hash_version,
                accepted_changes)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
            [
                record.sealedAt, record.lastBatch, record.documentCount, record.previousHash, record.sealHash,
                record.hashVersion, record.acceptedChanges,
            ])
        record.id = Int(connection.lastInsertedRowID)
        let insert = try connection.prepare(
            """
            INSERT INTO seal_entry (seal_id, document_id, seller_key, number, issue_date, fingerprint, canonical)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for row in rows {
            try insert.run([
                record.id, row.documentID, row.sellerKey, row.number, row.issueDate, row.fingerprint, row.canonicalText,
            ])
        }
        return SealOutcome(record: record, changes: changes)
    }

    /// Every seal, oldest first.
    public func seals() throws(StoreError) -> [SealRecord] {
        try withStoreErrors {
            var records: [SealRecord] = []
            try connection.prepare(
                """
                SELECT id, sealed_at, last_batch_id, document_count, previous_hash, seal_hash, hash_version,
                    accepted_changes
                FROM seal ORDER BY id
                """
            ).forEachRow { row in
                records.append(
                    SealRecord(
                        id: row.int(0), sealedAt: row.string(1) ?? "", lastBatch: row.int(2),
                        documentCount: row.int(3), previousHash: row.string(4) ?? "", sealHash: row.string(5) ?? "",
                        hashVersion: row.int(6), acceptedChanges: row.int(7)))
            }
            return records
        }
    }

    /// Reads the `seal_entry` rows of seal `sealID` exactly as stored, for recomputing its hash.
    public func sealEntryRows(of sealID: Int) throws(StoreError) -> [SealEntryRow] {
        try withStoreErrors {
            var rows: [SealEntryRow] = []
            try connection.prepare(
                """
                SELECT document_id, seller_key, number, issue_date, fingerprint, canonical
                FROM seal_entry WHERE seal_id = ? ORDER BY document_id
                """
            ).forEachRow([sealID]) { row in
                rows.append(
                    SealEntryRow(
                        documentID: row.int64(0), sellerKey: row.string(1) ?? "", number: row.string(2) ?? "",
                        issueDate: row.string(3), fingerprint: row.string(4) ?? "", canonicalText: row.string(5) ?? ""))
            }
            return rows
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
