import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Text nodes beyond libxml2's default 10,000,000-character limit, such as a scanned PDF embedded
/// in base64, are read up to the file-size limit. The nesting limit stays at 256 levels.
@Suite struct XMLLargeTextTests {
    /// The French UBL fixture with one supporting document whose attachment has `size` base64
    /// characters, on one line or wrapped at 76 columns.
    static func invoice(attachmentLength size: Int, wrapped: Bool) throws -> [UInt8] {
        var base64 = String(repeating: "QUJD", count: size / 4)
        if wrapped {
            var lines: [Substring] = []
            var rest = Substring(base64)
            while !rest.isEmpty {
                lines.append(rest.prefix(76))
                rest = rest.dropFirst(76)
            }
            base64 = "\n" + lines.joined(separator: "\n") + "\n"
        }
        let reference = """
            <cac:AdditionalDocumentReference><cbc:ID>SCAN-1</cbc:ID><cac:Attachment>\
            <cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="scan.pdf">\(base64)\
            </cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>
                <cac:AccountingSupplierParty>
            """
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
        return Array(text.replacing("    <cac:AccountingSupplierParty>", with: reference, maxReplacements: 1).utf8)
    }

    @Test(arguments: [false, true])
    func hugeAttachmentIsImported(wrapped: Bool) throws {
        let size = 12_000_000
        let bytes = try Self.invoice(attachmentLength: size, wrapped: wrapped)
        let result = DocumentImporter.importBytes(bytes, file: "big.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let document = try #require(result.documents.first)
        #expect(document.number == "F2025-0042")
        // Wrapped at 76 columns, the line breaks between the lines count, not the outer two.
        let lineCount = (size + 75) / 76
        let lineBreaks = wrapped ? lineCount - 1 : 0
        #expect(
            document.supportingDocuments == [
                SupportingDocument(
                    id: "SCAN-1",
                    attachment: Attachment(mimeCode: "application/pdf", filename: "scan.pdf", encodedLength: size + lineBreaks))
            ])
    }

    @Test func attachmentBelowTheOldLimitIsStillImportedTheSameWay() throws {
        let result = DocumentImporter.importBytes(
            try Self.invoice(attachmentLength: 1_000, wrapped: false), file: "small.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents.first?.supportingDocuments.first?.attachment?.encodedLength == 1_000)
    }

    @Test func fileSizeLimitStillBoundsTheText() throws {
        let bytes = try Self.invoice(attachmentLength: 12_000_000, wrapped: false)
        let result = DocumentImporter.importBytes(bytes, file: "big.xml", options: ImportOptions(maximumFileSize: 10_000_000))
        #expect(result.documents == [])
        #expect(result.rejections.map(\.reason) == [ImportMessages.fileTooLarge(bytes.count, 10_000_000)])
    }

    @Test func nestingLimitStaysAt256Levels() throws {
        let open = XMLSecurityTests.invoiceOpen
        let accepted = open + String(repeating: "<cbc:a>", count: 255) + String(repeating: "</cbc:a>", count: 255) + "<cbc:ID>D-1</cbc:ID></Invoice>"
        #expect(UBLImporter().importDocuments(Array(accepted.utf8), file: "d.xml", options: ImportOptions()).documents.map(\.number) == ["D-1"])
        let rejected = open + "\n" + String(repeating: "<a>", count: 256) + String(repeating: "</a>", count: 256) + "</Invoice>"
        let result = UBLImporter().importDocuments(Array(rejected.utf8), file: "d.xml", options: ImportOptions())
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(
            result.rejections.map(\.reason.fr) == [
                "imbrication XML trop profonde (plus de 256 niveaux) : ce fichier n'est pas une facture, vérifiez sa provenance"
            ])
    }
}
