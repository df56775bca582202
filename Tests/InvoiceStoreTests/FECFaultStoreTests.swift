import Foundation
import InvoiceModel
import InvoiceStore
import Testing

/// Schema 5 keeps the FEC faults each file's import found, so `check --db` reports FR-FEC
/// findings. A store of schema 4 has none recorded: read-only it gives none, opened for writing it
/// gains the table in place and keeps its batches.
@Suite struct FECFaultStoreTests {
    static let path = "exports/ventes.txt"

    static let faults = [
        FECFault(.fileName("ventes.txt"), location: SourceLocation(file: path)),
        FECFault(.decimalPoint(column: "Debit", text: "1200.00"), location: SourceLocation(file: path, line: 2)),
        FECFault(
            .unbalanced(entry: "VE/2", debits: Amount(parsing: "600.00")!, credits: Amount(parsing: "599.99")!),
            location: SourceLocation(file: path, line: 5)),
        FECFault(.more(count: 3, lastLine: 40), check: .numbering, location: SourceLocation(file: path, line: 40)),
    ]

    static func fecFile(_ path: String = path, hash: String, faults: [FECFault] = faults, number: String = "FA-1") -> FileToImport {
        var result = ImportResult(
            file: path, format: .fec, documents: [Sample.invoice(number, date: "2026-01-05", file: path, line: 2)])
        result.fecFaults = faults
        return FileToImport(path: path, sha256: hash, result: result, source: path)
    }

    /// Writes a store with one FEC batch, then takes it back to schema 4 by SQL: no `fec_fault` table.
    static func schema4Store(_ path: String) throws {
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch([fecFile(hash: "a", faults: [])], clock: Sample.clock)
        store.close()
        let raw = try SQLiteConnection(path: path, create: false)
        defer { raw.close() }
        try raw.executeScript("DROP TABLE fec_fault; PRAGMA user_version = 4;")
    }

    @Test func faultsReadBackInOrder() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch([Self.fecFile(hash: "a"), Sample.file("b.csv", hash: "b", [])], clock: Sample.clock)
        let stored = try store.fecFaults()
        #expect(stored.map(\.path) == [Self.path])
        #expect(stored.first?.faults == Self.faults)
        #expect(stored.first?.format == .fec)
        #expect(stored.first?.imported == 1)
    }

    @Test func newestPathVersionCountsPerBatch() throws {
        let folder = try TemporaryFolder()
        let store = try InvoiceStore(path: folder.path("s.db"), create: true)
        defer { store.close() }
        _ = try store.importBatch([Self.fecFile(hash: "a")], clock: Sample.clock)
        // The corrected export under the same name replaces the first: its one fault is what counts now.
        let corrected = [FECFault(.fileName("ventes.txt"), location: SourceLocation(file: Self.path))]
        _ = try store.importBatch([Self.fecFile(hash: "b", faults: corrected)], clock: Sample.clock)
        #expect(try store.fecFaults().flatMap(\.faults) == corrected)
        #expect(try store.fecFaults(asOfBatch: 1).flatMap(\.faults) == Self.faults)
        #expect(throws: StoreError.self) { try store.fecFaults(asOfBatch: 3) }
    }

    @Test func faultCodingIsStable() throws {
        // The store keeps this JSON: a renamed case or value would make older stores unreadable.
        let json = #"{"check":5,"kind":{"unbalanced":{"credits":"599.99","debits":"600.00","entry":"VE/2"}},"location":{"file":"exports/ventes.txt","line":5}}"#
        let encoded = String(decoding: try CanonicalJSON.encoder().encode(Self.faults[2]), as: UTF8.self)
        #expect(encoded == json)
        #expect(try JSONDecoder().decode(FECFault.self, from: Data(json.utf8)) == Self.faults[2])
    }

    @Test func schema4StoreReadOnlyHasNoFaults() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Self.schema4Store(path)
        let store = try InvoiceStore(path: path, access: .readOnly)
        defer { store.close() }
        #expect(try store.fecFaults().isEmpty)
        #expect(try store.documents().map(\.document.number) == ["FA-1"])
        #expect(try LegacySellerKeyStore.strings(path, "PRAGMA user_version") == ["4"])
    }

    @Test func schema4StoreUpgradesInPlace() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        try Self.schema4Store(path)
        let store = try InvoiceStore(path: path, create: false)
        defer { store.close() }
        #expect(try LegacySellerKeyStore.strings(path, "PRAGMA user_version") == ["\(Sample.latestSchemaVersion)"])
        #expect(try store.fecFaults().isEmpty)
        _ = try store.importBatch([Self.fecFile("exports/autres.txt", hash: "c", number: "FA-2")], clock: Sample.clock)
        #expect(try store.fecFaults().map(\.path) == ["exports/autres.txt"])
        #expect(try store.fecFaults().flatMap(\.faults).count == 4)
        #expect(try store.documents().compactMap(\.document.number).sorted() == ["FA-1", "FA-2"])
        #expect(try store.latestBatch() == 2)
    }
}
