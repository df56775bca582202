import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The way ``OutputWriter`` writes a path, chosen from what the path is when the report is written.
enum OutputTarget: Equatable {
    /// A new path or a regular file (reached through links or not): replaced atomically. `mode`
    /// contains the permissions of the file being replaced.
    case replace(file: String, mode: mode_t?)
    /// The file the tool's standard output already writes to (`/dev/stdout`, `/proc/self/fd/1`):
    /// written through that descriptor, so a pipe, a terminal or an appended file all work.
    case standardOutput
    /// The same for standard error.
    case standardError
    /// A character device or a FIFO: opened and written in place, never replaced.
    case stream

    /// Chooses how to write `path`. Throws a usage error for a path that cannot receive a report.
    static func resolve(_ path: String) throws(UsageError) -> OutputTarget {
        var link = stat()
        guard lstat(path, &link) == 0 else {
            return .replace(file: path, mode: nil)
        }
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw rejection(path, brokenLink: errno)
        }
        if let stream = standardStream(matching: info) { return stream }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let mode = info.st_mode & 0o7777
            guard (link.st_mode & S_IFMT) == S_IFLNK else { return .replace(file: path, mode: mode) }
            guard let resolved = realpath(path, nil) else { throw rejection(path, brokenLink: errno) }
            defer { free(resolved) }
            return .replace(file: String(cString: resolved), mode: mode)
        case S_IFCHR, S_IFIFO:
            return .stream
        case S_IFDIR:
            throw UsageError(
                message: LocalizedText(
                    fr: "--output '\(path)' est un dossier : indiquez un nom de fichier",
                    en: "--output '\(path)' is a folder: give a file name"))
        default:
            throw UsageError(
                message: LocalizedText(
                    fr: "--output '\(path)' n'est ni un fichier ordinaire, ni un périphérique caractère, ni un tube : indiquez un nom de fichier",
                    en: "--output '\(path)' is neither a regular file, nor a character device, nor a pipe: give a file name"))
        }
    }

    /// Returns standard output or error when `info` is the file that one of them is open on.
    private static func standardStream(matching info: stat) -> OutputTarget? {
        for (descriptor, target) in [(STDOUT_FILENO, OutputTarget.standardOutput), (STDERR_FILENO, .standardError)] {
            var open = stat()
            if fstat(descriptor, &open) == 0 && open.st_dev == info.st_dev && open.st_ino == info.st_ino {
                return target
            }
        }
        return nil
    }

    private static func rejection(_ path: String, brokenLink code: Int32) -> UsageError {
        if code == ELOOP {
            return UsageError(
                message: LocalizedText(
                    fr: "--output '\(path)' est une boucle de liens symboliques : indiquez un autre fichier",
                    en: "--output '\(path)' is a loop of symbolic links: give another file"))
        }
        if code == ENOENT {
            return UsageError(
                message: LocalizedText(
                    fr: "--output '\(path)' est un lien symbolique cassé : rétablissez sa cible ou indiquez un autre fichier",
                    en: "--output '\(path)' is a broken symbolic link: restore its target or give another file"))
        }
        let reason = SystemError.text(code)
        return UsageError(
            message: LocalizedText(
                fr: "--output '\(path)' est inaccessible (\(reason.fr)) : vérifiez ses droits d'accès",
                en: "--output '\(path)' cannot be reached (\(reason.en)): check its permissions"))
    }
}
