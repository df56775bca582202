/// The reason an XML document could not be turned into an element tree.
enum XMLParseError: Error, Equatable {
    /// libxml2 found the document not well-formed (or not namespace-well-formed).
    case malformed(XMLDiagnostic)
    /// The DOCTYPE declares entities, which can read local files or expand without bound.
    case entityDeclaration(line: Int?)
    /// An entity reference survived parsing; only a DTD-declared entity can do that.
    case entityReference(name: String, line: Int)
    /// Elements nest deeper than ``XMLReader/maximumDepth``; `line` is the first element too deep.
    case tooDeep(line: Int)
    /// The input is empty or libxml2 could not allocate a reader for it.
    case unreadable
    /// The document has no root element.
    case noRootElement
}
