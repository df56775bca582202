import InvoiceModel

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
    /// For a binary object (an embedded attachment), whose text is not kept: the length in bytes
    /// of its text without surrounding blanks. `nil` for every other element.
    let omittedTextLength: Int?
    /// For an element mapped while the document was parsed (an invoice line, see ``XMLLineStream``):
    /// its index among the streamed elements. Such an element keeps its tag but no text or children.
    let streamedIndex: Int?

    init(
        localName: String, namespaceURI: String, attributes: [XMLAttribute], text: String,
        line: Int, children: [XMLElement], omittedTextLength: Int? = nil, streamedIndex: Int? = nil
    ) {
        self.omittedTextLength = omittedTextLength
        self.streamedIndex = streamedIndex
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

    /// The element's own text without surrounding white space, or `nil` when empty.
    ///
    /// Most values have no surrounding space, so the text is returned as is when its first and
    /// last bytes cannot start or end a space. Other texts go through `trimmingSpaces`.
    var trimmedText: String? {
        guard let first = text.utf8.first, let last = text.utf8.last else { return nil }
        if !Self.mayBoundSpace(first, atStart: true) && !Self.mayBoundSpace(last, atStart: false) { return text }
        let trimmed = text.trimmingSpaces
        return trimmed.isEmpty ? nil : trimmed
    }

    /// False when `byte`, first or last in a text, proves that the text does not start or end
    /// with a space, tab, line break or no-break space (U+00A0, `C2 A0` in UTF-8).
    private static func mayBoundSpace(_ byte: UInt8, atStart: Bool) -> Bool {
        switch byte {
        case 0x20, 0x09, 0x0A, 0x0D: true
        case 0xC2: atStart
        case 0xA0: !atStart
        default: false
        }
    }

    /// Returns the value of the attribute with this local name, whatever its prefix.
    func attribute(_ localName: String) -> String? {
        attributes.first { $0.localName == localName }?.value
    }
}
