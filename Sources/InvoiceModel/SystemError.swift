#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The tool's own French and English texts for the `errno` values a file operation commonly
/// gives, so a French report never quotes the C library's English text.
public enum SystemError {
    /// Returns the text for `code`. An uncommon code keeps the C library's text, with its number.
    public static func text(_ code: Int32) -> LocalizedText {
        switch code {
        case ENOSPC: LocalizedText(fr: "plus de place sur le disque", en: "no space left on the device")
        case EDQUOT: LocalizedText(fr: "quota de disque dépassé", en: "disk quota exceeded")
        case EACCES, EPERM: LocalizedText(fr: "accès refusé", en: "permission denied")
        case ENOENT: LocalizedText(fr: "fichier ou dossier introuvable", en: "no such file or folder")
        case EISDIR: LocalizedText(fr: "c'est un dossier", en: "it is a folder")
        case ENOTDIR: LocalizedText(fr: "une partie du chemin n'est pas un dossier", en: "a part of the path is not a folder")
        case EROFS: LocalizedText(fr: "système de fichiers en lecture seule", en: "read-only file system")
        case EEXIST: LocalizedText(fr: "le fichier existe déjà", en: "the file already exists")
        case ENAMETOOLONG: LocalizedText(fr: "nom de fichier trop long", en: "file name too long")
        case ELOOP: LocalizedText(fr: "boucle de liens symboliques", en: "loop of symbolic links")
        case EMFILE, ENFILE: LocalizedText(fr: "trop de fichiers ouverts", en: "too many open files")
        case EIO: LocalizedText(fr: "erreur d'entrée-sortie du disque", en: "input/output error on the disk")
        case EFBIG: LocalizedText(fr: "fichier trop volumineux pour le système", en: "file too large for the system")
        case EPIPE: LocalizedText(fr: "le lecteur de la sortie s'est arrêté", en: "the reader of the output stopped")
        case EBUSY: LocalizedText(fr: "ressource occupée", en: "resource busy")
        case ETXTBSY: LocalizedText(fr: "fichier en cours d'utilisation", en: "file in use")
        case EXDEV: LocalizedText(fr: "lien entre deux systèmes de fichiers impossible", en: "cannot link across file systems")
        default: LocalizedText(fr: "erreur système \(code) (\(library(code)))", en: "system error \(code) (\(library(code)))")
        }
    }

    /// Returns the C library's own text for `code`, which is in English.
    private static func library(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
