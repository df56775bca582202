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

/// A minimal option scanner: `--name value`, `--name=value` and flags, in any order with operands.
struct ArgumentScanner {
    private var arguments: [String]
    private(set) var operands: [String] = []

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    /// The next option name with its inline value, collecting operands on the way; `nil` at the end.
    mutating func nextOption() -> (name: String, inlineValue: String?)? {
        while !arguments.isEmpty {
            let argument = arguments.removeFirst()
            if argument == "--" {
                operands += arguments
                arguments = []
                return nil
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                operands.append(argument)
                continue
            }
            if let equals = argument.firstIndex(of: "=") {
                return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
            }
            return (argument, nil)
        }
        return nil
    }

    /// The value of an option: the inline `=value` or the next argument.
    mutating func value(for option: (name: String, inlineValue: String?)) throws(UsageError) -> String {
        if let inline = option.inlineValue { return inline }
        guard !arguments.isEmpty else {
            throw UsageError(
                message: LocalizedText(
                    fr: "l'option \(option.name) attend une valeur", en: "option \(option.name) requires a value"))
        }
        return arguments.removeFirst()
    }

    /// A value that must be one of `allowed`.
    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, for option: (name: String, inlineValue: String?)
    ) throws(UsageError) -> T where T.RawValue == String {
        let text = try value(for: option)
        guard let choice = T(rawValue: text) else {
            let allowed = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw UsageError(
                message: LocalizedText(
                    fr: "valeur '\(text)' invalide pour \(option.name) : valeurs possibles \(allowed)",
                    en: "invalid value '\(text)' for \(option.name): expected one of \(allowed)"))
        }
        return choice
    }
}
