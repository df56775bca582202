import Foundation
import InvoiceModel
import InvoiceStore
import Testing

/// Schema 6 counts the records each file's import skipped on purpose. A store of schema 5 kept them
/// only inside its read counts: read-only it gives them from there, opened for writing it gains the
/// column filled the same way and keeps its batches.
@Suite struct SkippedCountStoreTests {
    /// `a.csv`: 2 invoices and 3 skipped records; `b.csv`: 1 invoice, nothing skipped.
    static func files() -> [FileToImport] {
        var first = Sample.file(
            "a.csv", hash: "a", [Sample.invoice("FA-1", date: "2025-01-02"), Sample.invoice("FA-2", date: "2025-01-03", line: 3)])
        first.result.skipped = 3
        let second = Sample.file("b.csv", hash: "b", [Sample.invoice("FA-3", date: "2025-01-04", file: "b.csv")])
        return [first, second]
    }

    /// Writes a store with one batch of `files()`, then takes it back to schema 5 by SQL: no skipped columns.
    static func schema5Store(_ path: String) throws {
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch(files(), clock: Sample.clock)
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        defer { raw.close() }
        try raw.executeScript(
            """
            ALTER TABLE source_file DROP COLUMN documents_skipped;
            ALTER TABLE batch DROP COLUMN documents_skipped;
            PRAGMA user_version = 5;
            """)
    }

    static let expected = [
        StoredFileCounts(path: "a.csv", format: .csv, imported: 2, skipped: 3),
        StoredFileCounts(path: "b.csv", format: .csv, imported: 1, skipped: 0),
    ]

    @Test func newStoreRecordsSkippedPerFileAndBatch() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try InvoiceStore(path: path, create: true)
        defer { store.close() }
        _ = try store.importBatch(Self.files(), clock: Sample.clock)
        #expect(try store.fileCounts() == Self.expected)
        #expect(try store.consistencyProblems() == [])
        #expect(try LegacySellerKeyStore.strings(path, "SELECT documents_read || ' ' || documents_skipped FROM batch") == ["6 3"])
        #expect(throws: StoreError.self) { try store.fileCounts(asOfBatch: 2) }
    }

    @Test func newestPathVersionCounts() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(Self.files(), clock: Sample.clock)
        // `a.csv` exported again without its totals rows: its newest version skipped nothing.
        let again = Sample.file("a.csv", hash: "a2", [Sample.invoice("FA-1", date: "2025-01-02")])
        _ = try store.importBatch([again], clock: Sample.clock)
        #expect(try store.fileCounts().first == StoredFileCounts(path: "a.csv", format: .csv, imported: 1, skipped: 0))
        #expect(try store.fileCounts(asOfBatch: 1) == Self.expected)
    }

    @Test func schema5StoreReadOnlyDerivesSkipped() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Self.schema5Store(path)
        let store = try InvoiceStore(path: path, access: .readOnly)
        defer { store.close() }
        #expect(try store.fileCounts() == Self.expected)
        #expect(try LegacySellerKeyStore.strings(path, "PRAGMA user_version") == ["5"])
    }

    @Test func schema5StoreUpgradesInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Self.schema5Store(path)
        let store = try InvoiceStore(path: path, create: false)
        defer { store.close() }
        #expect(try LegacySellerKeyStore.strings(path, "PRAGMA user_version") == ["\(Sample.latestSchemaVersion)"])
        #expect(try store.fileCounts() == Self.expected)
        #expect(try LegacySellerKeyStore.strings(path, "SELECT documents_skipped FROM batch") == ["3"])
        #expect(try store.consistencyProblems() == [])
        var third = Sample.file("c.csv", hash: "c", [Sample.invoice("FA-4", date: "2025-01-05", file: "c.csv")])
        third.result.skipped = 1
        _ = try store.importBatch([third], clock: Sample.clock)
        #expect(try store.fileCounts().map(\.skipped) == [3, 0, 1])
        #expect(try store.latestBatch() == 2)
    }
}
