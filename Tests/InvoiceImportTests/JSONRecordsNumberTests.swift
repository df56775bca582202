import InvoiceModel
import Testing

@testable import InvoiceImport

/// JSON numbers in invoice lists: an exponent is read exactly, and the binary floating-point
/// remains past 15 significant digits are rounded away, with one warning per file.
@Suite struct JSONRecordsNumberTests {
    static func importJSON(_ text: String) -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: "list.json", options: ImportOptions())
    }

    static let list = #"""
        {"invoices": [
         {"invoice_number": "F-1", "date": "2025-01-05", "amount": 120.10000000000001, "currency_amount_before_tax": 100.1, "currency_tax": 20.0},
         {"invoice_number": "F-2", "date": "2025-01-06", "amount": 1.2e2, "currency_amount_before_tax": 1E2, "currency_tax": 2e1},
         {"invoice_number": "F-3", "date": "2025-01-07", "amount": 0.30000000000000004, "currency_amount_before_tax": 0.1, "currency_tax": 0.2}
        ]}
        """#

    @Test func floatRemainsAreRoundedWithOneWarning() throws {
        let result = Self.importJSON(Self.list)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["120.1", "120", "0.3"])
        #expect(result.documents.map { $0.totals.taxExclusive?.description } == ["100.1", "100", "0.1"])
        // Numbers with 15 significant digits or fewer keep the decimals written.
        #expect(result.documents.first?.totals.vat?.description == "20.0")
        let first = try #require(result.documents.first)
        #expect(first.totals.taxInclusive == (first.totals.taxExclusive ?? .zero) + (first.totals.vat ?? .zero))
        #expect(result.warnings.map(\.location) == [SourceLocation(file: "list.json", line: 2, element: "invoices[0].amount")])
        #expect(
            result.warnings.map(\.reason.en) == [
                "number 120.10000000000001 at 'invoices[0].amount' read as 120.1: digits past the 15th significant one are the remains of the exporting tool's binary floating-point arithmetic, rounded as Excel does; 1 other number of this file likewise"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "nombre 120.10000000000001 à 'invoices[0].amount' lu 120,1 : au-delà de 15 chiffres significatifs, ce sont les restes d'un calcul en virgule flottante binaire de l'outil d'export, arrondis comme Excel le fait ; 1 autre nombre de ce fichier de même"
            ])
    }

    @Test func exactNumbersGiveNoWarning() {
        let result = Self.importJSON(#"{"invoices": [{"invoice_number": "F-1", "date": "2025-01-05", "amount": 120.1481481468, "currency_amount_before_tax": 1.00123456789e2, "currency_tax": 20.0246913578}]}"#)
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.isEmpty)
        #expect(result.documents.first?.totals.taxExclusive?.description == "100.123456789")
        #expect(result.documents.first?.totals.taxInclusive?.description == "120.1481481468")
    }
}
