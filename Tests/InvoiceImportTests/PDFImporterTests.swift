import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Imports the PDFs written by Fixtures/pdf/make_fixtures.py through the public entry point.
@Suite struct PDFImporterTests {
    static func bytes(_ name: String) throws -> [UInt8] {
        let base = try #require(Bundle.module.resourceURL)
        return [UInt8](try Data(contentsOf: base.appendingPathComponent("Fixtures/pdf/\(name)")))
    }

    static func importPDF(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        DocumentImporter.importBytes(try bytes(name), file: "in/\(name)", options: options)
    }

    static func warningTexts(_ result: ImportResult) -> [String] { result.warnings.map(\.reason.en) }

    @Test func facturXWithDataRelationship() throws {
        let result = try Self.importPDF("facturx.pdf")
        #expect(result.format == .pdf)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.count == 1)
        let document = try #require(result.documents.first)
        #expect(document.number == "PDF-2025-042")
        #expect(document.kind == .invoice)
        #expect(document.issueDate == CivilDate(year: 2025, month: 9, day: 15))
        #expect(document.dueDate == CivilDate(year: 2025, month: 10, day: 15))
        #expect(document.specification == "urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic")
        #expect(document.seller?.name == "Chauffage Lefèvre SAS")
        #expect(document.seller?.siren == "732829320")
        #expect(document.seller?.vatID == "FR40732829320")
        #expect(document.buyer?.name == "Copropriété Les Tilleuls")
        #expect(document.totals.taxExclusive == Amount(units: 23670, scale: 2))
        #expect(document.totals.vat == Amount(units: 4734, scale: 2))
        #expect(document.totals.payable == Amount(units: 28404, scale: 2))
        #expect(document.lines.count == 1)
        #expect(document.lines.first?.description == "Révision chaudière")
        #expect(document.lines.first?.netAmount == Amount(units: 23670, scale: 2))
        #expect(document.sourceFormat == .cii)
        #expect(document.source == SourceLocation(file: "in/facturx.pdf", line: 5, element: "factur-x.xml"))
        #expect(document.lines.first?.source?.element == "factur-x.xml/CrossIndustryInvoice/SupplyChainTradeTransaction/IncludedSupplyChainTradeLineItem")
    }

    @Test func attachmentListedOnlyInAssociatedFiles() throws {
        let result = try Self.importPDF("af-only.pdf")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["PDF-2025-042"])
        #expect(result.warnings == [])
    }

    @Test func nestedNameTreeWithCycle() throws {
        let result = try Self.importPDF("nested-name-tree.pdf")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["PDF-2025-042"])
        #expect(result.warnings == [])
    }

    @Test func wrongFileNameWarns() throws {
        let result = try Self.importPDF("wrong-name.pdf")
        #expect(result.documents.map(\.number) == ["PDF-2025-042"])
        #expect(
            Self.warningTexts(result) == [
                "the XML attachment is named 'invoice.xml' but a Factur-X / ZUGFeRD 2.1+ invoice must be named 'factur-x.xml': rename it when the PDF is next produced"
            ])
        #expect(result.warnings.first?.location == SourceLocation(file: "in/wrong-name.pdf", element: "invoice.xml"))
        #expect(result.warnings.first?.reason.fr.hasPrefix("la pièce jointe XML s'appelle 'invoice.xml'") == true)
    }

    @Test func missingRelationshipWarns() throws {
        let result = try Self.importPDF("no-relationship.pdf")
        #expect(result.documents.count == 1)
        #expect(
            Self.warningTexts(result) == [
                "the attachment 'factur-x.xml' has no /AFRelationship: Factur-X requires Data, Source or Alternative, report it to the invoicing software's vendor"
            ])
    }

    @Test func unspecifiedRelationshipAndNoAssociatedFilesWarn() throws {
        let result = try Self.importPDF("names-only.pdf")
        #expect(result.documents.count == 1)
        #expect(
            Self.warningTexts(result) == [
                "the attachment 'factur-x.xml' has /AFRelationship 'Unspecified': Factur-X requires Data, Source or Alternative, report it to the invoicing software's vendor",
                "the attachment 'factur-x.xml' is not listed in the catalog's /AF array as PDF/A-3 requires: report it to the invoicing software's vendor",
            ])
    }

    @Test func repairedPDFImportsWithWarning() throws {
        let result = try Self.importPDF("wrong-startxref.pdf")
        #expect(result.documents.map(\.number) == ["PDF-2025-042"])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(
            warning.reason.en
                == "damaged PDF repaired by qpdf ('file is damaged', '(offset 11946): xref not found', 'Attempting to reconstruct cross-reference table'): compare the invoice with the issuer's copy")
    }

    @Test(arguments: ["encrypted-empty-password.pdf", "encrypted-user-password.pdf"])
    func encryptedPDFIsRejected(name: String) throws {
        let result = try Self.importPDF(name)
        #expect(result.format == .pdf)
        #expect(result.documents == [])
        #expect(result.rejections == [Rejection(location: SourceLocation(file: "in/\(name)"), reason: PDFMessages.encrypted)])
    }

    @Test(arguments: ["truncated.pdf", "garbage.pdf"])
    func brokenPDFIsRejected(name: String) throws {
        let result = try Self.importPDF(name)
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location == SourceLocation(file: "in/\(name)"))
        #expect(
            rejection.reason.en
                == "unreadable PDF (qpdf: 'unable to find trailer dictionary while recovering damaged file'): the file is truncated or damaged, ask the issuer for a new copy")
    }

    @Test func pdfWithoutAttachmentsIsRejected() throws {
        let result = try Self.importPDF("no-attachment.pdf")
        #expect(result.rejections.map(\.reason) == [PDFMessages.noAttachment])
        #expect(result.recordsRead == 1)
    }

    @Test func pdfWithoutInvoiceXMLListsItsAttachments() throws {
        let result = try Self.importPDF("other-xml.pdf")
        #expect(
            result.rejections.map(\.reason.en) == [
                "no invoice XML among the PDF's attachments ('bon-de-livraison.xml', 'readme.txt'): expected 'factur-x.xml', 'zugferd-invoice.xml', 'ZUGFeRD-invoice.xml', 'xrechnung.xml' or a UBL or CII XML"
            ])
    }

    @Test func nonXMLUnderInvoiceNameIsRejected() throws {
        let result = try Self.importPDF("csv-as-facturx.pdf")
        #expect(result.documents.isEmpty)
        #expect(
            result.rejections.map(\.reason.en) == [
                "no invoice XML among the PDF's attachments ('factur-x.xml'): expected 'factur-x.xml', 'zugferd-invoice.xml', 'ZUGFeRD-invoice.xml', 'xrechnung.xml' or a UBL or CII XML"
            ])
    }

    @Test func sizeLimitAppliesToPDFs() throws {
        let size = try Self.bytes("facturx.pdf").count
        let result = try Self.importPDF("facturx.pdf", options: ImportOptions(maximumFileSize: size - 1))
        #expect(result.rejections.map(\.reason) == [ImportMessages.fileTooLarge(size, size - 1)])
    }

    @Test func sizeLimitAppliesToTheDecodedAttachment() throws {
        let xmlSize = try Self.bytes("facturx-basic.xml").count
        let pdfSize = try Self.bytes("facturx.pdf").count
        #expect(pdfSize < xmlSize)
        let result = try Self.importPDF("facturx.pdf", options: ImportOptions(maximumFileSize: xmlSize - 1))
        #expect(result.rejections.map(\.reason) == [PDFMessages.attachmentDecodesTooLarge("factur-x.xml", xmlSize - 1)])
    }

    @Test func extractorReturnsTheEmbeddedBytesUnchanged() throws {
        let invoice = try PDFInvoiceExtractor.extract(try Self.bytes("nested-name-tree.pdf"), file: "x.pdf")
        #expect(invoice.bytes == (try Self.bytes("facturx-basic.xml")))
        #expect(invoice.name == "factur-x.xml")
        #expect(invoice.relationship == "Data")
        #expect(invoice.isAssociatedFile)
        #expect(invoice.format == .cii)
    }

    @Test func relocationPrefixesAttachmentName() throws {
        // A CII attachment that the XML importer rejects keeps the PDF as file and names the attachment.
        let location = PDFImporter.relocated(
            SourceLocation(file: "a.pdf", line: 12, element: "/CrossIndustryInvoice/ExchangedDocument/ID"),
            attachment: "factur-x.xml")
        #expect(location == SourceLocation(file: "a.pdf", line: 12, element: "factur-x.xml/CrossIndustryInvoice/ExchangedDocument/ID"))
    }
}
