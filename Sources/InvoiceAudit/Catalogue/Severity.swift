import InvoiceModel

/// How serious a finding is; ordered so that `.error > .warning > .info`.
public enum Severity: String, Sendable, Hashable, Codable, Comparable, CaseIterable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// The word used in compiler-style lines and in the journal.
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .fr): "erreur"
        case (.error, .en): "error"
        case (.warning, .fr): "avertissement"
        case (.warning, .en): "warning"
        case (.info, .fr): "info"
        case (.info, .en): "info"
        }
    }
}
