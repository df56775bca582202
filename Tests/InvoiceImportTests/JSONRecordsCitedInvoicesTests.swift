import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

/// A credited-invoice key citing several invoices, as a list or as a text, gives one preceding
/// invoice per number, as a CSV cell does.
@Suite struct JSONRecordsCitedInvoicesTests {
    static func importJSON(_ text: String, mapping: CSVMapping? = nil) -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: "export.json", options: ImportOptions(csvMapping: mapping))
    }

    static func date(_ text: String) -> CivilDate? { CivilDate(parsing: text) }

    static func credit(_ original: String, date: String? = nil) -> String {
        let dateMember = date.map { #", "credited_invoice_date": \#($0)"# } ?? ""
        return #"[{"number": "AV-1", "type": "Avoir", "date": "2025-02-01", "total": "50.00", "credited_invoice": \#(original)\#(dateMember)}]"#
    }

    @Test func textListSplitsLikeCSV() throws {
        let result = Self.importJSON(Self.credit(#""FA-1, FA-2""#, date: #""2025-01-10""#))
        let document = try #require(result.documents.first)
        #expect(
            document.precedingInvoices == [
                InvoiceReference(number: "FA-1", issueDate: Self.date("2025-01-10")),
                InvoiceReference(number: "FA-2", issueDate: Self.date("2025-01-10")),
            ])
        let csv = CSVTestSupport.importCSV(
            "N° facture;Type;Date facture;Total TTC;Facture d'origine;Date facture d'origine\nAV-1;Avoir;01/02/2025;50,00;FA-1, FA-2;10/01/2025\n")
        #expect(csv.documents.first?.precedingInvoices == document.precedingInvoices)
    }

    @Test func arrayGivesOneReferencePerElement() throws {
        let result = Self.importJSON(Self.credit(#"["FA-1", "FA-2", 17]"#, date: #"["2025-01-10", "", "2025-01-12"]"#))
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.isEmpty)
        let document = try #require(result.documents.first)
        #expect(
            document.precedingInvoices == [
                InvoiceReference(number: "FA-1", issueDate: Self.date("2025-01-10")),
                InvoiceReference(number: "FA-2", issueDate: nil),
                InvoiceReference(number: "17", issueDate: Self.date("2025-01-12")),
            ])
        #expect(document.referencesNotInSource == nil)
    }

    @Test func oneDateForSeveralInvoices() throws {
        let listed = Self.importJSON(Self.credit(#"["FA-1", "FA-2"]"#, date: #"["2025-01-10"]"#))
        let text = Self.importJSON(Self.credit(#"["FA-1", "FA-2"]"#, date: #""2025-01-10""#))
        let expected = [
            InvoiceReference(number: "FA-1", issueDate: Self.date("2025-01-10")),
            InvoiceReference(number: "FA-2", issueDate: Self.date("2025-01-10")),
        ]
        #expect(listed.documents.first?.precedingInvoices == expected)
        #expect(text.documents.first?.precedingInvoices == expected)
    }

    @Test func dateCountMismatchRejectsTheRecord() {
        let result = Self.importJSON(Self.credit(#"["FA-1", "FA-2", "FA-3"]"#, date: #"["2025-01-10", "2025-01-11"]"#))
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.element) == ["[0].credited_invoice_date"])
        #expect(
            result.rejections.first?.reason.en
                == "'[0].credited_invoice_date' gives 2 dates ('2025-01-10, 2025-01-11') for 3 original invoices: give one date per invoice, in the same order, or a single date")
    }

    @Test func unreadableListedDateNamesItsIndex() {
        let result = Self.importJSON(Self.credit(#"["FA-1", "FA-2"]"#, date: #"["2025-01-10", "hier"]"#))
        #expect(result.rejections.map(\.location.element) == ["[0].credited_invoice_date[1]"])
    }

    @Test func freeTextStaysOneReference() {
        let result = Self.importJSON(Self.credit(#""Facture 12, acompte""#))
        #expect(result.documents.first?.precedingInvoices == [InvoiceReference(number: "Facture 12, acompte")])
    }

    @Test func mappedListKey() {
        let json = #"[{"number": "AV-1", "type": "Avoir", "date": "2025-02-01", "total": "50.00", "related": ["FA-1", "FA-2"]}]"#
        let result = Self.importJSON(json, mapping: CSVMapping(columns: ["originalInvoice": "related"]))
        #expect(result.rejections.isEmpty)
        #expect(result.documents.first?.precedingInvoices.map(\.number) == ["FA-1", "FA-2"])
    }

    /// Lists under other keys (ids, tags) are still left out.
    @Test func otherListsLeftOut() {
        let json = #"[{"number": "F-1", "date": "2025-02-01", "total": "50.00", "tags": ["a", "b"], "Description": ["x"]}]"#
        let result = Self.importJSON(json)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["F-1"])
    }
}
