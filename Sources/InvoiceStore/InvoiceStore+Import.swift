import FoundationEssentials
import InvoiceAudit
import InvoiceModel

extension InvoiceStore {
    /// Stores the files as one batch, in one transaction, so a batch is either whole or absent.
    ///
    /// A file whose SHA-256 is already in the store (or earlier in the same call) is skipped and
    /// reported with the batch that contains it. An issued document whose seller and number match a
    /// document of an earlier batch with another fingerprint is stored as a new version and
    /// reported as FR-CORR-01; a draft whose seller and number an earlier batch contains as issued is
    /// reported as FR-STAT-01. When the store has a seal, sealed documents the new batch lacks are
    /// reported as FR-CORR-02, as `verify --batch` of that batch reports them.
    ///
    /// - Throws: ``StoreError`` for an SQLite failure, or when the store file was deleted or
    ///   replaced since it was opened: the batch is then rolled back.
    public func importBatch(_ files: [FileToImport], clock: StoreClock) throws(StoreError) -> ImportBatchOutcome {
        try withStoreErrors {
            try connection.transaction {
                let outcome = try insertBatch(files, clock: clock)
                try checkSameFile()
                return outcome
            }
        }
    }

    private func insertBatch(_ files: [FileToImport], clock: StoreClock) throws -> ImportBatchOutcome {
        let findBatchOfHash = try connection.prepare(
            "SELECT batch_id, id FROM source_file WHERE sha256 = ? ORDER BY batch_id LIMIT 1")
        var seenInThisCall: Set<String> = []
        var isNew: [Bool] = []
        var outcome = ImportBatchOutcome(batch: nil, files: [], findings: [])
        for file in files {
            var previousBatch: Int?
            var rejections = file.result.rejections
            if let hash = file.sha256 {
                try findBatchOfHash.bind([hash])
                if try findBatchOfHash.step() {
                    previousBatch = findBatchOfHash.int(0)
                    // The records the store rejected then are still missing from it.
                    rejections = try storedRejections(ofFile: findBatchOfHash.int(1), path: file.path)
                }
            }
            let repeated = file.sha256.map { seenInThisCall.contains($0) } ?? false
            if let hash = file.sha256 { seenInThisCall.insert(hash) }
            isNew.append(previousBatch == nil && !repeated)
            // A copy repeated within this call is reported once, with the first copy's rejections.
            if repeated && previousBatch == nil { rejections = [] }
            outcome.files.append(
                ImportedFile(
                    path: file.path, format: file.result.format, alreadyImportedIn: previousBatch,
                    imported: file.result.documents.count, rejections: rejections,
                    warnings: file.result.warnings))
        }
        let newFiles = zip(files, isNew).filter(\.1).map(\.0)
        guard !newFiles.isEmpty else { return outcome }

        try connection.execute(
            """
            INSERT INTO batch (imported_at, files, documents_read, documents_imported, documents_rejected,
                documents_skipped)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
            [
                clock.timestamp(), newFiles.count, newFiles.reduce(0) { $0 + $1.result.recordsRead },
                newFiles.reduce(0) { $0 + $1.result.documents.count },
                newFiles.reduce(0) { $0 + $1.result.rejections.count }, newFiles.reduce(0) { $0 + $1.result.skipped },
            ])
        let batch = Int(connection.lastInsertedRowID)
        outcome.batch = batch
        // A file repeated within this call is reported as held by the new batch.
        for index in outcome.files.indices where !isNew[index] && outcome.files[index].alreadyImportedIn == nil {
            outcome.files[index].alreadyImportedIn = batch
        }
        var writer = try BatchWriter(connection: connection, batch: batch)
        for index in files.indices where isNew[index] {
            let (findings, joined) = try writer.insert(files[index])
            outcome.findings += findings
            outcome.files[index].joinedSource = joined
            outcome.files[index].alreadyStored = writer.alreadyStored
        }
        // A new export that lacks sealed documents is reported now, not only at the next verify.
        if let seal = try seals().last {
            let comparison = SealComparison(
                sealID: seal.id, sealed: try sealedEntries(of: seal.id),
                comparedName: LocalizedText(fr: "le lot \(batch)", en: "batch \(batch)"),
                comparedFiles: Set(newFiles.map(\.path)))
            outcome.findings += comparison.disappearedFindings(comparing: newFiles.flatMap(\.result.documents))
        }
        return outcome
    }
}

extension InvoiceStore {
    /// Returns the rejections stored with a source file, located in `path` as it is named now.
    func storedRejections(ofFile fileID: Int, path: String) throws -> [Rejection] {
        var rejections: [Rejection] = []
        try connection.prepare(
            "SELECT line, element, reason_fr, reason_en FROM rejection WHERE file_id = ? ORDER BY id"
        ).forEachRow([fileID]) { row in
            rejections.append(
                Rejection(
                    location: SourceLocation(file: path, line: row.isNull(0) ? nil : row.int(0), element: row.string(1)),
                    reason: LocalizedText(fr: row.string(2) ?? "", en: row.string(3) ?? "")))
        }
        return rejections
    }
}

/// The prepared statements of one batch's inserts, reused for every row.
private struct BatchWriter {
    let connection: SQLiteConnection
    let batch: Int
    let insertFile: SQLiteStatement
    let insertDocument: SQLiteStatement
    let insertRejection: SQLiteStatement
    let insertFault: SQLiteStatement
    let previousVersions: SQLiteStatement
    let sourceKeyOfFile: SQLiteStatement
    let earlierSourceOfLayout: SQLiteStatement
    let identicalInOtherSource: SQLiteStatement
    let encoder: JSONEncoder
    /// How many issued documents of the file being inserted an earlier batch contains identically
    /// from another source (see ``ImportedFile/alreadyStored``).
    var alreadyStored = 0
    /// The source key of the file being inserted, which FR-CORR-01 compares with the previous version's.
    var sourceKey = ""

    init(connection: SQLiteConnection, batch: Int) throws {
        self.connection = connection
        self.batch = batch
        insertFile = try connection.prepare(
            """
            INSERT INTO source_file (batch_id, path, sha256, format, documents_read, documents_imported,
                documents_rejected, documents_skipped, source, source_position, file_position, layout)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertDocument = try connection.prepare(
            """
            INSERT INTO document (batch_id, file_id, line, element, seller_key, number, issue_date, kind,
                is_draft, fingerprint, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        insertRejection = try connection.prepare(
            "INSERT INTO rejection (file_id, line, element, reason_fr, reason_en) VALUES (?, ?, ?, ?, ?)")
        insertFault = try connection.prepare("INSERT INTO fec_fault (file_id, body) VALUES (?, ?)")
        // The versions of the newest earlier batch that contains this seller and number.
        previousVersions = try connection.prepare(
            """
            SELECT d.fingerprint, d.body, f.path, d.line, d.batch_id, \(StoreSchema.sourceKeyExpression("f", withSourceColumn: true))
            FROM document d JOIN source_file f ON f.id = d.file_id
            WHERE d.seller_key = ?1 AND d.number = ?2 AND d.is_draft = 0 AND d.batch_id = (
                SELECT max(batch_id) FROM document WHERE seller_key = ?1 AND number = ?2 AND batch_id < ?3)
            ORDER BY d.id
            """)
        sourceKeyOfFile = try connection.prepare(
            "SELECT \(StoreSchema.sourceKeyExpression("f", withSourceColumn: true)) FROM source_file f WHERE f.id = ?")
        // The source of the newest file of an earlier batch with the same layout, as that import named it.
        earlierSourceOfLayout = try connection.prepare(
            """
            SELECT \(StoreSchema.sourceExpression("f", withSourceColumn: true)), f.path FROM source_file f
            WHERE f.layout = ?1 AND f.batch_id < ?2 ORDER BY f.batch_id DESC, f.file_position DESC, f.id DESC LIMIT 1
            """)
        // The same document, from another source of an earlier batch.
        identicalInOtherSource = try connection.prepare(
            """
            SELECT 1 FROM document d JOIN source_file f ON f.id = d.file_id
            WHERE d.seller_key = ?1 AND d.number = ?2 AND d.fingerprint = ?3 AND d.is_draft = 0 AND d.batch_id < ?4
                AND \(StoreSchema.sourceKeyExpression("f", withSourceColumn: true)) <> ?5
            LIMIT 1
            """)
        encoder = CanonicalJSON.encoder()
    }

    /// Inserts one file with its documents, rejections and FEC faults; returns FR-CORR-01 and FR-STAT-01
    /// findings, and the earlier source the file joined.
    mutating func insert(_ file: FileToImport) throws -> (findings: [Finding], joined: (name: String, earlierFile: String)?) {
        let result = file.result
        var joined: (name: String, earlierFile: String)?
        if file.joinsEarlierSource, let layout = file.layout {
            try earlierSourceOfLayout.bind([layout, batch])
            // A file imported again under its own name is already in its source: nothing to report.
            if try earlierSourceOfLayout.step(), let name = earlierSourceOfLayout.string(0),
                Self.sourceKey(name) != Self.sourceKey(file.source ?? file.path)
            {
                joined = (name, earlierSourceOfLayout.string(1) ?? "")
            }
        }
        try insertFile.run([
            batch, file.path, file.sha256, result.format.rawValue, result.recordsRead, result.documents.count,
            result.rejections.count, result.skipped, joined?.name ?? file.source, file.sourcePosition, file.filePosition,
            file.layout,
        ])
        let fileID = connection.lastInsertedRowID
        try sourceKeyOfFile.bind([fileID])
        sourceKey = try sourceKeyOfFile.step() ? sourceKeyOfFile.string(0) ?? "" : ""
        var findings: [Finding] = []
        alreadyStored = 0
        for document in result.documents {
            let entry = LedgerEntry(document)
            let fingerprint = DocumentFingerprint(document)
            if entry.isIssued, let number = entry.number {
                try identicalInOtherSource.bind([entry.seller.plainSeller.value, number, fingerprint.hash, batch, sourceKey])
                if try identicalInOtherSource.step() { alreadyStored += 1 }
            }
            // NOTE: a self-billed document is stored under its seller's own key, as before the ledger
            // gave it its buyer's series, so it may pair with the seller's invoice of the same number.
            if entry.isIssued, let number = entry.number,
                let finding = try changeFinding(document, number: number, seller: entry.seller.plainSeller, fingerprint: fingerprint)
            {
                findings.append(finding)
            } else if entry.isDraft, let number = entry.number,
                let finding = try draftFinding(document, number: number, seller: entry.seller.plainSeller)
            {
                findings.append(finding)
            }
            let body = String(decoding: try encoder.encode(document), as: UTF8.self)
            try insertDocument.run([
                batch, fileID, document.source.line, document.source.element, entry.seller.plainSeller.value, entry.number,
                document.issueDate?.description, document.kind.rawValue, entry.isDraft, fingerprint.hash, body,
            ])
        }
        for rejection in result.rejections {
            try insertRejection.run([
                fileID, rejection.location.line, rejection.location.element, rejection.reason.fr, rejection.reason.en,
            ])
        }
        for fault in result.fecFaults {
            try insertFault.run([fileID, String(decoding: try encoder.encode(fault), as: UTF8.self)])
        }
        return (findings, joined)
    }

    /// Returns the key of the source `name`: without trailing slashes, as ``StoreSchema/sourceKeyExpression(_:withSourceColumn:)``.
    private static func sourceKey(_ name: String) -> String {
        var key = Substring(name)
        while key.count > 1 && key.hasSuffix("/") { key = key.dropLast() }
        return String(key)
    }

    /// FR-STAT-01 when the newest earlier batch with this seller and number contains it as issued.
    private func draftFinding(_ document: Document, number: String, seller: PartyKey) throws -> Finding? {
        var previous: (location: SourceLocation, batch: Int)?
        try previousVersions.forEachRow([seller.value, number, batch]) { row in
            if previous == nil {
                previous = (SourceLocation(file: row.string(2) ?? "", line: row.isNull(3) ? nil : row.int(3)), row.int(4))
            }
        }
        guard let previous else { return nil }
        return StatusHistoryRules.draftVersionFinding(
            number: number, location: document.source,
            previous: LocalizedText(
                fr: "sa version du lot \(previous.batch) (\(previous.location))",
                en: "its version of batch \(previous.batch) (\(previous.location))"))
    }

    /// FR-CORR-01 when no version of the newest earlier batch has the same fingerprint.
    private func changeFinding(
        _ document: Document, number: String, seller: PartyKey, fingerprint: DocumentFingerprint
    ) throws -> Finding? {
        var previous: (body: String, location: SourceLocation, batch: Int, sourceKey: String)?
        var unchanged = false
        try previousVersions.forEachRow([seller.value, number, batch]) { row in
            if row.string(0) == fingerprint.hash { unchanged = true }
            if previous == nil {
                let location = SourceLocation(file: row.string(2) ?? "", line: row.isNull(3) ? nil : row.int(3))
                previous = (row.string(1) ?? "", location, row.int(4), row.string(5) ?? "")
            }
        }
        guard let previous, !unchanged else { return nil }
        let oldDocument: Document
        do {
            oldDocument = try JSONDecoder().decode(Document.self, from: Data(previous.body.utf8))
        } catch {
            throw StoreError.damagedDocument(
                connection.path, seller: seller.value, number: number, batch: previous.batch, location: previous.location)
        }
        let fields = DocumentFingerprint.changedFields(
            from: DocumentFingerprint.canonicalText(of: oldDocument), to: fingerprint.canonicalText)
        return IntegrityRules.changedFinding(
            number: number, location: document.source,
            previous: LocalizedText(
                fr: "la version du lot \(previous.batch) (\(previous.location))",
                en: "the version of batch \(previous.batch) (\(previous.location))"),
            // Within one source (the same path, or one `--source` name) the version is the same tool's.
            previousFile: previous.sourceKey == sourceKey ? nil : previous.location.file, fields: fields)
    }
}
