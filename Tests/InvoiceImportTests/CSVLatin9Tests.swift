import InvoiceModel
import Testing

@testable import InvoiceImport

/// CSV files in ISO 8859-15 (Latin-9): read with `"encoding": "iso-8859-15"`, and named in the
/// fallback warning when their bytes look like it.
@Suite struct CSVLatin9Tests {
    /// `N° facture;Date;Client;Total TTC` then `FA-1;05/01/2025;Œuvre Sœur;1 234,56 €`, in ISO 8859-15.
    static let latin9: [UInt8] =
        Array("N".utf8) + [0xB0] + Array(" facture;Date;Client;Total TTC\nFA-1;05/01/2025;".utf8) + [0xBC] + Array("uvre S".utf8)
        + [0xBD] + Array("ur ".utf8) + [0xA6, 0xA8, 0xB4, 0xB8, 0xBE] + Array(";1 234,56 ".utf8) + [0xA4, 0x0A]

    @Test func mappingReadsLatin9() throws {
        let result = CSVTestSupport.importCSV(Self.latin9, mapping: CSVMapping(encoding: "iso-8859-15"))
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let invoice = try #require(result.documents.first)
        #expect(invoice.buyer?.name == "Œuvre Sœur ŠšŽžŸ")
        #expect(invoice.totals.taxInclusive == CSVTestSupport.amount("1234.56"))
    }

    @Test(arguments: [("iso-8859-15", CSVTextEncoding.iso885915), ("ISO_8859_15", .iso885915), ("latin-9", .iso885915), ("Latin9", .iso885915)])
    func latin9Names(name: String, encoding: CSVTextEncoding) {
        #expect(CSVTextEncoding(name: name) == encoding)
        #expect(CSVMapping(encoding: name).problems == [])
    }

    @Test func fallbackNamesLatin9WhenItsLettersAppear() {
        let result = CSVTestSupport.importCSV(Self.latin9)
        // Read as Windows-1252, `1 234,56 ¤` is no amount: the warning says what to set.
        #expect(result.documents.isEmpty)
        #expect(result.rejections.count == 1)
        let warning = CSVMessages.readAsWindows1252MayBeLatin9
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv"), reason: warning)])
        #expect(
            warning.en
                == "file read as Windows-1252 because it is not valid UTF-8; its bytes 0xA4, 0xBC or 0xBD, read '¤ ¼ ½', are '€ Œ œ' in ISO 8859-15 (Latin-9), the encoding of accounting programs: if so, set \"encoding\": \"iso-8859-15\" in the mapping file")
        #expect(
            warning.fr
                == "fichier lu en Windows-1252 car il n'est pas en UTF-8 valide ; ses octets 0xA4, 0xBC ou 0xBD, lus « ¤ ¼ ½ », sont « € Œ œ » en ISO 8859-15 (Latin-9), l'encodage des logiciels comptables : si c'est le cas, indiquez \"encoding\": \"iso-8859-15\" dans le fichier de correspondance")
    }

    @Test func windows1252BytesKeepThePlainWarning() {
        // 0x80 is € in Windows-1252 and a control code in ISO 8859-15: no Latin-9 hint.
        let bytes = Array("N° facture;Date;Client;Total TTC\nFA-1;05/01/2025;".utf8) + [0x8C] + Array("uvre;120,00 ".utf8) + [0x80, 0xBD, 0x0A]
        let result = CSVTestSupport.importCSV(bytes)
        #expect(result.warnings.map(\.reason) == [CSVMessages.readAsWindows1252])
        let accented = Array("N".utf8) + [0xB0] + Array(" facture;Date;Client;Total TTC\nFA-1;05/01/2025;Soci".utf8) + [0xE9, 0x74, 0xE9]
            + Array(";120,00\n".utf8)
        #expect(CSVTestSupport.importCSV(accented).warnings.map(\.reason) == [CSVMessages.readAsWindows1252])
    }

    @Test func unknownEncodingListsLatin9() throws {
        let problem = try #require(CSVMapping(encoding: "utf-16").problems.first)
        #expect(problem.en.contains("expected \"utf-8\", \"windows-1252\" or \"iso-8859-15\""))
    }
}
