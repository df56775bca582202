import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Round trips through canonical JSON and the messages for invalid canonical JSON.
@Suite struct CanonicalJSONTests {
    /// Every fixture the repository ships, XML and CSV.
    static func fixtureNames() throws -> [String] {
        let base = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures")
        var names: [String] = []
        for folder in ["xml", "csv"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent(folder).path)
            names += files.filter { $0.hasSuffix(".xml") || $0.hasSuffix(".csv") }.map { "\(folder)/\($0)" }
        }
        return names.sorted()
    }

    static func importFixture(_ name: String) throws -> ImportResult {
        let url = try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/\(name)")
        return DocumentImporter.importBytes([UInt8](try Data(contentsOf: url)), file: name, options: ImportOptions())
    }

    @Test func fixturesRoundTrip() throws {
        let names = try Self.fixtureNames()
        #expect(names.count >= 15)
        var documents: [Document] = []
        for name in names {
            documents += try Self.importFixture(name).documents
        }
        #expect(documents.count >= 15)
        let json = try CanonicalJSON.encode(documents)
        let result = DocumentImporter.importBytes(json, file: "export.json", options: ImportOptions())
        #expect(result.format == .json)
        #expect(result.rejections == [])
        #expect(result.documents == documents)
        #expect(try CanonicalJSON.encode(result.documents) == json)
    }

    @Test func amountsKeepScaleAndSign() throws {
        var document = Document(number: "A-1", source: SourceLocation(file: "a.xml", line: 3))
        document.totals.payable = Amount(parsing: "-1001.9960")
        document.lines = [Line(netPrice: Amount(parsing: "0.125"), source: SourceLocation(file: "a.xml", line: 9, element: "/Invoice/InvoiceLine"))]
        let text = String(decoding: try CanonicalJSON.encode([document]), as: UTF8.self)
        #expect(text.contains("\"payable\" : \"-1001.9960\""))
        #expect(text.contains("\"netPrice\" : \"0.125\""))
        #expect(text.hasPrefix("{\n  \"documents\" : ["))
        #expect(text.hasSuffix("  \"formatVersion\" : 1\n}\n"))
        let back = try CanonicalJSON.decode(Array(text.utf8))
        #expect(back == [document])
        #expect(back[0].totals.payable?.description == "-1001.9960")
        #expect(back[0].lines[0].source?.line == 9)
    }

    struct InvalidCase: Sendable, CustomTestStringConvertible {
        let json: String
        let element: String?
        let english: String
        var testDescription: String { english }
    }

    @Test(arguments: [
        InvalidCase(
            json: #"{"formatVersion":1,"documents":[{"kind":"invoice"}]}"#, element: "documents[0].isDraft",
            english: "invalid canonical JSON: missing required key 'documents[0].isDraft', see schemas/canonical-document.schema.json"),
        InvalidCase(
            json: #"{"formatVersion":2,"documents":[]}"#, element: "formatVersion",
            english: "canonical JSON version 2 not supported: this facturaudit reads formatVersion 1"),
        InvalidCase(
            json: #"{"documents":[]}"#, element: "formatVersion",
            english: "invalid canonical JSON: missing required key 'formatVersion', see schemas/canonical-document.schema.json"),
        InvalidCase(
            json: #"{"formatVersion":1,"documents":{}}"#, element: "documents",
            english: "invalid canonical JSON: unexpected type at 'documents' (expected Array<Any>), see schemas/canonical-document.schema.json"),
        InvalidCase(
            json: #"{"formatVersion":1,"documents":[}"#, element: nil,
            english: "invalid JSON: check the syntax (quotes, commas, braces) or export again"),
    ])
    func invalidCanonicalJSON(_ testCase: InvalidCase) throws {
        let result = DocumentImporter.importBytes(Array(testCase.json.utf8), file: "bad.json", options: ImportOptions())
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location.file == "bad.json")
        #expect(rejection.location.element == testCase.element)
        #expect(rejection.reason.en == testCase.english)
        #expect(!rejection.reason.fr.isEmpty)
    }

    @Test func invalidAmountNamesItsPath() throws {
        let document = Document(number: "A-1", source: SourceLocation(file: "a.xml"))
        var text = String(decoding: try CanonicalJSON.encode([document]), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"totals\" : {\n\n      }", with: "\"totals\" : { \"payable\" : \"12,50\" }")
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "bad.json", options: ImportOptions())
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location.element == "documents[0].totals.payable")
        #expect(
            rejection.reason.en
                == "invalid canonical JSON: invalid value at 'documents[0].totals.payable' (invalid decimal '12,50': expected digits with an optional point)")
    }

    @Test(arguments: [#"[{"id":"in_1"}]"#, #"{"object":"customer","id":"cus_1"}"#])
    func otherJSONShapesRejected(_ json: String) throws {
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "stripe.json", options: ImportOptions())
        #expect(result.format == .json)
        #expect(
            result.rejections.first?.reason.en
                == "unrecognised JSON: expected facturaudit's canonical JSON ({\"formatVersion\":1,\"documents\":[…]}), Stripe invoices and credit notes ({\"object\": \"invoice\", …}, alone, in an array or in a list {\"object\": \"list\", \"data\": […]}), or an invoicing tool's invoice list: an array of objects, alone or under a key such as \"data\", \"invoices\" or \"QueryResponse.Invoice\", whose keys name an invoice number and at least two other fields (date, total, status…); see docs/json-records.md, or name the keys in a mapping file (--mapping)")
    }
}
