/// A byte scan that finds entity declarations in a DOCTYPE before libxml2 parses the document.
///
/// Invoices never need a DTD. An entity declaration is how XXE (reading a local file) and
/// "billion laughs" (exponential expansion) attacks start, so such a document is rejected
/// without being parsed. The scan only understands ASCII-compatible encodings; ``XMLReader``
/// reports DTD entities again for other encodings.
enum DoctypeScanner {
    private static let doctype = Array("<!DOCTYPE".utf8)
    private static let entity = Array("<!ENTITY".utf8)

    /// Returns the 1-based line of the first `<!ENTITY` after a `<!DOCTYPE`, or `nil` when there is none.
    static func entityDeclarationLine(in bytes: [UInt8]) -> Int? {
        guard let doctypeStart = firstIndex(of: doctype, in: bytes, from: 0),
            let entityStart = firstIndex(of: entity, in: bytes, from: doctypeStart)
        else { return nil }
        return 1 + bytes[..<entityStart].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
                return index
            }
            index += 1
        }
        return nil
    }
}
