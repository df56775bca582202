import InvoiceModel
import Testing

@testable import InvoiceImport

/// UTF-16 text without a byte-order mark (every second byte NUL) is read like UTF-16 with one, or
/// rejected with its cause when it cannot be decoded.
@Suite struct UTF16WithoutMarkTests {
    static func withoutMark(_ text: String, bigEndian: Bool) -> [UInt8] {
        Array(TextEncodingTests.utf16(text, bigEndian: bigEndian).dropFirst(2))
    }

    @Test(arguments: [false, true])
    func readsLikeUTF8(bigEndian: Bool) {
        let expected = DocumentImporter.importBytes(Array(TextEncodingTests.csv.utf8), file: "a.csv", options: ImportOptions())
        let result = DocumentImporter.importBytes(
            Self.withoutMark(TextEncodingTests.csv, bigEndian: bigEndian), file: "a.csv", options: ImportOptions())
        #expect(result.format == .csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA-2025-0001", "FA-2025-0002"])
        #expect(result.documents.map { $0.seller?.name } == ["Zoé SARL", "Zoé SARL"])
        #expect(result.documents == expected.documents)
    }

    @Test func byteOrderFromTheNulBytes() {
        #expect(TextEncoding.utf16WithoutMark(Self.withoutMark("Numéro;Date\n", bigEndian: false)) == false)
        #expect(TextEncoding.utf16WithoutMark(Self.withoutMark("Numéro;Date\n", bigEndian: true)) == true)
        // UTF-8 text, a binary header and a few NUL bytes in text are not UTF-16.
        #expect(TextEncoding.utf16WithoutMark(Array("Numéro;Date\nF-1;2025-01-02\n".utf8)) == nil)
        #expect(TextEncoding.utf16WithoutMark([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00]) == nil)
        #expect(TextEncoding.utf16WithoutMark(Array("N;D\nF-1;2\u{0}025-01-02\n".utf8)) == nil)
    }

    @Test func oddByteCountIsRejectedWithItsCause() {
        let bytes = Self.withoutMark(TextEncodingTests.csv, bigEndian: false) + [0x41]
        let result = DocumentImporter.importBytes(bytes, file: "a.csv", options: ImportOptions())
        #expect(result.documents == [])
        #expect(result.rejections == [Rejection(location: SourceLocation(file: "a.csv"), reason: TextEncoding.undecodableUTF16WithoutMark)])
        #expect(
            TextEncoding.undecodableUTF16WithoutMark.en
                == "the file looks like UTF-16 text without a byte order mark, but cannot be read as such (odd number of bytes or an incomplete character): save it as \"CSV UTF-8 (comma delimited)\"")
        #expect(
            TextEncoding.undecodableUTF16WithoutMark.fr
                == "le fichier ressemble à du texte UTF-16 sans marque d'ordre des octets (BOM), mais ne se lit pas ainsi (nombre d'octets impair ou caractère incomplet) : enregistrez-le en « CSV UTF-8 (délimité par des virgules) »")
    }

    @Test func nulByteInUTF8TextKeepsItsMessage() {
        let result = DocumentImporter.importBytes(Array("N° facture;Date\nF-1;2\u{0}025-01-02\n".utf8), file: "a.csv", options: ImportOptions())
        #expect(result.rejections == [Rejection(location: SourceLocation(file: "a.csv", line: 2), reason: TextEncoding.nulByte(column: 6))])
    }
}
