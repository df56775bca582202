import InvoiceModel
import Testing

@testable import InvoiceImport

/// Amount texts in JSON records when the mapping file declares a decimal comma: a text with a
/// decimal point is not read, and the message names the declaration instead of asking for the
/// form the text already has.
@Suite struct JSONDeclaredCommaTests {
    static let comma = ImportOptions(csvMapping: CSVMapping(decimalSeparator: ","))

    static func rejections(_ total: String, options: ImportOptions = comma) -> [String] {
        let json = #"[{"number": "F-1", "date": "2025-01-05", "total": "\#(total)"}]"#
        return DocumentImporter.importBytes(Array(json.utf8), file: "comma.json", options: options).rejections.map(\.reason.en)
    }

    @Test func pointUnderDeclaredCommaNamesTheMapping() {
        #expect(
            Self.rejections("1000.0")
                == [
                    "unreadable amount '1000.0' at '[0].total': the mapping file declares a decimal comma ({\"decimalSeparator\": \",\"}), so texts are read with a comma, as in \"1250,50\"; if the file's amounts use a decimal point, remove decimalSeparator from the mapping file"
                ])
        let json = #"[{"number": "F-1", "date": "2025-01-05", "total": "1000.0"}]"#
        let french = DocumentImporter.importBytes(Array(json.utf8), file: "comma.json", options: Self.comma).rejections.map(\.reason.fr)
        #expect(
            french
                == [
                    "montant illisible '1000.0' à '[0].total' : le fichier de correspondance déclare une virgule décimale ({\"decimalSeparator\": \",\"}), donc les textes sont lus avec une virgule, comme \"1250,50\" ; si les montants du fichier ont un point décimal, retirez decimalSeparator du fichier de correspondance"
                ])
    }

    @Test func unreadableTextUnderDeclaredCommaShowsACommaExample() {
        #expect(
            Self.rejections("douze")
                == [
                    "unreadable amount 'douze' at '[0].total': expected a JSON number such as 1250.5 or, since the mapping file declares a decimal comma, a text such as \"1250,50\", without an exponent"
                ])
    }

    @Test func commaTextIsReadUnderDeclaredComma() {
        #expect(Self.rejections("1000,50").isEmpty)
    }

    @Test func pointTextWithoutMappingIsRead() {
        #expect(Self.rejections("1000.0", options: ImportOptions()).isEmpty)
    }
}
