import CFALibXML2

/// A pull parser over one in-memory XML document, wrapping libxml2's `xmlTextReader`.
///
/// The reader never substitutes DTD-declared entities, loads a DTD or opens a network connection.
/// It parses with `XML_PARSE_HUGE`, so a text node may hold a multi-megabyte embedded attachment
/// (libxml2 otherwise stops at 10,000,000 characters). The file-size limit bounds every node
/// instead. `XML_PARSE_HUGE` also lifts libxml2's 256-level nesting limit and its entity
/// amplification checks: ``XMLTreeBuilder`` keeps its own nesting limit (``maximumDepth``), and
/// entities never reach the parser (a DOCTYPE that declares one is rejected beforehand). Parse
/// errors go to a per-reader handler instead of stderr and are reported by ``read()``.
///
/// Not thread-safe: the libxml2 reader is a mutable C object, so one instance must stay within
/// one task. libxml2 reads the input in place, without a copy: the caller keeps the buffer alive
/// and unchanged until the reader is freed (``XMLTreeBuilder`` scopes both in one call).
final class XMLReader {
    /// One step of the document, in document order.
    enum Event {
        /// An opening tag; an empty element (`<a/>`) is followed directly by its ``endElement``.
        case startElement(XMLStartTag)
        /// Character data or CDATA inside the current element.
        case text(String)
        case endElement
        /// A `<!DOCTYPE …>`; `declaresEntities` is true when its internal subset declares any entity.
        case documentType(declaresEntities: Bool)
        /// An entity reference left unexpanded, which only a DTD-declared entity can produce.
        case entityReference(name: String, line: Int)
    }

    private let reader: OpaquePointer
    private let diagnostics = XMLDiagnosticSink()
    /// Names decoded so far, keyed by the address of libxml2's interned string. The reader's
    /// dictionary keeps every name at the same address until the reader is freed.
    private var nameCache: [UnsafeRawPointer: String] = [:]
    private var pendingEnd = false

    private static let parserInitialized: Void = xmlInitParser()

    private static let options: Int32 = Int32(
        bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
            | XML_PARSE_BIG_LINES.rawValue | XML_PARSE_HUGE.rawValue)

    /// The deepest nesting accepted, in elements: libxml2's own limit without `XML_PARSE_HUGE`.
    static let maximumDepth = 256

    /// Creates a reader over `buffer`, read in place, or returns `nil` for an empty input, an
    /// input larger than libxml2's `int` size argument, or when libxml2 cannot allocate a reader.
    /// Reading in place keeps a large file in memory once instead of twice.
    init?(buffer: UnsafeRawBufferPointer) {
        XMLReader.parserInitialized
        guard let base = buffer.baseAddress, !buffer.isEmpty, let size = Int32(exactly: buffer.count) else { return nil }
        let characters = base.assumingMemoryBound(to: CChar.self)
        guard let reader = xmlReaderForMemory(characters, size, nil, nil, XMLReader.options) else { return nil }
        self.reader = reader
        let handler: xmlStructuredErrorFunc = { context, error in
            guard let context, let error else { return }
            Unmanaged<XMLDiagnosticSink>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
        }
        // The sink is a stored property, so it outlives the reader freed in deinit.
        xmlTextReaderSetStructuredErrorHandler(reader, handler, Unmanaged.passUnretained(diagnostics).toOpaque())
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Reads the next event, returning `nil` at the end of the document.
    ///
    /// - Throws: ``XMLParseError`` when the document is not well-formed, with libxml2's first
    ///   error message and its line.
    func read() throws(XMLParseError) -> Event? {
        if pendingEnd {
            pendingEnd = false
            return .endElement
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 {
                if let error = diagnostics.firstError { throw XMLParseError.malformed(error) }
                return nil
            }
            if status < 0 {
                throw XMLParseError.malformed(
                    diagnostics.firstError ?? XMLDiagnostic(line: nil, message: "unknown parse error", isError: true))
            }
            if let event = currentEvent() { return event }
        }
    }

    /// The line of the current node, taken from the node itself: the parser's own line number
    /// runs ahead of the node that the reader delivers.
    private var currentLine: Int {
        guard let node = xmlTextReaderCurrentNode(reader) else { return 0 }
        return Int(xmlGetLineNo(node))
    }

    private func currentEvent() -> Event? {
        let type = UInt32(bitPattern: xmlTextReaderNodeType(reader))
        switch type {
        case XML_READER_TYPE_ELEMENT.rawValue:
            let isEmpty = xmlTextReaderIsEmptyElement(reader) == 1
            let tag = XMLStartTag(
                localName: interned(xmlTextReaderConstLocalName(reader)),
                namespaceURI: interned(xmlTextReaderConstNamespaceUri(reader)),
                attributes: readAttributes(),
                line: currentLine)
            pendingEnd = isEmpty
            return .startElement(tag)
        case XML_READER_TYPE_END_ELEMENT.rawValue:
            return .endElement
        case XML_READER_TYPE_TEXT.rawValue, XML_READER_TYPE_CDATA.rawValue,
            XML_READER_TYPE_SIGNIFICANT_WHITESPACE.rawValue, XML_READER_TYPE_WHITESPACE.rawValue:
            guard let value = xmlTextReaderConstValue(reader) else { return nil }
            return .text(String(cString: value))
        case XML_READER_TYPE_DOCUMENT_TYPE.rawValue:
            return .documentType(declaresEntities: documentTypeDeclaresEntities())
        case XML_READER_TYPE_ENTITY_REFERENCE.rawValue:
            return .entityReference(name: interned(xmlTextReaderConstName(reader)), line: currentLine)
        default:
            return nil
        }
    }

    private func readAttributes() -> [XMLAttribute] {
        var attributes: [XMLAttribute] = []
        while xmlTextReaderMoveToNextAttribute(reader) == 1 {
            if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
            let value = xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
            attributes.append(XMLAttribute(localName: interned(xmlTextReaderConstLocalName(reader)), value: value))
        }
        xmlTextReaderMoveToElement(reader)
        return attributes
    }

    private func documentTypeDeclaresEntities() -> Bool {
        guard let document = xmlTextReaderCurrentDoc(reader), let subset = document.pointee.intSubset else {
            return false
        }
        return subset.pointee.entities != nil || subset.pointee.pentities != nil
    }

    private func interned(_ name: UnsafePointer<xmlChar>?) -> String {
        guard let name else { return "" }
        let key = UnsafeRawPointer(name)
        if let cached = nameCache[key] { return cached }
        let decoded = String(cString: name)
        nameCache[key] = decoded
        return decoded
    }
}

@available(*, unavailable, message: "an XMLReader wraps a mutable libxml2 reader and must stay within one task")
extension XMLReader: Sendable {}

/// An element's opening tag as the reader delivers it.
struct XMLStartTag {
    var localName: String
    var namespaceURI: String
    var attributes: [XMLAttribute]
    /// The 1-based line where the opening tag ends: libxml2 dates a node when its tag is complete.
    var line: Int
}

/// An attribute other than a namespace declaration, matched by local name.
struct XMLAttribute: Sendable, Hashable {
    var localName: String
    var value: String
}
