/// One element of a parsed document: its names, attributes, direct text and child elements.
///
/// Immutable once built. Names are matched by local name only, so `cbc:ID`, `ID` in a default
/// namespace and `ns7:ID` are the same element to every lookup.
final class XMLElement: Sendable {
    let localName: String
    let namespaceURI: String
    let attributes: [XMLAttribute]
    /// The concatenated character data directly inside this element, untrimmed.
    let text: String
    /// The 1-based line where the opening tag ends (the same line for a one-line tag).
    let line: Int
    let children: [XMLElement]

    init(
        localName: String, namespaceURI: String, attributes: [XMLAttribute], text: String,
        line: Int, children: [XMLElement]
    ) {
        self.localName = localName
        self.namespaceURI = namespaceURI
        self.attributes = attributes
        self.text = text
        self.line = line
        self.children = children
    }

    /// Returns the first child element with this local name.
    func child(_ localName: String) -> XMLElement? {
        children.first { $0.localName == localName }
    }

    /// Returns every child element with this local name, in document order.
    func children(_ localName: String) -> [XMLElement] {
        children.filter { $0.localName == localName }
    }

    /// Returns the value of the attribute with this local name, whatever its prefix.
    func attribute(_ localName: String) -> String? {
        attributes.first { $0.localName == localName }?.value
    }
}
