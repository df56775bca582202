import FoundationEssentials

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import InvoiceAudit
import InvoiceModel

/// Finds and reads `facturaudit.json`: the `--config` file, else the one in the current directory.
enum ConfigurationLoader {
    /// The configuration to audit with; an empty one when no file applies.
    ///
    /// A named file that is missing, and any file that is not valid, stop the tool with exit 2:
    /// a configuration is an input, and auditing without it would give a different journal.
    static func load(explicit path: String?) throws(ToolFailure) -> AuditConfiguration {
        let file = path ?? AuditConfiguration.defaultFileName
        // `contents(atPath:)` reads regular files only, so a device such as /dev/null is read as a stream.
        guard let data = FileManager.default.contents(atPath: file) ?? streamContents(file) else {
            guard path != nil else { return AuditConfiguration() }
            throw ToolFailure(
                message: LocalizedText(
                    fr: "fichier de configuration '\(file)' introuvable ou illisible : vérifiez le chemin donné à --config",
                    en: "configuration file '\(file)' not found or unreadable: check the path given to --config"))
        }
        if data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "fichier de configuration '\(file)' vide : écrivez-y un objet JSON, au moins {}, ou retirez --config",
                    en: "configuration file '\(file)' is empty: write a JSON object in it, {} at least, or drop --config"))
        }
        do {
            var configuration = try AuditConfiguration.load(json: data, file: file)
            // A CSV mapping named by the configuration is relative to the configuration's folder.
            if let mapping = configuration.csvMappingPath, !mapping.hasPrefix("/"), let slash = file.lastIndex(of: "/") {
                configuration.csvMappingPath = String(file[...slash]) + mapping
            }
            return configuration
        } catch {
            throw ToolFailure(
                message: LocalizedText(
                    fr: "configuration invalide : \(error.text(.fr))", en: "invalid configuration: \(error.text(.en))"))
        }
    }

    /// Reads a file that is not a regular file (a device or a pipe) to its end, at most 1 MiB;
    /// `nil` when it cannot be opened or is a folder.
    private static func streamContents(_ file: String) -> Data? {
        let descriptor = open(file, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while bytes.count < 1 << 20 {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return nil }
            if count == 0 { break }
            bytes += buffer[..<count]
        }
        return Data(bytes)
    }
}
