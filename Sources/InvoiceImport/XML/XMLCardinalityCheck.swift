import InvoiceModel

/// Finds the elements that the syntax allows once but the file writes several times, before the
/// mapping reads the first of them and loses the others without a word.
///
/// An element whose repetition changes what the invoice is (its number, date, kind, currency,
/// parties, totals, or a whole second `rsm:ExchangedDocument`) rejects the file: which occurrence
/// is meant cannot be known. A secondary element gives a warning and its first occurrence is read.
/// The lists, checked against the UBL 2.1 and CII D16B schemas, are in
/// `XMLCardinalityCheck+Lists.swift` and in docs/en16931.md, "Elements written twice".
struct XMLCardinalityCheck: Sendable {
    /// The effect of a repeated element on the file.
    enum Action: Sendable {
        case reject
        case warn
    }

    /// One element allowed once.
    struct Element: Sendable {
        /// Local names from the root down to the element's parents; empty for a child of the root.
        /// Every element on the way is visited, so a step such as `InvoiceLine` checks each line.
        var parent: [String]
        var name: String
        var action: Action
        /// Paths below an aggregate whose text names each occurrence in the message, such as the
        /// invoice number of a second `ExchangedDocument`. The first path found is used.
        var labels: [[String]] = []
        /// The rule or schema that allows the element once, named in the message.
        var authority: LocalizedText
    }

    let elements: [Element]

    /// Throws the rejection for the repeated element whose second occurrence comes first in the
    /// file, or records a warning for each repeated secondary element when none rejects.
    func verify(_ root: XMLNode) throws(XMLImportFailure) {
        var rejection: (line: Int, failure: XMLImportFailure)?
        var warnings: [(node: XMLNode, reason: LocalizedText)] = []
        // Parents by path, because many entries share one (each invoice line) and a file may have
        // many lines.
        var parents: [[String]: [XMLNode]] = [[]: [root]]
        for entry in elements {
            for parent in Self.parents(at: entry.parent[...], cache: &parents) {
                check(entry, in: parent, rejection: &rejection, warnings: &warnings)
            }
        }
        if let rejection { throw rejection.failure }
        for warning in warnings { root.notes.warn(warning.node, warning.reason) }
    }

    /// Returns every element reached from the root by the local names of `path`, in document
    /// order, and keeps it in `cache`, which must already map the empty path to the root.
    private static func parents(at path: ArraySlice<String>, cache: inout [[String]: [XMLNode]]) -> [XMLNode] {
        if let known = cache[Array(path)] { return known }
        guard let last = path.last else { return [] }
        let nodes = parents(at: path.dropLast(), cache: &cache).flatMap { $0.children(last) }
        cache[Array(path)] = nodes
        return nodes
    }

    /// Records a repetition of `entry` under `parent`: in `rejection` when it rejects and comes
    /// before the one kept there, in `warnings` when it warns.
    private func check(
        _ entry: Element, in parent: XMLNode, rejection: inout (line: Int, failure: XMLImportFailure)?,
        warnings: inout [(node: XMLNode, reason: LocalizedText)]
    ) {
        guard parent.element.children.count(where: { $0.localName == entry.name }) > 1 else { return }
        let occurrences = parent.children(entry.name)
        let second = occurrences[1]
        let path = parent.path + "/" + entry.name
        let written = occurrences.map { (line: $0.line, value: Self.label(of: $0, entry.labels)) }
        switch entry.action {
        case .reject:
            if second.line < rejection?.line ?? Int.max {
                let reason = XMLCardinalityMessages.rejected(path, written, authority: entry.authority)
                rejection = (second.line, XMLImportFailure(element: second.path, line: second.line, reason: reason))
            }
        case .warn:
            warnings.append((second, XMLCardinalityMessages.firstRead(path, written, authority: entry.authority)))
        }
    }

    /// Returns the text that names one occurrence: a simple element's own text, or else the
    /// first of `labels` found below it, or `nil` when there is none.
    private static func label(of node: XMLNode, _ labels: [[String]]) -> String? {
        if labels.isEmpty { return node.element.children.isEmpty ? node.element.text.trimmingSpaces : nil }
        for label in labels {
            if let text = node.child(at: label[...])?.trimmedText { return text }
        }
        return nil
    }
}
