import FoundationEssentials
import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to the file named by `--output` (or `-o`), as a careful Unix tool does.
///
/// A new path or a regular file is written atomically: a temporary file in the same folder, then
/// a rename, so a reader never sees half a report. A symbolic link is followed: its target is
/// replaced, the link stays. A character device or a pipe (`/dev/stdout`, a FIFO) is written
/// directly, never replaced. Anything else (a folder, a block device, a broken link) is refused.
enum OutputWriter {
    static func write(_ text: String, to path: String) throws(ToolFailure) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` unchanged, for content that is not the tool's own text (an extracted XML).
    static func write(bytes: [UInt8], to path: String) throws(ToolFailure) {
        let target: OutputTarget
        do {
            target = try OutputTarget.resolve(path)
        } catch {
            throw ToolFailure(message: error.message)
        }
        switch target {
        case .replace(let file, let mode):
            try replaceAtomically(file, shownAs: path, with: bytes, mode: mode)
        case .standardOutput:
            Console.writeOutput(bytes: bytes)
        case .standardError:
            Console.writeError(bytes: bytes)
        case .stream:
            try writeDirectly(path, bytes: bytes)
        }
    }

    /// Rejects, before any file is read, an `--output` that can never be written (a folder, a broken link).
    static func check(_ path: String?) throws(UsageError) {
        guard let path else { return }
        guard !path.isEmpty else {
            throw UsageError(
                message: LocalizedText(
                    fr: "l'option --output attend un chemin de fichier non vide",
                    en: "option --output requires a non-empty file path"))
        }
        _ = try OutputTarget.resolve(path)
    }

    /// Rejects an `--output` that is the `--db` store, because the report would replace the store.
    static func rejectStore(_ database: String?, asOutput output: String?) throws(UsageError) {
        guard let database, let output, case .file(let store) = FileStatus(path: database),
            case .file(let written) = FileStatus(path: output), store == written
        else { return }
        throw UsageError(
            message: LocalizedText(
                fr: "--output '\(output)' est la base '\(database)' : choisissez un autre fichier pour la sortie",
                en: "--output '\(output)' is the store '\(database)': choose another file for the output"))
    }

    private static func replaceAtomically(
        _ file: String, shownAs path: String, with bytes: [UInt8], mode: mode_t?
    ) throws(ToolFailure) {
        let temporary = "\(file).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o666)
        guard descriptor >= 0 else {
            let reason = SystemError.text(errno)
            throw ToolFailure(
                message: LocalizedText(
                    fr: "impossible d'écrire '\(path)' (\(reason.fr)) : vérifiez que le dossier existe et est accessible en écriture",
                    en: "cannot write '\(path)' (\(reason.en)): check that the folder exists and is writable"))
        }
        // The replaced file keeps its permissions, which open(2) reduced by the umask.
        if let mode { fchmod(descriptor, mode) }
        let failure = writeAll(bytes, to: descriptor)
        let closed = close(descriptor)
        if let failure = failure ?? (closed == 0 ? nil : errno) {
            unlink(temporary)
            throw cannotWrite(path, failure)
        }
        guard rename(temporary, file) == 0 else {
            let failure = errno
            unlink(temporary)
            throw ToolFailure(
                message: LocalizedText(
                    fr: "impossible de remplacer '\(path)' : \(SystemError.text(failure).fr)",
                    en: "cannot replace '\(path)': \(SystemError.text(failure).en)"))
        }
    }

    /// Writes to a character device or a pipe in place, without truncating or replacing it.
    private static func writeDirectly(_ path: String, bytes: [UInt8]) throws(ToolFailure) {
        let descriptor = open(path, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw cannotWrite(path, errno) }
        let failure = writeAll(bytes, to: descriptor)
        let closed = close(descriptor)
        if let failure = failure ?? (closed == 0 ? nil : errno) {
            throw cannotWrite(path, failure)
        }
    }

    /// Writes every byte and retries after a signal. Returns the `errno` of a failed write.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer -> Int32? in
            guard let base = buffer.baseAddress else { return nil }
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                if written < 0 { return errno }
                if written == 0 { return EIO }
                offset += written
            }
            return nil
        }
    }

    private static func cannotWrite(_ path: String, _ code: Int32) -> ToolFailure {
        ToolFailure(
            message: LocalizedText(
                fr: "impossible d'écrire '\(path)' : \(SystemError.text(code).fr)",
                en: "cannot write '\(path)': \(SystemError.text(code).en)"))
    }
}

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Musl)
    private let systemWrite = Musl.write
#else
    private let systemWrite = Darwin.write
#endif
