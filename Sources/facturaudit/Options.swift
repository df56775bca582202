import InvoiceAudit
import InvoiceModel
import InvoiceReport

/// The options of `facturaudit check`, after parsing.
struct CheckOptions {
    var paths: [String] = []
    var format: JournalFormat = .text
    var language: Language
    var failOn: FailLevel = .error
    var output: String?
    var mappingFile: String?
    var configFile: String?
    var asOf: CivilDate?
    var maximumFileSize: Int?
    var quiet = false
    /// The store to audit instead of files (`--db`), as of `--batch` when given.
    var database: String?
    var batch: Int?
    /// An earlier JSON journal whose findings are left out (`--baseline`).
    var baseline: String?
}

/// The lowest severity that makes `check` exit 1.
enum FailLevel: String, CaseIterable {
    case error
    case warning
    case info
    case never

    var threshold: Severity? {
        switch self {
        case .error: .error
        case .warning: .warning
        case .info: .info
        case .never: nil
        }
    }
}
