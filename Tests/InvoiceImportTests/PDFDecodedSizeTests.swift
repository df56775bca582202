import CFAZlib
import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// A compressed attachment that decodes past `--max-file-size` is rejected before libqpdf
/// decodes it, so memory stays bounded by the limit.
@Suite struct PDFDecodedSizeTests {
    /// Compresses `bytes` with zlib at its best level.
    static func deflated(_ bytes: [UInt8]) throws -> [UInt8] {
        var length = compressBound(UInt(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = compress2(&output, &length, bytes, UInt(bytes.count), Z_BEST_COMPRESSION)
        try #require(status == Z_OK)
        return Array(output.prefix(Int(length)))
    }

    /// Writes a one-page PDF whose only attachment, `factur-x.xml`, is `stream` with `filter`.
    static func pdf(stream: [UInt8], filter: String) -> [UInt8] {
        var objects: [[UInt8]] = [
            Array("<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(factur-x.xml) 4 0 R] >> >> /AF [4 0 R] >>".utf8),
            Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Array("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".utf8),
            Array("<< /Type /Filespec /F (factur-x.xml) /UF (factur-x.xml) /AFRelationship /Data /EF << /F 5 0 R >> >>".utf8),
        ]
        objects.append(
            Array("<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter \(filter) /Length \(stream.count) >>\nstream\n".utf8)
                + stream + Array("\nendstream".utf8))
        var output = Array("%PDF-1.7\n".utf8)
        var offsets: [Int] = []
        for (index, body) in objects.enumerated() {
            offsets.append(output.count)
            output += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let xref = output.count
        output += Array("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for offset in offsets {
            output += Array((String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n").utf8)
        }
        output += Array("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return output
    }

    /// The Factur-X fixture followed by `padding` spaces: valid XML that compresses to almost nothing.
    static func paddedInvoice(_ padding: Int) throws -> [UInt8] {
        try PDFImporterTests.bytes("facturx-basic.xml") + [UInt8](repeating: 0x20, count: padding)
    }

    @Test func flateBombIsRejectedBeforeDecoding() throws {
        let pdf = Self.pdf(stream: try Self.deflated(try Self.paddedInvoice(50_000_000)), filter: "/FlateDecode")
        #expect(pdf.count < 100_000)
        let result = DocumentImporter.importBytes(pdf, file: "bomb.pdf", options: ImportOptions(maximumFileSize: 1_000_000))
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.file) == ["bomb.pdf"])
        #expect(
            result.rejections.map(\.reason.en) == [
                "attachment 'factur-x.xml' would decompress to more than the limit of '1000000' bytes (--max-file-size): it was not decompressed, raise --max-file-size if the file is trusted"
            ])
        #expect(
            result.rejections.map(\.reason.fr) == [
                "pièce jointe 'factur-x.xml' : décompressée, elle dépasserait la limite de '1000000' octets (--max-file-size) ; elle n'a pas été décompressée, augmentez --max-file-size si le fichier est sûr"
            ])
    }

    @Test func compressedAttachmentWithinTheLimitIsImported() throws {
        let invoice = try Self.paddedInvoice(900_000)
        let pdf = Self.pdf(stream: try Self.deflated(invoice), filter: "/FlateDecode")
        let exact = DocumentImporter.importBytes(pdf, file: "ok.pdf", options: ImportOptions(maximumFileSize: invoice.count))
        #expect(exact.rejections == [])
        #expect(exact.documents.map(\.number) == ["PDF-2025-042"])
        let oneShort = DocumentImporter.importBytes(pdf, file: "ok.pdf", options: ImportOptions(maximumFileSize: invoice.count - 1))
        #expect(oneShort.rejections.map(\.reason) == [PDFMessages.attachmentDecodesTooLarge("factur-x.xml", invoice.count - 1)])
    }

    @Test func inflatedSizeStopsPastTheLimit() throws {
        let raw = try Self.deflated([UInt8](repeating: 0, count: 10_000_000))
        let counted = try #require(DecodedSizeLimit.inflatedSize(raw, limit: 100_000))
        #expect(counted > 100_000)
        #expect(counted <= 100_000 + 65_536)
        #expect(DecodedSizeLimit.inflatedSize(raw, limit: 20_000_000) == 10_000_000)
    }

    @Test func otherFiltersUseTheirWorstCase() {
        let raw = [UInt8](repeating: 0x41, count: 1_000)
        #expect(!DecodedSizeLimit.exceeds(1_000, raw: raw, filters: []))
        #expect(!DecodedSizeLimit.exceeds(1_000, raw: raw, filters: ["ASCIIHexDecode", "A85"]))
        #expect(DecodedSizeLimit.exceeds(63_999, raw: raw, filters: ["RunLengthDecode"]))
        #expect(!DecodedSizeLimit.exceeds(64_000, raw: raw, filters: ["RunLengthDecode"]))
        #expect(DecodedSizeLimit.exceeds(1_031_999, raw: raw, filters: ["ASCII85Decode", "FlateDecode"]))
    }
}
