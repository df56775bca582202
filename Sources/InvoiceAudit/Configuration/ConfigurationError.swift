import InvoiceModel

/// A configuration file that cannot be used: which file, which key, which value, and what to do.
public struct ConfigurationError: Error, Sendable, Hashable {
    public let file: String
    /// The key path, such as `series[0].pattern`; empty for the whole file.
    public let keyPath: String
    public let message: LocalizedText

    /// The one-line message: `file: key: message`.
    public func text(_ language: Language) -> String {
        keyPath.isEmpty ? "\(file): \(message.text(language))" : "\(file): \(keyPath): \(message.text(language))"
    }
}
