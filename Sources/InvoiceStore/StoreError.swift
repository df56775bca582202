import InvoiceModel

/// A store that cannot be opened or written, with a message in both languages saying what to do.
public struct StoreError: Error, CustomStringConvertible {
    public let message: LocalizedText
    /// The SQLite failure behind the message, when there is one.
    public let cause: SQLiteError?

    public init(message: LocalizedText, cause: SQLiteError? = nil) {
        self.message = message
        self.cause = cause
    }

    public var description: String { message.en }

    static func notFound(_ path: String) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "base '\(path)' introuvable : créez-la avec 'facturaudit import CHEMIN… --db \(path)'",
                en: "store '\(path)' not found: create it with 'facturaudit import PATH… --db \(path)'"))
    }

    static func isFolder(_ path: String) -> StoreError {
        // Trailing slashes are dropped, so `fold/` suggests `fold/invoices.db` rather than `fold//invoices.db`.
        var folder = Substring(path)
        while folder.count > 1 && folder.hasSuffix("/") { folder = folder.dropLast() }
        let prefix = folder == "/" ? "/" : folder + "/"
        return StoreError(
            message: LocalizedText(
                fr: "'\(path)' est un dossier : indiquez un nom de fichier pour la base, par exemple "
                    + "'\(prefix)factures.db'",
                en: "'\(path)' is a folder: give a file name for the store, such as '\(prefix)invoices.db'"))
    }

    static func missingFolder(_ folder: String, store path: String) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "le dossier '\(folder)' de la base '\(path)' n'existe pas : créez-le ou indiquez un autre chemin",
                en: "folder '\(folder)' of store '\(path)' does not exist: create it or give another path"))
    }

    static func notWritable(_ path: String) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' est en lecture seule pour ce compte : donnez le droit d'écrire le fichier et "
                    + "son dossier, où SQLite crée ses fichiers -wal et -shm ; check, verify et export peuvent la lire "
                    + "telle quelle",
                en: "store '\(path)' is read-only for this user: get write access to the file and its folder, where "
                    + "SQLite creates its -wal and -shm files; check, verify and export can read it as it is"))
    }

    static func readOnlyOlderSchema(_ path: String, found: Int, supported: Int) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' a le schéma \(found), plus ancien que celui de cette version (\(supported)), "
                    + "et elle est en lecture seule, donc ne peut pas être mise à jour : lancez une fois la commande "
                    + "avec un compte qui peut écrire le fichier et son dossier",
                en: "store '\(path)' has schema \(found), older than this version's (\(supported)), and is read-only, "
                    + "so it cannot be upgraded: run the command once as a user who can write the file and its folder"))
    }

    static func readOnlyPendingWAL(_ path: String, _ cause: SQLiteError) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' est en lecture seule et son fichier '\(path)-wal' contient des écritures pas "
                    + "encore reportées dans la base, que SQLite ne peut lire sans créer '\(path)-shm' "
                    + "(SQLite \(cause.extendedCode) '\(cause.message)') : donnez le droit d'écrire dans le dossier, "
                    + "ou demandez à qui peut l'écrire de lancer une commande sur la base (par exemple "
                    + "'facturaudit check --db \(path)'), ce qui reporte ces écritures",
                en: "store '\(path)' is read-only and its file '\(path)-wal' contains writes not yet copied into "
                    + "the store, which SQLite cannot read without creating '\(path)-shm' "
                    + "(SQLite \(cause.extendedCode) '\(cause.message)'): get write access to the folder, or ask "
                    + "someone who can write it to run a command on the store (such as "
                    + "'facturaudit check --db \(path)'), which copies them in"),
            cause: cause)
    }

    static func notADatabase(_ path: String, _ cause: SQLiteError) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "'\(path)' n'est pas une base SQLite lisible (fichier endommagé ou d'un autre format) : "
                    + "indiquez une base créée par 'facturaudit import' ou un nouveau nom de fichier",
                en: "'\(path)' is not a readable SQLite database (damaged file or another format): "
                    + "give a store created by 'facturaudit import' or a new file name"),
            cause: cause)
    }

    static func foreign(_ path: String) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "'\(path)' est une base SQLite d'une autre application : facturaudit ne la modifie pas, "
                    + "indiquez un nouveau nom de fichier",
                en: "'\(path)' is an SQLite database of another application: facturaudit leaves it untouched, "
                    + "give a new file name"))
    }

    static func notAStore(_ path: String) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "'\(path)' n'est pas une base facturaudit (aucune table) : lancez d'abord "
                    + "'facturaudit import CHEMIN… --db \(path)'",
                en: "'\(path)' is not a facturaudit store (no tables): run 'facturaudit import PATH… --db \(path)' first"))
    }

    static func incomplete(_ path: String, missing table: String) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' est incomplète (table '\(table)' absente), elle a été endommagée ou modifiée "
                    + "hors de facturaudit : restaurez-la depuis une sauvegarde ou importez les fichiers dans une "
                    + "nouvelle base",
                en: "store '\(path)' is incomplete (table '\(table)' is missing), it was damaged or modified outside "
                    + "facturaudit: restore it from a backup or import the files into a new store"))
    }

    /// Reports a stored document whose canonical JSON no longer decodes.
    static func damagedDocument(
        _ path: String, seller: String, number: String?, batch: Int, location: SourceLocation
    ) -> StoreError {
        let numberFR = number.map { "'\($0)'" } ?? "sans numéro"
        let numberEN = number.map { "'\($0)'" } ?? "without number"
        return StoreError(
            message: LocalizedText(
                fr: "le document \(numberFR) du vendeur '\(seller)', lot \(batch) (\(location)), est endommagé dans la "
                    + "base '\(path)' et illisible : restaurez la base depuis une sauvegarde ou réimportez le fichier "
                    + "dans une nouvelle base",
                en: "document \(numberEN) of seller '\(seller)' in batch \(batch) (\(location)) is damaged in store "
                    + "'\(path)' and cannot be read: restore the store from a backup or import the file again into "
                    + "a new store"))
    }

    static func damagedFECFault(_ path: String, file: String, batch: Int) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "un défaut FEC du fichier '\(file)', lot \(batch), est endommagé dans la base '\(path)' et "
                    + "illisible : restaurez la base depuis une sauvegarde ou réimportez le fichier dans une nouvelle base",
                en: "a FEC fault of file '\(file)' in batch \(batch) is damaged in store '\(path)' and cannot be "
                    + "read: restore the store from a backup or import the file again into a new store"))
    }

    static func newerSchema(_ path: String, found: Int, supported: Int) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' a le schéma \(found), plus récent que celui de cette version (\(supported)) : "
                    + "mettez facturaudit à jour",
                en: "store '\(path)' has schema \(found), newer than this version supports (\(supported)): "
                    + "upgrade facturaudit"))
    }

    static func sqlite(_ path: String, _ cause: SQLiteError) -> StoreError {
        if cause.isBusy { return busy(path, cause) }
        if cause.isNotADatabase { return damaged(path, detail: cause.message, cause: cause) }
        let detail = "SQLite \(cause.extendedCode) '\(cause.message)'"
        switch cause.code {
        case SQLiteError.full:
            return StoreError(
                message: LocalizedText(
                    fr: "le disque de la base '\(path)' est plein (\(detail)) : libérez de la place puis relancez la commande",
                    en: "the disk of store '\(path)' is full (\(detail)): free some space and run the command again"),
                cause: cause)
        case SQLiteError.readOnly, SQLiteError.cannotOpen, SQLiteError.permission:
            return StoreError(
                message: LocalizedText(
                    fr: "la base '\(path)' ne peut pas être ouverte en écriture (\(detail)) : vérifiez les droits "
                        + "d'accès du fichier et de son dossier, où SQLite crée ses fichiers -wal et -shm",
                    en: "store '\(path)' cannot be opened for writing (\(detail)): check the permissions of the file "
                        + "and of its folder, where SQLite creates its -wal and -shm files"),
                cause: cause)
        case SQLiteError.ioError:
            return StoreError(
                message: LocalizedText(
                    fr: "erreur de lecture ou d'écriture sur la base '\(path)' (\(detail)) : vérifiez le disque ; si "
                        + "l'erreur revient, restaurez la base depuis une sauvegarde",
                    en: "read or write error on store '\(path)' (\(detail)): check the disk, and if the error comes "
                        + "back, restore the store from a backup"),
                cause: cause)
        default:
            return StoreError(
                message: LocalizedText(
                    fr: "échec d'accès à la base '\(path)' (\(detail)) : relancez la commande ; si l'échec revient, "
                        + "restaurez la base depuis une sauvegarde",
                    en: "store '\(path)' failed (\(detail)): run the command again, and if it fails again, "
                        + "restore the store from a backup"),
                cause: cause)
        }
    }

    /// Reports a store that SQLite finds damaged, with SQLite's own description in `detail`.
    static func damaged(_ path: String, detail: String, cause: SQLiteError? = nil) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' est endommagée (SQLite : '\(detail)'), rien n'y a été écrit : restaurez-la "
                    + "depuis une sauvegarde ou importez les fichiers dans une nouvelle base",
                en: "store '\(path)' is damaged (SQLite: '\(detail)'), nothing was written to it: restore it "
                    + "from a backup or import the files into a new store"),
            cause: cause)
    }

    /// The store stayed locked past the busy timeout: usually by another facturaudit `import` or
    /// `seal`, but also any program that opened the file with an exclusive lock, which blocks reads too.
    static func busy(_ path: String, _ cause: SQLiteError) -> StoreError {
        StoreError(
            message: LocalizedText(
                fr: "la base '\(path)' est verrouillée par un autre processus (un import ou un scellement facturaudit, "
                    + "ou un autre programme qui a ouvert le fichier) et n'a pas été libérée à temps : attendez qu'il "
                    + "se termine puis relancez la commande, ou allongez l'attente avec FACTURAUDIT_BUSY_TIMEOUT (secondes)",
                en: "store '\(path)' is locked by another process (a facturaudit import or seal, or another program "
                    + "that opened the file) and was not released in time: wait until it ends and run the command "
                    + "again, or wait longer with FACTURAUDIT_BUSY_TIMEOUT (seconds)"),
            cause: cause)
    }

    static func unknownBatch(_ batch: Int, latest: Int?) -> StoreError {
        let known = latest.map { "1…\($0)" } ?? "—"
        return StoreError(
            message: LocalizedText(
                fr: "lot \(batch) inconnu : la base contient les lots \(known)",
                en: "unknown batch \(batch): the store holds batches \(known)"))
    }
}
