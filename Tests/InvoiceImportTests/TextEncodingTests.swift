import InvoiceModel
import Testing

@testable import InvoiceImport

/// Excel's "Unicode text" (UTF-16 with a byte-order mark) is read like its UTF-8 twin, and a NUL
/// byte in a CSV is reported at its line and column.
@Suite struct TextEncodingTests {
    static let csv = """
        N° facture\tDate\tÉmetteur\tSIREN émetteur\tTotal HT\tTVA\tTotal TTC
        FA-2025-0001\t15/01/2025\tZoé SARL\t812476356\t100,00\t20,00\t120,00
        FA-2025-0002\t16/01/2025\tZoé SARL\t812476356\t200,00\t40,00\t240,00

        """

    static func utf16(_ text: String, bigEndian: Bool) -> [UInt8] {
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for unit in text.utf16 {
            let high = UInt8(unit >> 8)
            let low = UInt8(unit & 0xFF)
            bytes += bigEndian ? [high, low] : [low, high]
        }
        return bytes
    }

    @Test(arguments: [false, true])
    func utf16ReadsLikeUTF8(bigEndian: Bool) {
        let expected = DocumentImporter.importBytes(Array(Self.csv.utf8), file: "a.txt", options: ImportOptions())
        let result = DocumentImporter.importBytes(Self.utf16(Self.csv, bigEndian: bigEndian), file: "a.txt", options: ImportOptions())
        #expect(result.format == .csv)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["FA-2025-0001", "FA-2025-0002"])
        #expect(result.documents.map { $0.seller?.name } == ["Zoé SARL", "Zoé SARL"])
        #expect(result.documents == expected.documents)
    }

    @Test func loneSurrogateIsRejected() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00]
        let result = DocumentImporter.importBytes(bytes, file: "a.txt", options: ImportOptions())
        #expect(result.rejections.map(\.reason.en) == [
            "unreadable UTF-16 text (odd number of bytes or an incomplete character): save the sheet as \"CSV UTF-8 (comma delimited)\""
        ])
    }

    @Test func nulByteNamesLineAndColumn() {
        var bytes = Array(Self.csv.utf8)
        let secondLine = bytes.firstIndex(of: 0x0A)! + 1
        // After "FA-2025-0001\t15/01/2025\tZoé", 27 characters in 28 bytes: the NUL is column 28.
        bytes.insert(0, at: secondLine + 26 + 2)
        let result = DocumentImporter.importBytes(bytes, file: "a.csv", options: ImportOptions())
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.description) == ["a.csv:2"])
        #expect(result.rejections.map(\.reason.en) == [
            "NUL byte (0x00) at column 28 of the line: a text export never contains one, so the file is damaged; "
                + "remove that byte or export the file again"
        ])
        #expect(result.rejections.first?.reason.fr.hasPrefix("octet nul (0x00) en colonne 28 de la ligne : ") == true)
    }

    @Test func binaryKeepsUnrecognisedFormat() {
        let bytes: [UInt8] = [0x00, 0x01, 0x02, 0xFF, 0x00, 0x80, 0x00, 0x00]
        let result = DocumentImporter.importBytes(bytes, file: "a.bin", options: ImportOptions())
        #expect(result.rejections.first?.reason.en.hasPrefix("unrecognised format") == true)
    }
}
