import InvoiceModel
import Testing

@testable import InvoiceImport

/// A key written twice in one object leaves out the record holding it, in every JSON format. A
/// key written twice outside every record rejects the file.
@Suite struct JSONDuplicateKeyScopeTests {
    static func importJSON(_ text: String, file: String = "export.json") -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions())
    }

    /// Canonical JSON of two documents, FA-1 and FA-2, one key per line.
    static func canonical() throws -> String {
        let documents = ["FA-1", "FA-2"].map { Document(number: $0, issueDate: CivilDate(year: 2025, month: 1, day: 10), source: SourceLocation(file: "a.csv", line: 2)) }
        return String(decoding: try CanonicalJSON.encode(documents), as: UTF8.self)
    }

    @Test func canonicalDocumentWithARepeatedKeyIsRejected() throws {
        let text = try Self.canonical().replacing(#""number" : "FA-2","#, with: #""number" : "FA-9",  "number" : "FA-2","#)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("FA-9") }) + 1
        let result = Self.importJSON(text)
        #expect(result.documents.map(\.number) == ["FA-1"])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "export.json", line: line, element: "documents[1].number"),
                    reason: JSONRecordMessages.duplicateKey("number", path: "documents[1].number", line: line, inRecord: true),
                    documentNumber: "FA-9")
            ])
        #expect(result.recordsRead == 2)
    }

    @Test func canonicalRepeatedKeyOutsideTheDocumentsRejectsTheFile() throws {
        let text = try Self.canonical().replacing(#""formatVersion" : 1"#, with: #""formatVersion" : 1, "formatVersion" : 1"#)
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.element) == ["formatVersion"])
        #expect(result.rejections.first?.reason.en.contains("so the file is not imported") == true)
    }

    @Test func canonicalWithoutRepeatedKeysIsImported() throws {
        let result = Self.importJSON(try Self.canonical())
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2"])
    }

    @Test func stripeObjectWithARepeatedKeyIsRejectedAlone() {
        let text = """
            {"object": "list", "data": [
              {"object": "invoice", "number": "INV-1", "status": "paid", "created": 1736500000, "currency": "eur", "subtotal": 10000, "total": 12000, "tax": 2000},
              {"object": "invoice", "number": "INV-3", "number": "INV-2", "status": "paid", "created": 1736500000, "currency": "eur", "subtotal": 10000, "total": 12000, "tax": 2000}
            ]}
            """
        let result = Self.importJSON(text)
        #expect(result.format == .stripe)
        #expect(result.documents.map(\.number) == ["INV-1"])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "export.json", line: 3, element: "data[1].number"),
                    reason: JSONRecordMessages.duplicateKey("number", path: "data[1].number", line: 3, inRecord: true),
                    documentNumber: "INV-2")
            ])
    }

    @Test func stripeRepeatedKeyInTheListRejectsTheFile() {
        let text = """
            {"object": "list", "has_more": false, "has_more": true, "data": [
              {"object": "invoice", "number": "INV-1", "status": "paid", "created": 1736500000, "currency": "eur", "subtotal": 10000, "total": 12000, "tax": 2000}
            ]}
            """
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "export.json", line: 1, element: "has_more"),
                    reason: JSONRecordMessages.duplicateKey("has_more", path: "has_more", line: 1, inRecord: false))
            ])
    }

    @Test func twoObjectsOnTheFirstJSONLineNameTheLineAndByte() {
        let text = """
            {"number":"FA-9","date":"2025-01-10","total":"12.00"}{"number":"FA-10","date":"2025-01-10","total":"12.00"}
            {"number":"FA-11","date":"2025-01-10","total":"12.00"}

            """
        let result = Self.importJSON(text, file: "two.jsonl")
        #expect(result.documents.map(\.number) == ["FA-11"])
        #expect(
            result.rejections == [
                Rejection(location: SourceLocation(file: "two.jsonl", line: 1), reason: JSONRecordMessages.invalidJSONLine(1, offset: 53))
            ])
        #expect(
            result.rejections.first?.reason.en
                == "line 1 unreadable: in JSON Lines each line is one whole JSON object, and this one stops being JSON at byte 53 of the line; fix that line or export again")
    }

    @Test func indentedInvalidJSONIsNotReadAsJSONLines() {
        let text = """
            {
              "invoices" [
                {"number": "FA-1", "date": "2025-01-10", "total": "12.00"}
              ]
            }
            """
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location.line) == [nil])
    }
}
