/// Builds the element tree of one whole document with an ``XMLReader``.
///
/// Invoices are kilobytes to a few megabytes, so holding the whole tree is cheap and lets the
/// importers navigate by path. Comments and processing instructions are dropped.
enum XMLTreeBuilder {
    /// Parses `bytes` and returns the root element.
    ///
    /// - Throws: ``XMLParseError`` for a document that is not well-formed, that declares
    ///   entities in its DOCTYPE, or that has no root element.
    static func parse(_ bytes: [UInt8]) throws(XMLParseError) -> XMLElement {
        if let line = DoctypeScanner.entityDeclarationLine(in: bytes) {
            throw .entityDeclaration(line: line)
        }
        guard let reader = XMLReader(bytes: bytes) else { throw .unreadable }
        var stack: [PendingElement] = []
        var root: XMLElement?
        while let event = try reader.read() {
            switch event {
            case .startElement(let tag):
                stack.append(PendingElement(tag: tag))
            case .text(let text):
                stack.indices.last.map { stack[$0].text += text }
            case .endElement:
                guard let finished = stack.popLast()?.build() else { continue }
                if stack.isEmpty {
                    root = finished
                } else {
                    stack[stack.count - 1].children.append(finished)
                }
            case .documentType(let declaresEntities):
                if declaresEntities { throw .entityDeclaration(line: nil) }
            case .entityReference(let name, let line):
                throw .entityReference(name: name, line: line)
            }
        }
        guard let root else { throw .noRootElement }
        return root
    }
}

/// An element whose end tag has not been read yet.
private struct PendingElement {
    var tag: XMLStartTag
    var text = ""
    var children: [XMLElement] = []

    func build() -> XMLElement {
        XMLElement(
            localName: tag.localName, namespaceURI: tag.namespaceURI,
            attributes: tag.attributes, text: text, line: tag.line, children: children)
    }
}
