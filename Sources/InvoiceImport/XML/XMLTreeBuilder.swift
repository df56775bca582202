/// Builds the element tree of one whole document with an ``XMLReader``.
///
/// Invoices are kilobytes to a few megabytes, so holding the whole tree is cheap and lets the
/// importers navigate by path. Comments and processing instructions are dropped.
enum XMLTreeBuilder {
    /// Parses `bytes` and returns the root element.
    ///
    /// - Throws: ``XMLParseError`` for a document that is not well-formed, that declares
    ///   entities in its DOCTYPE, that nests elements deeper than ``XMLReader/maximumDepth``, or
    ///   that has no root element.
    static func parse(_ original: [UInt8]) throws(XMLParseError) -> XMLElement {
        let bytes = XMLTextEncoding.utf8(fromUTF16XML: original) ?? original
        if let line = DoctypeScanner.entityDeclarationLine(in: bytes) {
            throw .entityDeclaration(line: line)
        }
        guard let reader = XMLReader(bytes: bytes) else { throw .unreadable }
        var stack: [PendingElement] = []
        var root: XMLElement?
        while let event = try reader.read() {
            switch event {
            case .startElement(let tag):
                if stack.count >= XMLReader.maximumDepth { throw .tooDeep(line: tag.line) }
                stack.append(PendingElement(tag: tag))
            case .text(let text):
                stack.indices.last.map { stack[$0].append(text) }
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
    /// For a binary object, the byte range between its first and last non-blank byte, counted
    /// instead of kept: an embedded attachment can weigh megabytes and only its length is read.
    var binaryStart: Int?
    var binaryEnd = 0
    var binaryCount = 0

    init(tag: XMLStartTag) {
        self.tag = tag
    }

    /// True for UBL's `EmbeddedDocumentBinaryObject` and CII's `AttachmentBinaryObject`.
    private var isBinaryObject: Bool { tag.localName.hasSuffix("BinaryObject") }

    mutating func append(_ chunk: String) {
        guard isBinaryObject else { return text += chunk }
        for byte in chunk.utf8 {
            if ![0x20, 0x09, 0x0A, 0x0D].contains(byte) {
                if binaryStart == nil { binaryStart = binaryCount }
                binaryEnd = binaryCount + 1
            }
            binaryCount += 1
        }
    }

    func build() -> XMLElement {
        XMLElement(
            localName: tag.localName, namespaceURI: tag.namespaceURI,
            attributes: tag.attributes, text: text, line: tag.line, children: children,
            omittedTextLength: isBinaryObject ? binaryStart.map { binaryEnd - $0 } ?? 0 : nil)
    }
}
