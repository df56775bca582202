import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// UTF-16 XML, as .NET producers write it, is detected and imported like its UTF-8 form.
@Suite struct XMLUTF16Tests {
    /// `text` in UTF-16 with the declaration's encoding set to `label`, with or without a byte-order mark.
    static func utf16(_ text: String, label: String, bigEndian: Bool, mark: Bool) -> [UInt8] {
        let relabelled = text.replacing("encoding=\"UTF-8\"", with: "encoding=\"\(label)\"", maxReplacements: 1)
        var bytes: [UInt8] = []
        for unit in ((mark ? "\u{FEFF}" : "") + relabelled).utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test(arguments: [("UTF-16", false, true), ("UTF-16", true, true), ("UTF-16LE", false, false), ("UTF-16BE", true, false)])
    func ublImportsLikeUTF8(label: String, bigEndian: Bool, mark: Bool) throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
        let expected = DocumentImporter.importBytes(Array(text.utf8), file: "f.xml", options: ImportOptions())
        let bytes = Self.utf16(text, label: label, bigEndian: bigEndian, mark: mark)
        #expect(FormatDetector.detect(bytes) == .ubl)
        let result = DocumentImporter.importBytes(bytes, file: "f.xml", options: ImportOptions())
        #expect(result.format == .ubl)
        #expect(result.rejections == [])
        #expect(result.documents.first?.seller?.address?.subdivision == "Île-de-France")
        #expect(result.documents == expected.documents)
        #expect(result.warnings == expected.warnings)
    }

    @Test func ciiImportsLikeUTF8() throws {
        let text = try XMLFixtures.text("cii-facturx-en16931.xml")
        let expected = DocumentImporter.importBytes(Array(text.utf8), file: "f.xml", options: ImportOptions())
        let bytes = Self.utf16(text, label: "UTF-16", bigEndian: false, mark: true)
        #expect(FormatDetector.detect(bytes) == .cii)
        let result = DocumentImporter.importBytes(bytes, file: "f.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents == expected.documents)
    }

    @Test func utf8AndLatinDeclarationsAreLeftAsTheyAre() {
        #expect(XMLTextEncoding.utf8(fromUTF16XML: Array("<?xml version=\"1.0\"?><a/>".utf8)) == nil)
        #expect(XMLTextEncoding.utf8(fromUTF16XML: [0xEF, 0xBB, 0xBF] + Array("<a/>".utf8)) == nil)
        let relabelled = XMLTextEncoding.utf8(fromUTF16XML: Self.utf16("<?xml version='1.0' encoding='utf-16'?>\n<a/>", label: "", bigEndian: false, mark: true))
        #expect(relabelled.map { String(decoding: $0, as: UTF8.self) } == "<?xml version='1.0' encoding='UTF-8'?>\n<a/>")
    }

    @Test func otherUTF16DocumentIsNamed() {
        let bytes = Self.utf16("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Order xmlns=\"urn:example:order\"/>", label: "UTF-16", bigEndian: false, mark: true)
        let result = DocumentImporter.importBytes(bytes, file: "o.xml", options: ImportOptions())
        #expect(result.rejections.map(\.reason) == [ImportMessages.otherXMLDocument("Order", namespace: "urn:example:order")])
    }
}
