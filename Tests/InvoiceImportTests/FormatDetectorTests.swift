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
}
