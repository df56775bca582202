import InvoiceImport
import InvoiceModel
import Testing

@Suite struct FormatDetectorTests {
    @Test(arguments: [
        ("[Invoice];Date\n1;2\n", InputFormat.csv), ("[{\"a\":1}]", .json), ("{\"formatVersion\":1}", .json),
        ("\u{FEFF}N° facture;Date\n", .csv), ("%PDF-1.7\n", .pdf), ("", .unknown),
    ])
    func detectsFromContent(text: String, format: InputFormat) {
        #expect(FormatDetector.detect(Array(text.utf8)) == format)
    }

    @Test func rootOnSeveralCRLFLines() {
        let xml = "<?xml version=\"1.0\"?>\r\n<!-- note -->\r\n<Invoice\r\n    xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\r\n</Invoice>"
        #expect(FormatDetector.detect(Array(xml.utf8)) == .ubl)
    }
}

@Suite struct UnknownInputTests {
    @Test func blankFileIsReportedAsEmpty() {
        let result = DocumentImporter.importBytes([0xEF, 0xBB, 0xBF, 0x0A, 0x20], file: "blank.csv", options: ImportOptions())
        #expect(result.rejections.map(\.reason) == [ImportMessages.emptyFile])
    }

    @Test func binaryFileIsUnrecognised() {
        let result = DocumentImporter.importBytes([0x00, 0x01, 0x02, 0xFF], file: "data.bin", options: ImportOptions())
        #expect(result.rejections.map(\.reason) == [ImportMessages.unsupportedFormat(.unknown)])
    }

    @Test func debitNoteIsNamedByItsRoot() {
        let xml = "\u{FEFF}\n<?xml version=\"1.0\"?>\n<dn:DebitNote xmlns:dn=\"urn:oasis:names:specification:ubl:schema:xsd:DebitNote-2\"><dn:ID>DN-7</dn:ID></dn:DebitNote>"
        let result = DocumentImporter.importBytes(Array(xml.utf8), file: "dn.xml", options: ImportOptions())
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.reason.en) == [
            "XML document '{urn:oasis:names:specification:ubl:schema:xsd:DebitNote-2}DebitNote' is not an invoice in a supported format: facturaudit reads the root elements Invoice and CreditNote (UBL 2.1), CrossIndustryInvoice (CII, Factur-X, ZUGFeRD, XRechnung) and CrossIndustryDocument (ZUGFeRD 1.0): export the invoice or credit note in one of these formats"
        ])
    }

    @Test func invoiceOutsideUBLNamespaceShowsItsNamespace() {
        let xml = "<Invoice xmlns=\"http://www.ebinterface.at/schema/6p1/\"><InvoiceNumber>7</InvoiceNumber></Invoice>"
        let result = DocumentImporter.importBytes(Array(xml.utf8), file: "eb.xml", options: ImportOptions())
        #expect(result.rejections.map(\.reason.fr).first?.hasPrefix(
            "document XML '{http://www.ebinterface.at/schema/6p1/}Invoice' : pas une facture dans un format pris en charge ;") == true)
    }
}
