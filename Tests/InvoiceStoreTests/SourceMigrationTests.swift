import Foundation
import InvoiceModel
import InvoiceStore
import Testing

/// Schema 4 records each file's source (the command-line path it was imported through). A store
/// of schema 3 has none: its files take the folder that contains them as source, read-only or migrated.
@Suite struct SourceMigrationTests {
    /// `old/a.csv` (FA-1, FA-2) in batch 1 and `new/b.csv` (FA-2 for another total, FA-3) in batch 2.
    static let batches = [
        [
            FileToImport(
                path: "old/a.csv", sha256: "a", result: ImportResult(
                    file: "old/a.csv", format: .csv,
                    documents: [
                        Sample.invoice("FA-1", date: "2025-01-02", file: "old/a.csv", line: 2),
                        Sample.invoice("FA-2", date: "2025-01-03", file: "old/a.csv", line: 3),
                    ]), source: "old/")
        ],
        [
            FileToImport(
                path: "new/b.csv", sha256: "b", result: ImportResult(
                    file: "new/b.csv", format: .csv,
                    documents: [
                        Sample.invoice("FA-2", date: "2025-02-03", gross: "240.00", file: "new/b.csv", line: 2),
                        Sample.invoice("FA-3", date: "2025-02-04", file: "new/b.csv", line: 3),
                    ]), source: "new/")
        ],
    ]

    /// Writes the store, then takes it back to schema 3 by SQL: no source columns.
    static func schema3Store(_ path: String) throws {
        let store = try InvoiceStore(path: path, create: true)
        for files in batches { _ = try store.importBatch(files, clock: Sample.clock) }
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        defer { raw.close() }
        try raw.executeScript(
            """
            ALTER TABLE source_file DROP COLUMN source;
            ALTER TABLE source_file DROP COLUMN source_position;
            ALTER TABLE source_file DROP COLUMN file_position;
            PRAGMA user_version = 3;
            """)
    }

    static func summary(_ documents: [StoredDocument]) -> [String] {
        StoredDocument.readingOrder(documents).map { documents[$0] }.map { "\($0.sourceIndex) \($0.source) \($0.document.number ?? "")" }
    }

    @Test func newStoreKeepsEachSourceAndItsDocuments() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        for files in Self.batches { _ = try store.importBatch(files, clock: Sample.clock) }
        // FA-2 of the new tool does not replace the old tool's FA-2: the junction check reads both.
        #expect(Self.summary(try store.documents()) == ["0 old/ FA-1", "0 old/ FA-2", "1 new/ FA-2", "1 new/ FA-3"])
        #expect(Self.summary(try store.documents(asOfBatch: 1)) == ["0 old/ FA-1", "0 old/ FA-2"])
    }

    @Test func schema3StoreReadOnlyUsesFoldersAsSources() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Self.schema3Store(path)
        let store = try InvoiceStore(path: path, access: .readOnly)
        defer { store.close() }
        #expect(Self.summary(try store.documents()) == ["0 old FA-1", "0 old FA-2", "1 new FA-2", "1 new FA-3"])
        #expect(try LegacySellerKeyStore.strings(path, "PRAGMA user_version") == ["3"])
    }

    @Test func schema3StoreIsMigratedAndLaterImportsJoinItsSources() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Self.schema3Store(path)
        let store = try InvoiceStore(path: path, create: false)
        defer { store.close() }
        #expect(try LegacySellerKeyStore.strings(path, "PRAGMA user_version") == ["\(Sample.latestSchemaVersion)"])
        #expect(Self.summary(try store.documents()) == ["0 old FA-1", "0 old FA-2", "1 new FA-2", "1 new FA-3"])
        // `new/` typed again is the source `new` of the migrated rows: its FA-3 is a new version.
        let again = FileToImport(
            path: "new/c.csv", sha256: "c",
            result: ImportResult(
                file: "new/c.csv", format: .csv,
                documents: [Sample.invoice("FA-3", date: "2025-02-05", file: "new/c.csv", line: 2)]),
            source: "new/")
        let outcome = try store.importBatch([again], clock: Sample.clock)
        #expect(outcome.findings.map(\.ruleID) == ["FR-CORR-01"])
        #expect(Self.summary(try store.documents()) == ["0 old FA-1", "0 old FA-2", "1 new FA-2", "1 new FA-3"])
        #expect(try store.documents().map(\.filePath) == ["new/b.csv", "new/c.csv", "old/a.csv", "old/a.csv"])
    }
}
