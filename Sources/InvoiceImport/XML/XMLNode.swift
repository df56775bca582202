import InvoiceModel

/// An element with the way that led to it, so that a warning or rejection for any value read
/// through it names the element.
///
/// The path is kept as a chain of steps and written out only when a message needs it. Most
/// lookups never report anything, so building every path string up front was wasted work.
struct XMLNode {
    let element: XMLElement
    /// The step that reached this element from its parent; `nil` for the root.
    private let step: XMLPathStep?
    /// Where the values ignored while reading this document are recorded.
    let notes: XMLImportNotes

    init(root: XMLElement, notes: XMLImportNotes = XMLImportNotes()) {
        self.element = root
        self.step = nil
        self.notes = notes
    }

    /// `position` is the 1-based index among same-named siblings, written into the paths as
    /// `[n]` so that a rejection names one line among many.
    private init(element: XMLElement, parent: XMLNode, position: Int? = nil) {
        self.element = element
        self.step = XMLPathStep(
            localName: element.localName, position: position, parent: parent.step, rootName: parent.rootName)
        self.notes = parent.notes
    }

    /// A node for an element handed over while its document is still parsed (an invoice line to
    /// an ``XMLLineStream``), whose path goes from the root `rootName` through `parents`, each
    /// the first child of its name, to `element` at `position` among its same-named siblings.
    init(streamed element: XMLElement, rootName: String, parents: [String], position: Int?, notes: XMLImportNotes) {
        var step: XMLPathStep?
        for name in parents {
            step = XMLPathStep(localName: name, position: nil, parent: step, rootName: rootName)
        }
        self.element = element
        self.step = XMLPathStep(localName: element.localName, position: position, parent: step, rootName: rootName)
        self.notes = notes
    }

    /// The local name of the document's root element, from which ``path`` starts.
    private var rootName: String { step?.rootName ?? element.localName }

    /// Local names from the root, such as `/Invoice/LegalMonetaryTotal`. Prefixes are left out, so
    /// the same invoice gives the same paths whatever prefixes its producer chose.
    var path: String {
        let relative = relativePath
        return relative.isEmpty ? "/" + rootName : "/" + rootName + "/" + relative
    }

    /// Local names below the root, such as `LegalMonetaryTotal`; empty for the root itself.
    var relativePath: String { step?.rendered ?? "" }

    var line: Int { element.line }

    /// Returns the element reached by following `localNames` one child level at a time.
    func child(_ localNames: String...) -> XMLNode? {
        child(at: localNames[...])
    }

    /// Returns every child element with one of these local names, in document order. Each keeps
    /// its position among the siblings of its own name.
    func children(anyOf localNames: [String]) -> [XMLNode] {
        var counts: [String: Int] = [:]
        let elements = element.children.filter { localNames.contains($0.localName) }
        for element in elements { counts[element.localName, default: 0] += 1 }
        var seen: [String: Int] = [:]
        return elements.map { element in
            seen[element.localName, default: 0] += 1
            let position = counts[element.localName] == 1 ? nil : seen[element.localName]
            return XMLNode(element: element, parent: self, position: position)
        }
    }

    /// Returns every child element with this local name, in document order.
    func children(_ localName: String) -> [XMLNode] {
        let elements = element.children(localName)
        if elements.count == 1 { return [XMLNode(element: elements[0], parent: self)] }
        return elements.enumerated().map { XMLNode(element: $1, parent: self, position: $0 + 1) }
    }

    /// Returns the text of the element at `localNames` without surrounding white space, or `nil`
    /// when the element is missing or empty.
    func string(_ localNames: String...) -> String? {
        descendant(at: localNames[...])?.trimmedText
    }

    /// Returns the attribute `name` of the element at `localNames`, trimmed, or `nil` when missing or empty.
    func attribute(_ name: String, of localNames: String...) -> String? {
        guard let value = descendant(at: localNames[...])?.attribute(name)?.trimmingSpaces, !value.isEmpty else {
            return nil
        }
        return value
    }

    /// The element's own text without surrounding white space, or `nil` when empty.
    var trimmedText: String? {
        element.trimmedText
    }

    /// Joins the non-empty texts of `nodes` with line breaks, returning `nil` when there are none.
    static func joinedText(_ nodes: [XMLNode]) -> String? {
        let texts = nodes.compactMap(\.trimmedText)
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    /// Returns the element reached by following `localNames` one child level at a time.
    func child(at localNames: ArraySlice<String>) -> XMLNode? {
        guard let first = localNames.first else { return self }
        guard let next = element.child(first) else { return nil }
        return XMLNode(element: next, parent: self).child(at: localNames.dropFirst())
    }

    /// Returns the element at `localNames` without a node around it, for lookups that only read a value.
    private func descendant(at localNames: ArraySlice<String>) -> XMLElement? {
        var current = element
        for name in localNames {
            guard let next = current.child(name) else { return nil }
            current = next
        }
        return current
    }
}

/// One step of an ``XMLNode``'s path: the local name, the position among same-named siblings
/// when there are several, and the step before it.
private final class XMLPathStep: Sendable {
    let localName: String
    let position: Int?
    let parent: XMLPathStep?
    let rootName: String

    init(localName: String, position: Int?, parent: XMLPathStep?, rootName: String) {
        self.localName = localName
        self.position = position
        self.parent = parent
        self.rootName = rootName
    }

    /// The steps from below the root down to this one, joined with `/`.
    var rendered: String {
        var steps: [XMLPathStep] = []
        var current: XMLPathStep? = self
        while let step = current {
            steps.append(step)
            current = step.parent
        }
        return steps.reversed().map { step in
            step.position.map { "\(step.localName)[\($0)]" } ?? step.localName
        }.joined(separator: "/")
    }
}
