import InvoiceModel

/// An element with the path that led to it, so that a warning or rejection for any value read
/// through it names the element.
struct XMLNode {
    let element: XMLElement
    /// Local names from the root, such as `/Invoice/LegalMonetaryTotal`. Prefixes are left out, so
    /// the same invoice gives the same paths whatever prefixes its producer chose.
    let path: String
    /// Local names below the root, such as `LegalMonetaryTotal`; empty for the root itself.
    let relativePath: String
    /// Where the values ignored while reading this document are recorded.
    let notes: XMLImportNotes

    init(root: XMLElement, notes: XMLImportNotes = XMLImportNotes()) {
        self.element = root
        self.path = "/" + root.localName
        self.relativePath = ""
        self.notes = notes
    }

    /// `position` is the 1-based index among same-named siblings, written into the paths as
    /// `[n]` so that a rejection names one line among many.
    private init(element: XMLElement, parent: XMLNode, position: Int? = nil) {
        let suffix = position.map { "[\($0)]" } ?? ""
        self.element = element
        self.path = parent.path + "/" + element.localName + suffix
        let step = element.localName + suffix
        self.relativePath = parent.relativePath.isEmpty ? step : parent.relativePath + "/" + step
        self.notes = parent.notes
    }

    var line: Int { element.line }

    /// Returns the element reached by following `localNames` one child level at a time.
    func child(_ localNames: String...) -> XMLNode? {
        child(at: localNames[...])
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
        child(at: localNames[...])?.trimmedText
    }

    /// Returns the attribute `name` of the element at `localNames`, trimmed, or `nil` when missing or empty.
    func attribute(_ name: String, of localNames: String...) -> String? {
        guard let value = child(at: localNames[...])?.element.attribute(name)?.trimmingSpaces, !value.isEmpty else {
            return nil
        }
        return value
    }

    /// The element's own text without surrounding white space, or `nil` when empty.
    var trimmedText: String? {
        let text = element.text.trimmingSpaces
        return text.isEmpty ? nil : text
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
}
