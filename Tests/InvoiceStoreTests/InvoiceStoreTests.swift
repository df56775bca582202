import Foundation
import InvoiceAudit
import InvoiceModel
import InvoiceStore
import Testing

@Suite struct InvoiceStoreTests {
    @Test func importRecordsBatchAndProvenance() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        let rejection = Rejection(
            location: SourceLocation(file: "a.csv", line: 4), reason: LocalizedText(fr: "mauvais", en: "bad"))
        let outcome = try store.importBatch(
            [
                Sample.file(
                    "a.csv", hash: "h1",
                    [Sample.invoice("FA-1", date: "2025-01-02", file: "a.csv", line: 2),
                     Sample.invoice("FA-2", date: "2025-01-03", file: "a.csv", line: 3)],
                    rejections: [rejection])
            ], clock: Sample.clock)
        #expect(outcome.batch == 1)
        #expect(outcome.findings.isEmpty)
        let documents = try store.documents()
        #expect(documents.map(\.document.number) == ["FA-1", "FA-2"])
        #expect(documents.map(\.document.source.line) == [2, 3])
        #expect(documents.map(\.filePath) == ["a.csv", "a.csv"])
        #expect(documents[0].document.totals.taxInclusive?.description == "120.00")
        #expect(try store.consistencyProblems() == [])
    }

    @Test func sameFileHashStoresNothing() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        let file = Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])
        _ = try store.importBatch([file], clock: Sample.clock)
        let again = try store.importBatch([file], clock: Sample.clock)
        #expect(again.batch == nil)
        #expect(again.files.map(\.alreadyImportedIn) == [1])
        #expect(try store.latestBatch() == 1)
        #expect(try store.documents().count == 1)
    }

    @Test func changedIssuedDocumentKeepsBothVersions() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02", file: "a.csv", line: 2)])],
            clock: Sample.clock)
        let changed = Sample.invoice("FA-1", date: "2025-01-02", vat: "10.00", gross: "110.00", file: "b.csv", line: 5)
        let outcome = try store.importBatch([Sample.file("b.csv", hash: "h2", [changed])], clock: Sample.clock)
        #expect(outcome.batch == 2)
        #expect(outcome.findings.map(\.ruleID) == ["FR-CORR-01"])
        #expect(outcome.findings.first?.location == SourceLocation(file: "b.csv", line: 5))
        #expect(
            outcome.findings.first?.message.en
                == "issued document 'FA-1' differs from the version of batch 1 (a.csv:2) (changed fields: "
                + "'total.vat', 'total.tax_inclusive'): correct an issued invoice with a credit note or a corrective invoice")
        #expect(try store.documents(asOfBatch: 1).map(\.document.totals.vat?.description) == ["20.00"])
        #expect(try store.documents().map(\.document.totals.vat?.description) == ["10.00"])
    }

    @Test func reusedNumberFromNewToolIsNamed() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        // Each file is its own source, as when `import` names it on the command line.
        var old = Sample.file("old.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02", file: "old.csv", line: 2)])
        old.source = "old.csv"
        _ = try store.importBatch([old], clock: Sample.clock)
        let other = Sample.invoice("FA-1", date: "2025-06-10", net: "200.00", vat: "40.00", gross: "240.00", file: "new.xml", line: 1)
        var new = Sample.file("new.xml", hash: "h2", [other])
        new.source = "new.xml"
        let outcome = try store.importBatch([new], clock: Sample.clock)
        #expect(outcome.findings.map(\.ruleID) == ["FR-CORR-01"])
        #expect(
            outcome.findings.first?.message.en
                == "issued document 'FA-1' differs from the version of batch 1 (old.csv:2) (changed fields: 'issue_date', "
                + "'total.tax_exclusive', 'total.vat', 'total.tax_inclusive'): correct an issued invoice with a credit note or a "
                + "corrective invoice; if this is another invoice, the new tool reused this number: check the junction with "
                + "'facturaudit check OLD/ NEW/'")
        #expect(outcome.findings.first?.message.fr.hasSuffix("vérifiez la jonction avec 'facturaudit check ANCIEN/ NOUVEAU/'") == true)
    }

    @Test func unchangedReimportFromAnotherFileIsSilent() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02", net: "100.00")])],
            clock: Sample.clock)
        // Same content written with another scale, as another tool would export it.
        let outcome = try store.importBatch(
            [Sample.file("b.xml", hash: "h2", [Sample.invoice("FA-1", date: "2025-01-02", net: "100", file: "b.xml")])],
            clock: Sample.clock)
        #expect(outcome.findings.isEmpty)
        #expect(try store.documents().map(\.filePath) == ["b.xml"])
    }

    @Test func duplicatesInsideOneBatchAreAllKept() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch(
            [Sample.file("a.csv", hash: "h1", [
                Sample.invoice("FA-1", date: "2025-01-02", line: 2), Sample.invoice("FA-1", date: "2025-01-03", line: 3),
            ])], clock: Sample.clock)
        #expect(try store.documents().count == 2)
    }

    @Test func unknownBatchIsRejected() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch([Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        let error = #expect(throws: StoreError.self) { try store.documents(asOfBatch: 7) }
        #expect(error?.message.en == "unknown batch 7: the store holds batches 1…1")
    }

    @Test func missingStoreIsNotCreatedForReading() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("absent.db")
        let error = #expect(throws: StoreError.self) { try InvoiceStore(path: path, create: false) }
        #expect(error?.message.en == "store '\(path)' not found: create it with 'facturaudit import PATH… --db \(path)'")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func randomBytesAreNotADatabase() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("noise.db")
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<8192).map { _ in UInt8.random(in: 0...255, using: &generator) }
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        let error = #expect(throws: StoreError.self) { try InvoiceStore(path: path, create: true) }
        #expect(error?.message.en.hasPrefix("'\(path)' is not a readable SQLite database") == true)
    }

    @Test func otherApplicationsDatabaseIsLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("other.db")
        let other = try SQLiteConnection(path: path, create: true)
        try other.executeScript("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ada')")
        other.close()
        let error = #expect(throws: StoreError.self) { try InvoiceStore(path: path, create: true) }
        #expect(error?.message.en.hasPrefix("'\(path)' is an SQLite database of another application") == true)
        let check = try SQLiteConnection(path: path, create: false)
        defer { check.close() }
        #expect(try check.scalarInt("SELECT count(*) FROM sqlite_schema") == 1)
    }

    @Test func newerSchemaIsRejected() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try InvoiceStore(path: path, create: true).close()
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.executeScript("PRAGMA user_version = 99")
        raw.close()
        let error = #expect(throws: StoreError.self) { try InvoiceStore(path: path, create: false) }
        #expect(error?.message.en == "store '\(path)' has schema 99, newer than this version supports (\(Sample.latestSchemaVersion)): upgrade facturaudit")
    }

    @Test func schemaOneStoreGetsSealColumns() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try InvoiceStore(path: path, create: true).close()
        // Back to the first schema: the seal table without the columns migration 2 adds.
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.executeScript(
            "ALTER TABLE seal DROP COLUMN hash_version; ALTER TABLE seal DROP COLUMN accepted_changes; PRAGMA user_version = 1")
        raw.close()
        try InvoiceStore(path: path, create: false).close()
        let upgraded = try SQLiteConnection(path: path, create: false)
        defer { upgraded.close() }
        #expect(try upgraded.scalarInt("PRAGMA user_version") == Sample.latestSchemaVersion)
        #expect(try upgraded.scalarInt("SELECT count(*) FROM pragma_table_info('seal') WHERE name = 'hash_version'") == 1)
    }

    @Test func schemaUsesStrictTablesAndWAL() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try InvoiceStore(path: path, create: true).close()
        let raw = try SQLiteConnection(path: path, create: false)
        defer { raw.close() }
        #expect(try raw.scalarString("PRAGMA journal_mode") == "wal")
        #expect(try raw.scalarInt("PRAGMA user_version") == Sample.latestSchemaVersion)
        let tables = try raw.scalarInt("SELECT count(*) FROM pragma_table_list WHERE schema = 'main' AND strict = 1")
        #expect(tables == 7)
    }
}
