import Foundation
import InvoiceModel
import InvoiceStore
import Testing

/// A store file deleted or replaced after it was opened: SQLite would write the batch or the seal
/// into the file that lost its name, so the write is rolled back with a message instead.
@Suite struct StoreFileIdentityTests {
    static func openedStore(_ path: String) throws -> InvoiceStore {
        let store = try InvoiceStore(path: path, create: true)
        _ = try store.importBatch([Sample.file("a.csv", hash: "a", [Sample.invoice("FA-1", date: "2025-01-02")])], clock: Sample.clock)
        return store
    }

    static let second = [Sample.file("b.csv", hash: "b", [Sample.invoice("FA-2", date: "2025-01-03", file: "b.csv")])]

    @Test func deletedStoreRefusesTheBatch() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try Self.openedStore(path)
        defer { store.close() }
        try FileManager.default.removeItem(atPath: path)
        let error = #expect(throws: StoreError.self) { try store.importBatch(Self.second, clock: Sample.clock) }
        #expect(
            error?.message.en
                == "store '\(path)' was deleted while the command ran: nothing was stored; restore it from a backup, "
                + "then run the command again")
        #expect(
            error?.message.fr
                == "la base '\(path)' a été supprimée pendant la commande : rien n'a été enregistré ; restaurez-la depuis "
                + "une sauvegarde, puis relancez la commande")
        // The batch was rolled back: the opened file still contains batch 1 only.
        #expect(try store.latestBatch() == 1)
    }

    @Test func replacedStoreRefusesTheBatchAndTheSeal() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("s.db")
        let store = try Self.openedStore(path)
        defer { store.close() }
        try FileManager.default.copyItem(atPath: path, toPath: folder.path("copy.db"))
        #expect(rename(folder.path("copy.db"), path) == 0)
        let error = #expect(throws: StoreError.self) { try store.importBatch(Self.second, clock: Sample.clock) }
        #expect(
            error?.message.en
                == "store '\(path)' was replaced by another file while the command ran: nothing was stored; "
                + "check which file is the right store, then run the command again")
        #expect(
            error?.message.fr
                == "la base '\(path)' a été remplacée par un autre fichier pendant la commande : rien n'a été enregistré ; "
                + "vérifiez quel fichier est la bonne base, puis relancez la commande")
        #expect(throws: StoreError.self) { try store.seal(clock: Sample.clock) }
        #expect(try store.latestBatch() == 1)
        #expect(try store.seals().isEmpty)
    }

    @Test func untouchedStoreStillCommits() throws {
        let folder = try TemporaryFolder()
        let store = try Self.openedStore(folder.path("s.db"))
        defer { store.close() }
        #expect(try store.importBatch(Self.second, clock: Sample.clock).batch == 2)
        #expect(try store.seal(clock: Sample.clock).record?.id == 1)
    }
}
