#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import InvoiceModel

/// The device and inode of a file: what stays the same while the file is written, and changes
/// when another file takes its name.
struct StoreFileIdentity: Hashable, Sendable {
    var device: UInt64
    var inode: UInt64

    /// The identity of the file at `path`, or `nil` when no file is there.
    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }
}

extension InvoiceStore {
    /// Throws when the file at ``path`` is no longer the file this store opened.
    ///
    /// SQLite writes to the file it opened. When that file is deleted or replaced while a command
    /// runs (moved over, restored from a backup), it has no name any more, so a batch committed
    /// into it would be lost although the command succeeded. `import` and `seal` call this before
    /// they commit, and roll back when it throws.
    func checkSameFile() throws(StoreError) {
        guard let openedFile else { return }
        guard let current = StoreFileIdentity(path: path) else { throw StoreError.fileGone(path, replaced: false) }
        if current != openedFile { throw StoreError.fileGone(path, replaced: true) }
    }
}

extension StoreError {
    /// Returns the error for a store file deleted, or replaced by another file, while a command wrote to it.
    static func fileGone(_ path: String, replaced: Bool) -> StoreError {
        replaced
            ? StoreError(
                message: LocalizedText(
                    fr: "la base '\(path)' a été remplacée par un autre fichier pendant la commande : rien n'a été "
                        + "enregistré ; vérifiez quel fichier est la bonne base, puis relancez la commande",
                    en: "store '\(path)' was replaced by another file while the command ran: nothing was stored; "
                        + "check which file is the right store, then run the command again"))
            : StoreError(
                message: LocalizedText(
                    fr: "la base '\(path)' a été supprimée pendant la commande : rien n'a été enregistré ; "
                        + "restaurez-la depuis une sauvegarde, puis relancez la commande",
                    en: "store '\(path)' was deleted while the command ran: nothing was stored; restore it "
                        + "from a backup, then run the command again"))
    }
}
