import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// A PDF that carries two different invoice XML files gets a warning naming both; the same
/// invoice attached twice, or beside a non-invoice XML file, gets none.
@Suite struct PDFSeveralInvoicesTests {
    static func invoice(number: String) throws -> [UInt8] {
        let text = String(decoding: try PDFImporterTests.bytes("facturx-basic.xml"), as: UTF8.self)
        return Array(text.replacing("PDF-2025-042", with: number).utf8)
    }

    static func importAttachments(_ attachments: [(String, [UInt8])]) -> ImportResult {
        let pdf = PDFTestFile.pdf(attachments.map { PDFTestFile.Attachment(name: $0.0, stream: $0.1, filter: nil) })
        return DocumentImporter.importBytes(pdf, file: "two.pdf", options: ImportOptions())
    }

    @Test func differentInvoicesWarn() throws {
        let result = Self.importAttachments([
            ("zugferd-invoice.xml", try Self.invoice(number: "F-999")), ("factur-x.xml", try Self.invoice(number: "F-001")),
        ])
        #expect(result.documents.map(\.number) == ["F-001"])
        #expect(
            result.warnings.map(\.reason.en) == [
                "the PDF holds 2 different invoice XML files: 'factur-x.xml' was read, not 'zugferd-invoice.xml'; check which one is the invoice and request a PDF that carries only one"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "le PDF contient 2 XML de facture différents : 'factur-x.xml' a été lu, pas 'zugferd-invoice.xml' ; vérifiez lequel est la facture et demandez un PDF qui n'en contienne qu'un"
            ])
        #expect(result.warnings.map(\.location.file) == ["two.pdf"])
    }

    @Test func sameNameIsToldApart() throws {
        let result = Self.importAttachments([
            ("factur-x.xml", try Self.invoice(number: "F-001")), ("factur-x.xml", try Self.invoice(number: "F-002")),
        ])
        #expect(result.documents.map(\.number) == ["F-001"])
        #expect(
            result.warnings.map(\.reason.en) == [
                "the PDF holds 2 different invoice XML files: 'factur-x.xml' (attachment 1 of 2 in the PDF) was read, not 'factur-x.xml' (attachment 2); check which one is the invoice and request a PDF that carries only one"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "le PDF contient 2 XML de facture différents : 'factur-x.xml' (pièce jointe 1 sur 2 du PDF) a été lu, pas 'factur-x.xml' (pièce jointe 2) ; vérifiez lequel est la facture et demandez un PDF qui n'en contienne qu'un"
            ])
    }

    @Test func sameInvoiceTwiceOrOtherXMLGivesNoWarning() throws {
        let invoice = try Self.invoice(number: "F-001")
        let result = Self.importAttachments([
            ("factur-x.xml", invoice), ("copy.xml", invoice), ("order.xml", Array("<Order xmlns=\"urn:example\"/>".utf8)),
        ])
        #expect(result.documents.map(\.number) == ["F-001"])
        #expect(result.warnings == [])
    }
}
