import FoundationEssentials
import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a report to a file atomically: a temporary file beside it, then a rename, so a reader
/// never sees half a report.
enum OutputWriter {
    static func write(_ text: String, to path: String) throws(ToolFailure) {
        try write(bytes: Array(text.utf8), to: path)
    }

    /// Writes `bytes` unchanged, for content that is not the tool's own text (an extracted XML).
    static func write(bytes: [UInt8], to path: String) throws(ToolFailure) {
        let temporary = "\(path).tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "impossible d'écrire '\(path)' : vérifiez que le dossier existe et est accessible en écriture",
                    en: "cannot write '\(path)': check that the folder exists and is writable"))
        }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ToolFailure(
                message: LocalizedText(
                    fr: "impossible de remplacer '\(path)' : \(String(cString: strerror(errno)))",
                    en: "cannot replace '\(path)': \(String(cString: strerror(errno)))"))
        }
    }
}
