import Foundation
import InvoiceModel
import InvoiceStore
import Testing

/// `Access.readOnly` reads a store without creating `-wal` or `-shm` files, even where it could.
@Suite struct ReadOnlyAccessTests {
    @Test func readOnlyStoreReadsWithoutWriting() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let writer = try InvoiceStore(path: path, create: true)
        _ = try writer.importBatch(
            [Sample.file("a.csv", hash: "h1", [Sample.invoice("FA-1", date: "2025-01-02", file: "a.csv")])], clock: Sample.clock)
        writer.close()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["s.db"])
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let reader = try InvoiceStore(path: path, access: .readOnly)
        defer { reader.close() }
        try reader.checkIntegrity()
        #expect(try reader.documents().map(\.document.number) == ["FA-1"])
        let error = #expect(throws: StoreError.self) {
            try reader.importBatch(
                [Sample.file("b.csv", hash: "h2", [Sample.invoice("FA-2", date: "2025-01-03", file: "b.csv")])],
                clock: Sample.clock)
        }
        #expect(error?.cause?.code == 8)  // SQLITE_READONLY
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["s.db"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func readOnlyAccessNeverCreatesStore() throws {
        let folder = try TemporaryFolder()
        let error = #expect(throws: StoreError.self) { try InvoiceStore(path: folder.path("new.db"), access: .readOnly) }
        #expect(error?.message.en == "store '\(folder.path("new.db"))' not found: create it with 'facturaudit import PATH… --db \(folder.path("new.db"))'")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
    }
}
