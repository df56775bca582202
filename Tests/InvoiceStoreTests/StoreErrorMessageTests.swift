import InvoiceModel
import Testing

@testable import InvoiceStore

/// Messages for SQLite failures, in both languages, each with the next step to take. SQLite's own
/// English text only appears quoted, as a detail.
@Suite struct StoreErrorMessageTests {
    @Test func fullDiskSaysFreeSpace() {
        let error = StoreError.sqlite("s.db", SQLiteError(code: 13, message: "database or disk is full"))
        #expect(error.message.en == "the disk of store 's.db' is full (SQLite 13 'database or disk is full'): free some space and run the command again")
        #expect(error.message.fr == "le disque de la base 's.db' est plein (SQLite 13 'database or disk is full') : libérez de la place puis relancez la commande")
    }

    @Test func corruptionSaysRestoreBackup() {
        let error = StoreError.sqlite("s.db", SQLiteError(code: 11, message: "database disk image is malformed"))
        #expect(error.message.fr == "la base 's.db' est endommagée (SQLite : 'database disk image is malformed'), rien n'y a été écrit : restaurez-la depuis une sauvegarde ou importez les fichiers dans une nouvelle base")
        #expect(error.message.en.hasPrefix("store 's.db' is damaged (SQLite: 'database disk image is malformed'), nothing was written to it"))
    }

    @Test func otherFailureSaysRetryThenRestore() {
        let error = StoreError.sqlite("s.db", SQLiteError(code: 1, message: "no such table: x"))
        #expect(error.message.en == "store 's.db' failed (SQLite 1 'no such table: x'): run the command again, and if it fails again, restore the store from a backup")
    }
}
