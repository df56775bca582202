import InvoiceModel

/// Detects an input's format from its first bytes, never from the file name.
public enum FormatDetector {
    /// The format of `bytes`: a workbook by its ZIP or OLE signature (the XLSX importer then
    /// checks `[Content_Types].xml` and names what else the file is), PDF by its `%PDF-` header, XML (UTF-8, an ASCII-compatible
    /// encoding or UTF-16) by its root element and namespace,
    /// JSON by a leading `{` or `[`, FEC by its header line of standard field names, and CSV for
    /// other text.
    public static func detect(_ bytes: [UInt8]) -> InputFormat {
        if isWorkbookContainer(bytes) { return .xlsx }
        if let head = XMLTextEncoding.utf8Head(fromUTF16XML: bytes, limit: 65_536) {
            return detectXML(head[...])
        }
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count else { return .unknown }
        let head = bytes[start..<min(bytes.count, start + 1024)]
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes[start] == UInt8(ascii: "<") { return detectXML(bytes[start..<min(bytes.count, start + 65_536)]) }
        if bytes[start] == UInt8(ascii: "{") || bytes[start] == UInt8(ascii: "["), startsJSONValue(bytes, after: start) {
            return .json
        }
        if head.contains(0) { return .unknown }
        if FECLayout.detect(bytes[start...]) != nil { return .fec }
        return .csv
    }

    /// True for a ZIP archive or an OLE compound file, the containers of Excel workbooks old
    /// and new; other archives and compound files get their own message from the XLSX importer.
    static func isWorkbookContainer(_ bytes: [UInt8]) -> Bool {
        ZipArchive.hasSignature(bytes) || bytes.starts(with: XLSXWorkbookReader.compoundFileSignature)
    }

    /// True when the bracket at `index` is followed by what JSON allows next, so a CSV header such
    /// as `[Invoice];Date` is not taken for JSON.
    static func startsJSONValue(_ bytes: [UInt8], after index: Int) -> Bool {
        var next = index + 1
        while next < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[next]) { next += 1 }
        guard next < bytes.count else { return false }
        return Array("\"{[]}-0123456789tfn".utf8).contains(bytes[next])
    }

    /// Returns the root element of `bytes` when they start, after a byte-order mark and blanks,
    /// like XML, so a rejection can name the document it is.
    static func xmlRoot(_ bytes: [UInt8]) -> (localName: String, namespace: String)? {
        if let head = XMLTextEncoding.utf8Head(fromUTF16XML: bytes, limit: 65_536) { return rootElement(head[...]) }
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return nil }
        return rootElement(bytes[start..<min(bytes.count, start + 65_536)])
    }

    /// Reads the root element's local name and the namespace it is bound to.
    static func detectXML(_ prefix: ArraySlice<UInt8>) -> InputFormat {
        guard let root = rootElement(prefix) else { return .unknown }
        switch root.localName {
        case "Invoice", "CreditNote":
            return root.namespace.hasPrefix("urn:oasis:names:specification:ubl:schema:xsd:") ? .ubl : .unknown
        case "CrossIndustryInvoice":
            return .cii
        case "CrossIndustryDocument":
            return .zugferd1
        default:
            return .unknown
        }
    }

    /// Returns the root element's local name and namespace URI, found by a light scan of the first tag.
    ///
    /// Declarations, comments and the DOCTYPE are skipped on the bytes, because `<`, `>`, `?`, `!`
    /// and `-` are ASCII, which never occurs inside a multi-byte UTF-8 sequence. Only the root tag
    /// itself is decoded.
    static func rootElement(_ bytes: ArraySlice<UInt8>) -> (localName: String, namespace: String)? {
        var rest = bytes
        while let open = rest.firstIndex(of: UInt8(ascii: "<")) {
            let after = rest[(open + 1)...]
            if after.first == UInt8(ascii: "?") || after.first == UInt8(ascii: "!") {
                // Skip declarations, comments and DOCTYPE up to their closing bracket.
                let terminator = after.starts(with: commentOpening) ? commentClosing : [UInt8(ascii: ">")]
                guard let close = firstEnd(of: terminator, in: after) else { return nil }
                rest = after[close...]
                continue
            }
            guard let close = after.firstIndex(of: UInt8(ascii: ">")) else { return nil }
            let text = String(decoding: after[..<close], as: UTF8.self)
            let tag = Substring(text)
            // isWhitespace also covers "\r\n", which Swift treats as a single Character.
            let qualifiedName = tag.prefix { !$0.isWhitespace && $0 != "/" }
            let parts = qualifiedName.split(separator: ":", maxSplits: 1)
            let prefix = parts.count == 2 ? String(parts[0]) : ""
            let localName = String(parts.last ?? "")
            let attribute = prefix.isEmpty ? "xmlns" : "xmlns:\(prefix)"
            return (localName, attributeValue(named: attribute, in: tag) ?? "")
        }
        return nil
    }

    private static let commentOpening = Array("!--".utf8)
    private static let commentClosing = Array("-->".utf8)

    /// Returns the index just after the first occurrence of `pattern` in `bytes`, or `nil` when absent.
    private static func firstEnd(of pattern: [UInt8], in bytes: ArraySlice<UInt8>) -> Int? {
        guard let first = pattern.first else { return bytes.startIndex }
        var index = bytes.startIndex
        while let candidate = bytes[index...].firstIndex(of: first) {
            if bytes[candidate...].starts(with: pattern) { return candidate + pattern.count }
            index = candidate + 1
        }
        return nil
    }

    private static func attributeValue(named name: String, in tag: Substring) -> String? {
        var search = tag[...]
        while let range = search.firstRange(of: name) {
            var index = range.upperBound
            let before = range.lowerBound == tag.startIndex ? " " : tag[tag.index(before: range.lowerBound)]
            while index < search.endIndex, search[index].isWhitespace { index = search.index(after: index) }
            if before.isWhitespace, index < search.endIndex, search[index] == "=" {
                index = search.index(after: index)
                while index < search.endIndex, search[index].isWhitespace { index = search.index(after: index) }
                guard index < search.endIndex else { return nil }
                let quote = search[index]
                let valueStart = search.index(after: index)
                guard let valueEnd = search[valueStart...].firstIndex(of: quote) else { return nil }
                return String(search[valueStart..<valueEnd])
            }
            search = search[range.upperBound...]
        }
        return nil
    }
}
