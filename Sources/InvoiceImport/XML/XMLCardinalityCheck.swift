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
    ///
    /// With `stream`, the lines left as stubs were checked when they closed
    /// (``outcomes(inStreamed:parents:)``), and what they gave is taken at their place.
    func verify(_ root: XMLNode, stream: XMLLineStream? = nil) throws(XMLImportFailure) {
        var rejection: (line: Int, failure: XMLImportFailure)?
        var warnings: [XMLImportFailure] = []
        // Places by path, because many entries share one (each invoice line) and a file may have
        // many lines.
        var cache: [[String]: [Place]] = [[]: [.element(root)]]
        for (index, entry) in elements.enumerated() {
            for place in Self.places(at: entry.parent[...], cache: &cache) {
                let outcomes: [Outcome]
                switch place {
                case .element(let parent): outcomes = outcome(of: entry, in: parent).map { [$0] } ?? []
                case .streamed(let line): outcomes = stream?.cardinalityOutcomes(line: line, entry: index) ?? []
                }
                for outcome in outcomes {
                    switch outcome {
                    case .rejection(let line, let failure):
                        if line < rejection?.line ?? Int.max { rejection = (line, failure) }
                    case .warning(let failure):
                        warnings.append(failure)
                    }
                }
            }
        }
        if let rejection { throw rejection.failure }
        for warning in warnings { root.notes.warn(warning) }
    }

    /// Returns, by index in ``elements``, what the entries whose parent is in a streamed line (an
    /// invoice line below the root and `parents`) find in `line`, in the order ``verify(_:stream:)`` meets it.
    func outcomes(inStreamed line: XMLNode, parents: [String]) -> [Int: [Outcome]] {
        var found: [Int: [Outcome]] = [:]
        for (index, entry) in elements.enumerated() {
            guard entry.parent.count > parents.count, entry.parent.starts(with: parents),
                entry.parent[parents.count] == line.element.localName
            else { continue }
            var cache: [[String]: [Place]] = [[]: [.element(line)]]
            for place in Self.places(at: entry.parent[(parents.count + 1)...], cache: &cache) {
                guard case .element(let parent) = place, let outcome = outcome(of: entry, in: parent) else { continue }
                found[index, default: []].append(outcome)
            }
        }
        return found
    }

    /// A repetition found under one parent.
    enum Outcome {
        /// A rejection, with the line of the second occurrence.
        case rejection(line: Int, failure: XMLImportFailure)
        case warning(XMLImportFailure)
    }

    /// An element reached by the local names of an entry's parent: a node, or a streamed line.
    private enum Place {
        case element(XMLNode)
        case streamed(Int)
    }

    /// Returns every element reached by the local names of `path` from the start that `cache` maps
    /// the empty path to, in document order, and keeps it in `cache`. A streamed line on the way
    /// stands for whatever would be reached below it.
    private static func places(at path: ArraySlice<String>, cache: inout [[String]: [Place]]) -> [Place] {
        if let known = cache[Array(path)] { return known }
        guard let last = path.last else { return [] }
        let places = places(at: path.dropLast(), cache: &cache).flatMap { place -> [Place] in
            guard case .element(let node) = place else { return [place] }
            return node.children(last).map { child in child.element.streamedIndex.map { .streamed($0) } ?? .element(child) }
        }
        cache[Array(path)] = places
        return places
    }

    /// Returns the repetition of `entry` under `parent`, or `nil` when it is written at most once.
    private func outcome(of entry: Element, in parent: XMLNode) -> Outcome? {
        guard parent.element.children.count(where: { $0.localName == entry.name }) > 1 else { return nil }
        let occurrences = parent.children(entry.name)
        let second = occurrences[1]
        let path = parent.path + "/" + entry.name
        let written = occurrences.map { (line: $0.line, value: Self.label(of: $0, entry.labels)) }
        switch entry.action {
        case .reject:
            let reason = XMLCardinalityMessages.rejected(path, written, authority: entry.authority)
            return .rejection(line: second.line, failure: XMLImportFailure(element: second.path, line: second.line, reason: reason))
        case .warn:
            let reason = XMLCardinalityMessages.firstRead(path, written, authority: entry.authority)
            return .warning(XMLImportFailure(element: second.path, line: second.line, reason: reason))
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
