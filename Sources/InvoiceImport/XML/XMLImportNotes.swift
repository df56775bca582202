import InvoiceModel

/// Collects, while one XML document is mapped, the values that could not be read and were
/// imported as missing, so that one bad value warns instead of losing the whole invoice.
final class XMLImportNotes {
    private(set) var warnings: [XMLImportFailure] = []
    /// Paths below the root of the ignored values that were not empty.
    private(set) var ignoredValues: [String] = []

    /// True when nothing was recorded.
    var isEmpty: Bool { warnings.isEmpty && ignoredValues.isEmpty }

    /// Adds what `other` recorded after what this one holds, as if it had been recorded here:
    /// an invoice line mapped while its document was parsed keeps its notes apart until then.
    func append(_ other: XMLImportNotes) {
        warnings += other.warnings
        ignoredValues += other.ignoredValues
    }

    /// Records a warning about `node` that is not an ignored value: the content was read, differently
    /// from how the syntax writes it.
    func warn(_ node: XMLNode, _ reason: LocalizedText) {
        warnings.append(XMLImportFailure(element: node.path, line: node.line, reason: reason))
    }

    /// Records a warning written in full beforehand.
    func warn(_ warning: XMLImportFailure) {
        warnings.append(warning)
    }

    /// Records that the value of `node` was ignored; `expected` says what should have been written.
    func ignore(_ node: XMLNode, value: String, what: (fr: String, en: String), expected: LocalizedText) {
        if !value.isEmpty { ignoredValues.append(node.relativePath) }
        warnings.append(
            XMLImportFailure(
                element: node.path, line: node.line,
                reason: LocalizedText(
                    fr: "valeur ignorée : \(what.fr) '\(value)' dans \(node.relativePath) traité comme absent, \(expected.fr)",
                    en: "value ignored: \(what.en) '\(value)' in \(node.relativePath) treated as missing, \(expected.en)")))
    }

    /// Records an allowance or charge left out because its indicator is missing or unreadable.
    func ignoreAdjustment(element: String, line: Int, indicatorPath: String, value: String?) {
        let written = value.map { "'\($0)'" } ?? "absent"
        let writtenEnglish = value.map { "'\($0)'" } ?? "missing"
        warnings.append(
            XMLImportFailure(
                element: element, line: line,
                reason: LocalizedText(
                    fr: "valeur ignorée : indicateur de charge \(written) dans \(indicatorPath), remise ou charge laissée de côté, écrivez 'true' (charge) ou 'false' (remise)",
                    en: "value ignored: charge indicator \(writtenEnglish) in \(indicatorPath), allowance or charge left out, write 'true' (charge) or 'false' (allowance)")))
    }
}
