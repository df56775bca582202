import CFAZlib
import Testing

/// Writes small PDFs with embedded files at test time, object by object with a correct
/// cross-reference table, so that large or unusual attachments need no committed fixture.
enum PDFTestFile {
    /// One embedded file: its name, its stream bytes and the `/Filter` written for them.
    struct Attachment {
        var name: String
        var stream: [UInt8]
        var filter: String?
    }

    /// Compresses `bytes` with zlib at its best level.
    static func deflated(_ bytes: [UInt8]) throws -> [UInt8] {
        var length = compressBound(UInt(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, bytes, UInt(bytes.count), Z_BEST_COMPRESSION)
        try #require(status == Z_OK)
        return Array(output.prefix(Int(length)))
    }

    /// Returns a one-page PDF whose attachments are all listed in the name tree and in `/AF`.
    static func pdf(_ attachments: [Attachment]) -> [UInt8] {
        // Objects 1-3 are the catalog and the page tree; each attachment adds a file
        // specification and its stream.
        let specification = { (index: Int) in 4 + 2 * index }
        let names = attachments.enumerated().map { "(\($1.name)) \(specification($0)) 0 R" }.joined(separator: " ")
        let associated = attachments.indices.map { "\(specification($0)) 0 R" }.joined(separator: " ")
        var objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [\(names)] >> >> /AF [\(associated)] >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".utf8),
        ]
        for (index, attachment) in attachments.enumerated() {
            objects.append(
                Array(
                    "<< /Type /Filespec /F (\(attachment.name)) /UF (\(attachment.name)) /AFRelationship /Data /EF << /F \(specification(index) + 1) 0 R >> >>"
                        .utf8))
            let filter = attachment.filter.map { "/Filter \($0) " } ?? ""
            objects.append(
                Array("<< /Type /EmbeddedFile /Subtype /text#2Fxml \(filter)/Length \(attachment.stream.count) >>\nstream\n".utf8)
                    + attachment.stream + Array("\nendstream".utf8))
        }
        var output = Array("%PDF-1.7\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.count)
            output += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = output.count
        output += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            let digits = String(offset)
            output += Array((String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n").utf8)
        }
        output += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return output
    }
}
