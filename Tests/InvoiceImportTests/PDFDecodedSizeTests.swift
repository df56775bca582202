import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// A compressed attachment that decodes past `--max-file-size` is rejected before libqpdf
/// decodes it, so memory stays bounded by the limit.
@Suite struct PDFDecodedSizeTests {
    static func flatePDF(_ invoice: [UInt8]) throws -> [UInt8] {
        PDFTestFile.pdf([PDFTestFile.Attachment(name: "factur-x.xml", stream: try PDFTestFile.deflated(invoice), filter: "/FlateDecode")])
    }

    /// The Factur-X fixture followed by `padding` spaces: valid XML that compresses to almost nothing.
    static func paddedInvoice(_ padding: Int) throws -> [UInt8] {
        try PDFImporterTests.bytes("facturx-basic.xml") + [UInt8](repeating: 0x20, count: padding)
    }

    @Test func flateBombIsRejectedBeforeDecoding() throws {
        let pdf = try Self.flatePDF(try Self.paddedInvoice(50_000_000))
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
        let pdf = try Self.flatePDF(invoice)
        let exact = DocumentImporter.importBytes(pdf, file: "ok.pdf", options: ImportOptions(maximumFileSize: invoice.count))
        #expect(exact.rejections == [])
        #expect(exact.documents.map(\.number) == ["PDF-2025-042"])
        let oneShort = DocumentImporter.importBytes(pdf, file: "ok.pdf", options: ImportOptions(maximumFileSize: invoice.count - 1))
        #expect(oneShort.rejections.map(\.reason) == [PDFMessages.attachmentDecodesTooLarge("factur-x.xml", invoice.count - 1)])
    }

    @Test func inflatedSizeStopsPastTheLimit() throws {
        let raw = try PDFTestFile.deflated([UInt8](repeating: 0, count: 10_000_000))
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
