import FoundationEssentials
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
        guard let data = FileManager.default.contents(atPath: file) else {
            guard path != nil else { return AuditConfiguration() }
            throw ToolFailure(
                message: LocalizedText(
                    fr: "fichier de configuration '\(file)' introuvable ou illisible : vérifiez le chemin donné à --config",
                    en: "configuration file '\(file)' not found or unreadable: check the path given to --config"))
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
}
