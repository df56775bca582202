import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Checks the published JSON Schema against what `CanonicalJSON` writes.
@Suite struct CanonicalSchemaTests {
    /// `…/Tests/InvoiceImportTests/CanonicalSchemaTests.swift` → `…/schemas/canonical-document.schema.json`.
    static let schemaPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("schemas/canonical-document.schema.json").path

    @Test func fixturesExportMatchesSchema() throws {
        let validator = try JSONSchemaValidator(schemaAt: Self.schemaPath)
        var documents: [Document] = []
        for name in try CanonicalJSONTests.fixtureNames() {
            documents += try CanonicalJSONTests.importFixture(name).documents
        }
        let violations = try validator.violations(of: Data(try CanonicalJSON.encode(documents)))
        #expect(violations == [])
    }

    /// Progress invoices (FR-DEP-07) are carried by canonical JSON only: the schema accepts what
    /// the reader reads, and rejects a misspelt key inside it.
    @Test func progressBillingMatchesSchema() throws {
        let validator = try JSONSchemaValidator(schemaAt: Self.schemaPath)
        var document = Document(number: "SIT-2", issueDate: CivilDate(year: 2025, month: 4, day: 10), source: SourceLocation(file: "a.json"))
        document.progress = ProgressBilling(
            orderReference: "CMD-7", orderTotal: Amount(parsing: "12000.00"), cumulativePercent: Amount(parsing: "45.5"))
        let data = Data(try CanonicalJSON.encode([document]))
        #expect(try validator.violations(of: data) == [])
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"cumulativePercent\"", with: "\"percent\"")
        #expect(try validator.violations(of: Data(text.utf8)) == ["$.documents[0].progress: undeclared key 'percent'"])
    }

    @Test func schemaCatchesBadValues() throws {
        let validator = try JSONSchemaValidator(schemaAt: Self.schemaPath)
        let document = Document(number: "A-1", issueDate: CivilDate(year: 2025, month: 1, day: 2), source: SourceLocation(file: "a.xml"))
        var text = String(decoding: try CanonicalJSON.encode([document]), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"2025-01-02\"", with: "\"02/01/2025\"")
        text = text.replacingOccurrences(of: "\"kind\" : \"invoice\"", with: "\"kind\" : \"receipt\", \"extra\" : 1")
        let violations = try validator.violations(of: Data(text.utf8))
        #expect(
            violations.sorted() == [
                "$.documents[0].issueDate: '02/01/2025' does not match ^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$",
                "$.documents[0].kind: 'receipt' not in enum",
                "$.documents[0]: undeclared key 'extra'",
            ])
    }
}
