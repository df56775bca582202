/// Streams the XML of one workbook part to a handler, with the XML importers' hardening.
///
/// The part is parsed by ``XMLReader`` (no network, no DTD loading, no entity substitution). A
/// part with a DOCTYPE is rejected before and while parsing: SpreadsheetML never has one, and a
/// DOCTYPE is how entity attacks start. Elements are matched by local name, so the transitional
/// and the strict SpreadsheetML namespaces read alike.
protocol XLSXPartHandler {
    /// An opening tag; `parent` is the local name of the enclosing element, empty at the root.
    mutating func start(_ tag: XMLStartTag, parent: String) throws(XLSXError)
    /// Character data inside the innermost open element.
    mutating func text(_ text: String)
    /// The closing of the element named `name`.
    mutating func end(_ name: String) throws(XLSXError)
}

enum XLSXPartReader {
    /// Parses `bytes`, the part named `part`, and hands its events to `handler`.
    static func read(_ original: [UInt8], part: String, into handler: inout some XLSXPartHandler) throws(XLSXError) {
        let bytes = XMLTextEncoding.utf8(fromUTF16XML: original) ?? original
        if let line = DoctypeScanner.entityDeclarationLine(in: bytes) { throw .doctype(part: part, line: line) }
        let outcome = bytes.withUnsafeBytes { buffer -> Result<Void, XLSXError> in
            // The reader reads `buffer` in place, so it must not outlive this closure.
            guard let reader = XMLReader(buffer: buffer) else { return .failure(.malformed(part: part, line: nil, detail: "empty part")) }
            return Result { () throws(XLSXError) in try stream(reader, part: part, into: &handler) }
        }
        try outcome.get()
    }

    private static func stream(_ reader: XMLReader, part: String, into handler: inout some XLSXPartHandler) throws(XLSXError) {
        var names: [String] = []
        while true {
            let event: XMLReader.Event?
            do {
                event = try reader.read()
            } catch {
                if case .malformed(let diagnostic) = error {
                    throw .malformed(part: part, line: diagnostic.line, detail: diagnostic.message)
                }
                throw .malformed(part: part, line: nil, detail: "unreadable")
            }
            guard let event else { break }
            switch event {
            case .startElement(let tag):
                if names.count >= XMLReader.maximumDepth { throw .malformed(part: part, line: tag.line, detail: "nested too deep") }
                try handler.start(tag, parent: names.last ?? "")
                names.append(tag.localName)
            case .text(let text):
                handler.text(text)
            case .endElement:
                guard let name = names.popLast() else { continue }
                try handler.end(name)
            case .documentType:
                throw .doctype(part: part, line: nil)
            case .entityReference(_, let line):
                throw .doctype(part: part, line: line)
            }
        }
        if names.isEmpty == false { throw .malformed(part: part, line: nil, detail: "unclosed elements") }
    }
}

extension XMLStartTag {
    /// The value of the attribute with this local name, if present.
    func attribute(_ localName: String) -> String? {
        attributes.first { $0.localName == localName }?.value
    }
}
