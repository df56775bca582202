import InvoiceModel
import Testing

@testable import InvoiceImport

/// Text that is clearly no table, and JSON that starts with a comment, get their own messages
/// instead of CSV rejections.
@Suite struct NonTableTextTests {
    static let prose = "Export des ventes janvier 2025\nGénéré par le logiciel le 01/02/2025, à 10 h.\nContact : compta@example.fr\n"

    @Test func proseIsSkippedOnlyWhenAsked() {
        var options = ImportOptions()
        options.skipsProse = true
        let skipped = DocumentImporter.importBytes(Array(Self.prose.utf8), file: "LISEZMOI.txt", options: options)
        #expect(skipped.rejections == [])
        #expect(skipped.documents == [])
        #expect(skipped.warnings == [Rejection(location: SourceLocation(file: "LISEZMOI.txt"), reason: ImportMessages.notAnInvoiceFile)])
        let strict = DocumentImporter.importBytes(Array(Self.prose.utf8), file: "LISEZMOI.txt", options: ImportOptions())
        #expect(strict.rejections.count == 1)
        #expect(strict.warnings == [])
    }

    @Test func tablesAreNotProse() {
        #expect(!NonTableText.isProse(Array("Numéro;Date;Total\nF1;05/01/2025;10,00\n".utf8)))
        // Uneven rows still name known columns.
        #expect(!NonTableText.isProse(Array("Numéro;Date;Total\nF1;05/01/2025\n".utf8)))
        #expect(!NonTableText.isProse(Array("a;b;c\n1;2;3\n".utf8)))
        #expect(NonTableText.isProse(Array(Self.prose.utf8)))
    }

    @Test func jsonStartingWithACommentIsNamed() {
        let json = "// export\n[\n  {\"number\": \"INV-0001\", \"date\": \"2025-01-05\", \"total\": \"120.00\"}\n]\n"
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "comment.json", options: ImportOptions())
        #expect(result.documents == [])
        #expect(result.rejections == [Rejection(location: SourceLocation(file: "comment.json"), reason: ImportMessages.jsonComment)])
        #expect(
            ImportMessages.jsonComment.en
                == "JSON file starting with a '//' or '/*' comment: JSON does not allow comments, remove them before the audit")
        #expect(NonTableText.isJSONWithComments(Array("/* a */ {\"x\": 1}".utf8)))
        #expect(!NonTableText.isJSONWithComments(Array("[1]".utf8)))
        #expect(!NonTableText.isJSONWithComments(Array("// note\nNuméro;Date\n".utf8)))
    }
}
