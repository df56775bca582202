import Foundation
import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

/// Migration 3: documents without seller identity that schema 2 stored per file (`?:FILE`) get
/// the one unidentified key `?`, and old seals still match them.
@Suite struct LegacySellerKeyMigrationTests {
    typealias Legacy = LegacySellerKeyStore

    /// Batch 1 `a.csv`: FA-1, FA-2; batch 2 `b.csv`: FA-2 (total `secondGross`), FA-3.
    static func batches(secondGross: String) -> [[FileToImport]] {
        [
            [
                Sample.file(
                    "a.csv", hash: "ha",
                    [
                        Legacy.invoice("FA-1", date: "2025-01-02", file: "a.csv", line: 2),
                        Legacy.invoice("FA-2", date: "2025-01-03", file: "a.csv", line: 3),
                    ])
            ],
            [
                Sample.file(
                    "b.csv", hash: "hb",
                    [
                        Legacy.invoice("FA-2", date: "2025-01-03", gross: secondGross, file: "b.csv", line: 2),
                        Legacy.invoice("FA-3", date: "2025-01-04", file: "b.csv", line: 3),
                    ])
            ],
        ]
    }

    /// Returns the current documents as `file:line number`.
    static func current(_ store: InvoiceStore) throws -> [String] {
        try store.documents().map { "\($0.filePath):\($0.document.source.line ?? 0) \($0.document.number ?? "")" }
    }

    /// Returns what `verify --batch 2` reports: the chain, its history, and the newest seal
    /// compared with what batch 2 imported.
    static func verifyBatchTwo(_ store: InvoiceStore) throws -> [Finding] {
        let seal = try #require(try store.seals().last)
        let comparison = SealComparison(
            sealID: seal.id, sealed: try store.sealedEntries(of: seal.id),
            comparedName: LocalizedText(fr: "le lot 2", en: "batch 2"), comparedFiles: Set(try store.filePaths(ofBatch: 2)))
        return try store.chainFindings() + store.resealedFindings()
            + comparison.findings(comparing: try store.documents(ofBatch: 2).map(\.document))
    }

    @Test func perFileKeysBecomeTheUnidentifiedKey() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Legacy.make(path, batches: Self.batches(secondGross: "120.00"), legacy: true, seal: true)
        #expect(try Legacy.strings(path, "SELECT seller_key FROM document ORDER BY id") == ["?:a.csv", "?:a.csv", "?:b.csv", "?:b.csv"])

        let store = try InvoiceStore(path: path, create: false)
        defer { store.close() }
        #expect(try Legacy.userVersion(path) == Sample.latestSchemaVersion)
        #expect(try Legacy.strings(path, "SELECT seller_key FROM document ORDER BY id") == ["?", "?", "?", "?"])
        // The seal keeps the keys its hash covers, and batch 2's FA-2 is the newest version of FA-2.
        #expect(
            try Legacy.strings(path, "SELECT seller_key FROM seal_entry ORDER BY document_id")
                == ["?:a.csv", "?:a.csv", "?:b.csv", "?:b.csv"])
        #expect(try Self.current(store) == ["a.csv:2 FA-1", "b.csv:2 FA-2", "b.csv:3 FA-3"])
        #expect(try Self.verifyBatchTwo(store).isEmpty)
        // Sealing the migrated state again changes nothing, and the seal history stays clean.
        let outcome = try store.seal(clock: Sample.clock)
        #expect(outcome.changes.isEmpty)
        #expect(outcome.record?.documentCount == 3)
        #expect(try store.resealedFindings().isEmpty)
        #expect(try store.chainFindings().isEmpty)
    }

    @Test func collidingNumberWithOtherContentIsItsNewVersion() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Legacy.make(path, batches: Self.batches(secondGross: "150.00"), legacy: true, seal: true)
        let store = try InvoiceStore(path: path, create: false)
        defer { store.close() }
        #expect(try Self.current(store) == ["a.csv:2 FA-1", "b.csv:2 FA-2", "b.csv:3 FA-3"])
        // Sealed apart under schema 2, a.csv's FA-2 is now the older version of b.csv's.
        let findings = try Self.verifyBatchTwo(store)
        #expect(findings.map(\.ruleID) == ["FR-CORR-01"])
        #expect(findings.map(\.location) == [SourceLocation(file: "b.csv", line: 2)])
        #expect(
            findings.first?.message.en
                == "issued document 'FA-2' differs from its sealed version (seal 1, a.csv:3) (changed fields: "
                + "'total.tax_inclusive'): correct an issued invoice with a credit note or a corrective invoice")
        let refused = try store.seal(clock: Sample.clock)
        #expect(refused.record == nil)
        #expect(refused.changes.map(\.ruleID) == ["FR-CORR-01"])
    }

    /// A migrated store and a store built with today's keys from the same files give the same
    /// current documents and the same findings when the next export arrives.
    @Test(arguments: ["120.00", "150.00"])
    func migratedStoreBehavesAsNewOne(secondGross: String) throws {
        let folder = try TemporaryFolder()
        let next = Sample.file(
            "c.csv", hash: "hc",
            [
                Legacy.invoice("FA-3", date: "2025-01-04", gross: "180.00", file: "c.csv", line: 2),
                Legacy.invoice("FA-4", date: "2025-01-05", file: "c.csv", line: 3),
            ])
        var results: [(current: [String], findings: [String])] = []
        for legacy in [true, false] {
            let path = folder.path(legacy ? "old.db" : "new.db")
            try Legacy.make(path, batches: Self.batches(secondGross: secondGross), legacy: legacy, seal: false)
            let store = try InvoiceStore(path: path, create: false)
            defer { store.close() }
            let outcome = try store.importBatch([next], clock: Sample.clock)
            results.append((try Self.current(store), outcome.findings.map { "\($0.ruleID) \($0.location) \($0.message.en)" }))
        }
        #expect(results[0].current == ["a.csv:2 FA-1", "b.csv:2 FA-2", "c.csv:2 FA-3", "c.csv:3 FA-4"])
        #expect(results[1].current == results[0].current)
        #expect(
            results[0].findings == [
                "FR-CORR-01 c.csv:2 issued document 'FA-3' differs from the version of batch 2 (b.csv:3) (changed fields: "
                    + "'total.tax_inclusive'): correct an issued invoice with a credit note or a corrective invoice"
            ])
        #expect(results[1].findings == results[0].findings)
    }

    @Test func readOnlyOldStoreReadsAsMigratedWithoutChange() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Legacy.make(path, batches: Self.batches(secondGross: "150.00"), legacy: true, seal: true)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let reader = try InvoiceStore(path: path, access: .readOnly)
        #expect(try Self.current(reader) == ["a.csv:2 FA-1", "b.csv:2 FA-2", "b.csv:3 FA-3"])
        #expect(try reader.documents(asOfBatch: 1).map(\.document.number) == ["FA-1", "FA-2"])
        #expect(try Self.verifyBatchTwo(reader).map(\.ruleID) == ["FR-CORR-01"])
        reader.close()
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try Legacy.userVersion(path) == 2)
    }

    @Test func readOnlySchemaOneStoreSaysToUpgrade() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try InvoiceStore(path: path, create: true).close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.executeScript(
            "ALTER TABLE seal DROP COLUMN hash_version; ALTER TABLE seal DROP COLUMN accepted_changes; PRAGMA user_version = 1")
        raw.close()
        let error = #expect(throws: StoreError.self) { try InvoiceStore(path: path, access: .readOnly) }
        #expect(
            error?.message.en
                == "store '\(path)' has schema 1, older than this version's (\(Sample.latestSchemaVersion)), and is read-only, so it cannot be "
                + "upgraded: run the command once as a user who can write the file and its folder")
        #expect(
            error?.message.fr
                == "la base '\(path)' a le schéma 1, plus ancien que celui de cette version (\(Sample.latestSchemaVersion)), et elle est en "
                + "lecture seule, donc ne peut pas être mise à jour : lancez une fois la commande avec un compte qui "
                + "peut écrire le fichier et son dossier")
    }
}
