import InvoiceModel

/// A reason a ZIP archive, or one of its entries, is not read.
enum ZipError: Error, Sendable, Hashable {
    /// The end record, a directory header or an entry's data lies outside the file.
    case truncated
    case zip64
    case multiDisk
    case tooManyEntries(Int, limit: Int)
    case duplicateName(String)
    case encrypted(String)
    /// An absolute name, a backslash or a `..` segment, as path traversal attacks use.
    case unsafeName(String)
    case entryTooLarge(String, size: Int, limit: Int)
    case suspiciousRatio(String, packed: Int, unpacked: Int)
    case archiveTooLarge(limit: Int)
    /// Data that does not inflate to the declared size or whose CRC-32 differs.
    case damaged(String)
    case unsupportedMethod(String, method: Int)

    /// The message for the journal, in both languages.
    var message: LocalizedText {
        let fix = (fr: "enregistrez de nouveau le classeur depuis le tableur ou exportez-le en CSV", en: "save the workbook again from the spreadsheet program or export it as CSV")
        switch self {
        case .truncated:
            return LocalizedText(
                fr: "archive XLSX tronquée ou endommagée (répertoire central introuvable ou hors du fichier) : \(fix.fr)",
                en: "truncated or damaged XLSX archive (central directory missing or outside the file): \(fix.en)")
        case .zip64:
            return LocalizedText(
                fr: "archive ZIP64 non prise en charge : un classeur de factures n'a pas besoin de plus de 4 Gio, exportez la période en CSV ou en plusieurs classeurs",
                en: "ZIP64 archive not supported: an invoice workbook needs no more than 4 GiB, export the period as CSV or as several workbooks")
        case .multiDisk:
            return LocalizedText(
                fr: "archive ZIP en plusieurs volumes non prise en charge : réunissez-la en un seul fichier",
                en: "multi-volume ZIP archive not supported: join it into one file")
        case .tooManyEntries(let count, let limit):
            return LocalizedText(
                fr: "archive avec \(count) fichiers internes, limite \(limit) : ce n'est pas un classeur ordinaire, \(fix.fr)",
                en: "archive with \(count) inner files, limit \(limit): this is no ordinary workbook, \(fix.en)")
        case .duplicateName(let name):
            return LocalizedText(
                fr: "archive endommagée : la partie '\(name)' y figure deux fois, \(fix.fr)",
                en: "damaged archive: the part '\(name)' is listed twice, \(fix.en)")
        case .encrypted(let name):
            return LocalizedText(
                fr: "partie '\(name)' chiffrée : retirez le mot de passe du classeur ou exportez-le en CSV",
                en: "part '\(name)' is encrypted: remove the workbook's password or export it as CSV")
        case .unsafeName(let name):
            return LocalizedText(
                fr: "nom de partie dangereux '\(name)' (chemin absolu, '\\' ou '..') : ce n'est pas un classeur écrit par un tableur, le fichier n'est pas lu",
                en: "unsafe part name '\(name)' (absolute path, '\\' or '..'): no spreadsheet program writes this, the file is not read")
        case .entryTooLarge(let name, let size, let limit):
            return LocalizedText(
                fr: "partie '\(name)' trop volumineuse une fois décompressée (\(size) octets, limite \(limit)) : augmentez --max-file-size si le fichier est sûr",
                en: "part '\(name)' too large once unpacked (\(size) bytes, limit \(limit)): raise --max-file-size if the file is trusted")
        case .suspiciousRatio(let name, let packed, let unpacked):
            return LocalizedText(
                fr: "partie '\(name)' compressée à l'excès (\(packed) octets pour \(unpacked)) : c'est la marque d'une bombe de décompression, le fichier n'est pas lu",
                en: "part '\(name)' compressed beyond reason (\(packed) bytes for \(unpacked)): this is the mark of a zip bomb, the file is not read")
        case .archiveTooLarge(let limit):
            return LocalizedText(
                fr: "classeur trop volumineux une fois décompressé (limite \(limit) octets, quatre fois --max-file-size) : augmentez --max-file-size si le fichier est sûr",
                en: "workbook too large once unpacked (limit \(limit) bytes, four times --max-file-size): raise --max-file-size if the file is trusted")
        case .damaged(let name):
            return LocalizedText(
                fr: "partie '\(name)' endommagée (données ou somme de contrôle incorrectes) : \(fix.fr)",
                en: "part '\(name)' is damaged (wrong data or checksum): \(fix.en)")
        case .unsupportedMethod(let name, let method):
            return LocalizedText(
                fr: "partie '\(name)' compressée par une méthode non prise en charge (\(method)) : \(fix.fr)",
                en: "part '\(name)' uses an unsupported compression method (\(method)): \(fix.en)")
        }
    }
}
