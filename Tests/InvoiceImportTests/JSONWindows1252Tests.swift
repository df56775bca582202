import InvoiceModel
import Testing

@testable import InvoiceImport

/// JSON written in Windows-1252 instead of UTF-8: read as Windows-1252 with one warning, so
/// accented names come through unchanged instead of as U+FFFD.
@Suite struct JSONWindows1252Tests {
    /// `text` encoded in Windows-1252 (its characters are all in Latin-1 or are `€`).
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { $0 == "€" ? 0x80 : UInt8($0.value) }
    }

    static let records = """
        [
          {"number": "INV-0001", "date": "2025-01-05", "customer": "Client Été", "total": "120.00"},
          {"number": "INV-0002", "date": "2025-01-06", "customer": "Boulangerie Noël", "total": "60.00"}
        ]
        """

    @Test func recordsInWindows1252KeepTheirNames() throws {
        let bytes = Self.windows1252(Self.records)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        let result = DocumentImporter.importBytes(bytes, file: "cp1252.json", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents.map(\.buyer?.name) == ["Client Été", "Boulangerie Noël"])
        #expect(result.documents.map(\.source.line) == [2, 3])
        #expect(result.warnings.map(\.location) == [SourceLocation(file: "cp1252.json")])
        #expect(
            result.warnings.map(\.reason.en)
                == ["JSON file read as Windows-1252 because it is not valid UTF-8: check accented letters, or export the JSON in UTF-8"])
        #expect(
            result.warnings.map(\.reason.fr)
                == ["fichier JSON lu en Windows-1252 car il n'est pas en UTF-8 valide : vérifiez les lettres accentuées, ou exportez le JSON en UTF-8"])
    }

    @Test func utf8RecordsGetNoWarning() {
        let result = DocumentImporter.importBytes(Array(Self.records.utf8), file: "utf8.json", options: ImportOptions())
        #expect(result.warnings == [])
        #expect(result.documents.map(\.buyer?.name) == ["Client Été", "Boulangerie Noël"])
    }

    @Test func stripeInvoiceInWindows1252() throws {
        let json = """
            {"id":"in_1","object":"invoice","account_name":"Société Générale d'Études","currency":"eur","created":1736150400,
             "number":"QUEN-0001","status":"open","subtotal":10000,"tax":2000,"total":12000,"amount_due":12000,"amount_paid":0,
             "customer_name":"Crêperie Kerné","lines":{"data":[]}}
            """
        let result = DocumentImporter.importBytes(Self.windows1252(json), file: "in.json", options: ImportOptions())
        let invoice = try #require(result.documents.first)
        #expect(invoice.seller?.name == "Société Générale d'Études")
        #expect(invoice.buyer?.name == "Crêperie Kerné")
        #expect(result.warnings.count == 1)
    }
}
