import InvoiceModel

/// A rule's identity in the catalogue: stable id, default severity, title and normative reference.
public struct RuleDescriptor: Sendable, Hashable {
    /// The standard's id (`BR-CO-10`), a French-law id (`FR-NUM-03`) or one of ours (`FA-…`).
    public let id: String
    public let severity: Severity
    public let title: LocalizedText
    /// The legal or normative text the rule checks, in each language: ids, article numbers and
    /// standard names stay as written, the words around them are translated.
    public let references: LocalizedText

    /// The English reference, which machine outputs (JSON, TSV) carry.
    public var reference: String { references.en }

    /// The reference in `language`.
    public func reference(_ language: Language) -> String { references.text(language) }

    /// A reference made only of ids, article numbers and standard names, the same in both languages.
    public init(id: String, severity: Severity, title: LocalizedText, reference: String) {
        self.init(id: id, severity: severity, title: title, reference: LocalizedText(fr: reference, en: reference))
    }

    public init(id: String, severity: Severity, title: LocalizedText, reference: LocalizedText) {
        self.id = id
        self.severity = severity
        self.title = title
        self.references = reference
    }
}
