import Foundation
import InvoiceAudit
import Testing

/// Loading configuration text in tests, as the command line loads `facturaudit.json`.
enum ConfigurationTestSupport {
    static func load(_ json: String) throws(ConfigurationError) -> AuditConfiguration {
        try AuditConfiguration.load(json: Data(json.utf8), file: "facturaudit.json")
    }

    /// Returns the error that loading `json` raises, or `nil` after recording an issue when it loads.
    static func rejection(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) -> ConfigurationError? {
        do {
            _ = try load(json)
            Issue.record("accepted \(json)", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }
}
