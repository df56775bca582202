import Foundation
import InvoiceModel
import InvoiceStore

/// Stores written the way schema 2 wrote documents without seller identity: each under the
/// per-file key `?:FILE`, in the `document` rows and in the seal entries, whose hashes cover it.
enum LegacySellerKeyStore {
    /// Returns an invoice of `file` without any seller identity, as a CSV export without a seller
    /// column gives.
    static func invoice(_ number: String, date: String, gross: String = "120.00", file: String, line: Int) -> Document {
        var document = Sample.invoice(number, date: date, gross: gross, file: file, line: line)
        document.seller = nil
        return document
    }

    /// Imports each element of `batches` as one batch into a new store at `path`, and seals it
    /// after the last batch when `seal` is true. With `legacy`, writes it the way schema 2 did.
    static func make(_ path: String, batches: [[FileToImport]], legacy: Bool, seal: Bool) throws {
        let store = try InvoiceStore(path: path, create: true)
        for files in batches { _ = try store.importBatch(files, clock: Sample.clock) }
        store.close()
        guard legacy else {
            if seal { try sealStore(path) }
            return
        }
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute(
            """
            UPDATE document SET seller_key = ?1 || (SELECT f.path FROM source_file f WHERE f.id = document.file_id)
            WHERE seller_key = ?2
            """,
            ["?:", "?"])
        raw.close()
        // Sealed now, the store reads one document per file and number, as schema 2 did.
        if seal { try sealStore(path) }
        try rewriteSealEntries(path)
        let downgrade = try SQLiteConnection(path: path, create: false)
        defer { downgrade.close() }
        try downgrade.executeScript("PRAGMA user_version = 2")
    }

    private static func sealStore(_ path: String) throws {
        let store = try InvoiceStore(path: path, create: false)
        defer { store.close() }
        _ = try store.seal(clock: Sample.clock)
    }

    /// Gives the seal entries their document's per-file key and rehashes the chain over them.
    private static func rewriteSealEntries(_ path: String) throws {
        let raw = try SQLiteConnection(path: path, create: false)
        try raw.execute(
            """
            UPDATE seal_entry SET seller_key = (SELECT d.seller_key FROM document d WHERE d.id = seal_entry.document_id)
            WHERE seller_key = ?1
            """,
            ["?"])
        raw.close()
        let store = try InvoiceStore(path: path, create: false)
        var hashes: [(id: Int, previous: String, hash: String)] = []
        var previous = SealRecord.genesisHash
        for var seal in try store.seals() {
            seal.previousHash = previous
            previous = seal.recomputedHash(entries: try store.sealEntryRows(of: seal.id)) ?? ""
            hashes.append((seal.id, seal.previousHash, previous))
        }
        store.close()
        let update = try SQLiteConnection(path: path, create: false)
        defer { update.close() }
        for seal in hashes {
            try update.execute(
                "UPDATE seal SET previous_hash = ?1, seal_hash = ?2 WHERE id = ?3", [seal.previous, seal.hash, seal.id])
        }
    }

    /// Returns the values of one column, read with a raw connection that migrates nothing.
    static func strings(_ path: String, _ sql: String) throws -> [String] {
        let raw = try SQLiteConnection(path: path, create: false)
        defer { raw.close() }
        var values: [String] = []
        try raw.prepare(sql).forEachRow { values.append($0.string(0) ?? "") }
        return values
    }

    static func userVersion(_ path: String) throws -> Int? {
        let raw = try SQLiteConnection(path: path, create: false)
        defer { raw.close() }
        return try raw.scalarInt("PRAGMA user_version")
    }
}
