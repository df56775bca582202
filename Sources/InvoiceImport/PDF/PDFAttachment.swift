/// One embedded file found in a PDF: its file specification, not yet its decoded bytes.
struct PDFAttachment {
    /// The file name from `/UF`, else `/F`, else the name-tree key.
    var name: String
    /// The `/AFRelationship` value without its slash (`Data`, `Source`, `Alternative`…).
    var relationship: String?
    /// The `/Subtype` of the embedded stream (`text/xml`…), when the producer wrote one.
    var mimeType: String?
    /// The embedded-file stream (`/EF /F`), nil when the specification has none.
    var stream: PDFObject?
    /// Listed in the catalog's `/Names /EmbeddedFiles` name tree.
    var inNameTree: Bool
    /// Listed in the catalog's `/AF` array (PDF/A-3 associated files).
    var inAssociatedFiles: Bool

    /// Whether the name or the MIME type indicates XML, so the bytes are worth decoding and detecting.
    var looksLikeXML: Bool {
        name.lowercased().hasSuffix(".xml") || (mimeType?.lowercased().hasSuffix("xml") ?? false)
    }
}

/// Lists the embedded files of a PDF: the `/Names /EmbeddedFiles` name tree (its `/Kids` and
/// `/Names` arrays at any depth) and the catalog's `/AF` array.
///
/// A file specification listed in both places (as Factur-X requires) is reported once with both
/// flags set. Each indirect tree node is visited once, so a tree whose `/Kids` point back to an
/// ancestor ends instead of looping, and nesting deeper than ``maximumDepth`` is not followed.
struct PDFAttachmentCollector {
    static let maximumDepth = 64

    let document: QPDFDocument
    private var attachments: [PDFAttachment] = []
    private var indexByIdentity: [PDFObjectIdentity: Int] = [:]
    private var visitedNodes: Set<PDFObjectIdentity> = []

    init(document: QPDFDocument) {
        self.document = document
    }

    /// Returns every attachment: name-tree entries first in tree order, then those found only in `/AF`.
    mutating func collect() throws(QPDFFailure) -> [PDFAttachment] {
        let root = try document.root()
        if let names = try document.value(root, "Names"), let tree = try document.value(names, "EmbeddedFiles") {
            try walkNameTree(tree, depth: 0)
        }
        if let associated = try document.value(root, "AF"), let items = try document.arrayItems(associated) {
            for item in items {
                try add(item, key: nil, fromNameTree: false)
            }
        }
        return attachments
    }

    private mutating func walkNameTree(_ node: PDFObject, depth: Int) throws(QPDFFailure) {
        guard depth <= Self.maximumDepth, document.isDictionary(node) else { return }
        if let identity = document.identity(node) {
            guard visitedNodes.insert(identity).inserted else { return }
        }
        if let names = try document.value(node, "Names"), let items = try document.arrayItems(names) {
            // Pairs of key (a string) and value (a file specification).
            var index = 0
            while index + 1 < items.count {
                try add(items[index + 1], key: document.text(items[index]), fromNameTree: true)
                index += 2
            }
        }
        if let kids = try document.value(node, "Kids"), let items = try document.arrayItems(kids) {
            for kid in items {
                try walkNameTree(kid, depth: depth + 1)
            }
        }
    }

    private mutating func add(_ specification: PDFObject, key: String?, fromNameTree: Bool) throws(QPDFFailure) {
        guard document.isDictionary(specification) else { return }
        let identity = document.identity(specification)
        if let identity, let index = indexByIdentity[identity] {
            if fromNameTree { attachments[index].inNameTree = true } else { attachments[index].inAssociatedFiles = true }
            return
        }
        var fileName: String?
        for key in ["UF", "F"] where fileName == nil {
            if let value = try document.value(specification, key) { fileName = document.text(value) }
        }
        var stream: PDFObject?
        if let files = try document.value(specification, "EF") {
            stream = try document.value(files, "F")
            if stream == nil { stream = try document.value(files, "UF") }
        }
        if let candidate = stream, !document.isStream(candidate) { stream = nil }
        var mimeType: String?
        if let stream, let subtype = try document.value(stream, "Subtype") { mimeType = document.name(subtype) }
        var relationship: String?
        if let value = try document.value(specification, "AFRelationship") { relationship = document.name(value) }
        let attachment = PDFAttachment(
            name: fileName ?? key ?? "", relationship: relationship, mimeType: mimeType, stream: stream,
            inNameTree: fromNameTree, inAssociatedFiles: !fromNameTree)
        if let identity { indexByIdentity[identity] = attachments.count }
        attachments.append(attachment)
    }
}
