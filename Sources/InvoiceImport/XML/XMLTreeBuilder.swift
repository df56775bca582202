/// Builds the element tree of one whole document with an ``XMLReader``.
///
/// The importers navigate the tree by path. An invoice of 100,000 lines would make a tree of
/// over a million elements, so the lines can be handed to an ``XMLLineStream`` as each one
/// closes: the tree then keeps a childless stub in each line's place and holds only the header.
/// Comments and processing instructions are dropped.
enum XMLTreeBuilder {
    /// Parses `bytes` and returns the root element. With `stream`, the elements that it names are
    /// mapped as soon as they close, and the tree keeps a stub for each.
    ///
    /// - Throws: ``XMLParseError`` for a document that is not well-formed, that declares
    ///   entities in its DOCTYPE, that nests elements deeper than ``XMLReader/maximumDepth``, or
    ///   that has no root element.
    static func parse(_ original: [UInt8], stream: XMLLineStream? = nil) throws(XMLParseError) -> XMLElement {
        let bytes = XMLTextEncoding.utf8(fromUTF16XML: original) ?? original
        if let line = DoctypeScanner.entityDeclarationLine(in: bytes) {
            throw .entityDeclaration(line: line)
        }
        stream?.reserveCapacity(forDocument: bytes)
        let result = bytes.withUnsafeBytes { buffer -> Result<XMLElement, XMLParseError> in
            // The reader reads `buffer` in place, so it must not outlive this closure.
            guard let reader = XMLReader(buffer: buffer) else { return .failure(.unreadable) }
            return Result { () throws(XMLParseError) in try build(with: reader, stream: stream) }
        }
        let root = try result.get()
        stream?.finish()
        return root
    }

    private static func build(with reader: XMLReader, stream: XMLLineStream?) throws(XMLParseError) -> XMLElement {
        var stack: [PendingElement] = []
        var root: XMLElement?
        while let event = try reader.read() {
            switch event {
            case .startElement(let tag):
                if stack.count >= XMLReader.maximumDepth { throw .tooDeep(line: tag.line) }
                var pending = PendingElement(tag: tag)
                if let stream { place(&pending, below: &stack, stream: stream) }
                stack.append(pending)
            case .text(let text):
                stack.indices.last.map { stack[$0].append(text) }
            case .endElement:
                guard let pending = stack.popLast() else { continue }
                let finished: XMLElement
                if pending.isStreamed, let stream, let rootTag = stack.first?.tag {
                    finished = pending.stub(index: stream.receive(pending.build(), rootName: rootTag.localName))
                } else {
                    finished = pending.build()
                }
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

    /// Marks `pending` as on the stream's way down from the root (the first child of each name
    /// in ``XMLLineStream/parents``, as ``XMLNode/child(_:)`` finds it) or as a streamed element.
    private static func place(_ pending: inout PendingElement, below stack: inout [PendingElement], stream: XMLLineStream) {
        guard let parentIndex = stack.indices.last else {
            pending.isOnStreamPath = true
            return
        }
        guard stack[parentIndex].isOnStreamPath else { return }
        let name = pending.tag.localName
        if parentIndex < stream.parents.count {
            if !stack[parentIndex].hasStreamPathChild && name == stream.parents[parentIndex] {
                pending.isOnStreamPath = true
                stack[parentIndex].hasStreamPathChild = true
            }
        } else if stream.names.contains(name) {
            pending.isStreamed = true
        }
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
    /// True for the root and for the elements between it and the parent of streamed elements.
    var isOnStreamPath = false
    /// True once a child on the stream's way was met, so that only the first one of its name is.
    var hasStreamPathChild = false
    /// True for an element handed to the stream when it closes.
    var isStreamed = false

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

    /// Builds the element left in the tree for a streamed one: its tag, without text or children.
    func stub(index: Int) -> XMLElement {
        XMLElement(
            localName: tag.localName, namespaceURI: tag.namespaceURI, attributes: tag.attributes, text: "",
            line: tag.line, children: [], streamedIndex: index)
    }
}
