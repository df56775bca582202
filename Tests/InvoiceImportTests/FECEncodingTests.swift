import InvoiceModel
import Testing

@testable import InvoiceImport

/// ISO 8859-15 and Windows-1252 FEC files: the eight letters the two encodings place differently.
@Suite struct FECEncodingTests {
    /// The bytes 0xA4 0xA6 0xA8 0xB4 0xB8 0xBC 0xBD 0xBE, `€ŠšŽžŒœŸ` in ISO 8859-15.
    static let differingBytes: [UInt8] = [0xA4, 0xA6, 0xA8, 0xB4, 0xB8, 0xBC, 0xBD, 0xBE]

    /// A one-sale FEC whose customer name is `name`, written byte for byte.
    static func file(customerName name: [UInt8]) -> [UInt8] {
        let sale = FECTestSupport.sale(1, reference: "FA-1", net: "100,00", vat: "20,00", total: "120,00")
        let text = ([FECTestSupport.header] + sale).joined(separator: "\n") + "\n"
        var bytes = Array(text.utf8)
        let placeholder = Array("Client Un".utf8)
        let start = bytes.firstRange(of: placeholder).map(\.lowerBound) ?? 0
        bytes.replaceSubrange(start..<start + placeholder.count, with: name)
        return bytes
    }

    static func importFile(_ bytes: [UInt8], encoding: FECEncoding = .automatic) -> ImportResult {
        var options = ImportOptions()
        options.fecEncoding = encoding
        return DocumentImporter.importBytes(bytes, file: FECTestSupport.fixtureName, options: options)
    }

    @Test func automaticReadsTheDifferingLettersAsISO885915() {
        let result = Self.importFile(Self.file(customerName: Self.differingBytes))
        #expect(result.documents.first?.buyer?.name == "€ŠšŽžŒœŸ")
        // ISO 8859-15 is the encoding the regulation names, so reading it gives no warning.
        #expect(result.warnings.isEmpty)
    }

    @Test func bytesOfWindows1252ChooseIt() {
        // 0x80 is € in Windows-1252 and a control code in ISO 8859-15, so the file is Windows-1252.
        let result = Self.importFile(Self.file(customerName: [0x80] + Self.differingBytes))
        #expect(result.documents.first?.buyer?.name == "€¤¦¨´¸¼½¾")
        #expect(result.warnings.map(\.reason.en).first?.hasPrefix("FEC read as Windows-1252 because") == true)
    }

    @Test func configuredEncodingIsUsedWithoutWarning() {
        let bytes = Self.file(customerName: Self.differingBytes + [0xE9])
        let latin9 = Self.importFile(bytes, encoding: .iso885915)
        #expect(latin9.documents.first?.buyer?.name == "€ŠšŽžŒœŸé")
        #expect(latin9.warnings.isEmpty)
        let windows = Self.importFile(bytes, encoding: .windows1252)
        #expect(windows.documents.first?.buyer?.name == "¤¦¨´¸¼½¾é")
        #expect(windows.warnings.isEmpty)
    }

    @Test func configuredUTF8RejectsOtherBytes() {
        let result = Self.importFile(Self.file(customerName: Self.differingBytes), encoding: .utf8)
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [2])
    }

    @Test func utf8StaysUTF8() {
        let result = Self.importFile(Self.file(customerName: Array("Œuvres Žižek".utf8)))
        #expect(result.documents.first?.buyer?.name == "Œuvres Žižek")
        #expect(result.warnings.isEmpty)
    }

    @Test(arguments: [("auto", FECEncoding.automatic), ("UTF-8", .utf8), ("iso-8859-15", .iso885915), ("Windows-1252", .windows1252)])
    func encodingNames(name: String, encoding: FECEncoding) {
        #expect(FECEncoding(name: name) == encoding)
    }
}
