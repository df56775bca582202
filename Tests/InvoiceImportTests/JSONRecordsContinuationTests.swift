import InvoiceModel
import Testing

@testable import InvoiceImport

/// Line records whose document keys are empty, `null` or left out continue the invoice above them,
/// as rows with empty document cells do in a CSV export (docs/json-records.md).
@Suite struct JSONRecordsContinuationTests {
    static func importJSON(_ text: String) -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: "lines.json", options: ImportOptions())
    }

    @Test func recordsWithoutDocumentValuesJoinTheInvoiceAbove() {
        let text = #"""
            [
              {"number": "FA-7", "date": "2025-01-10", "customer": "Client A", "total": "132.00", "description": "Pose", "quantity": 1, "unit_price": "100.00", "line_total": "100.00"},
              {"number": "", "date": "", "customer": "", "total": "", "description": "Transport", "quantity": 1, "unit_price": "10.00", "line_total": "10.00"},
              {"number": null, "description": "Fixations", "quantity": 2, "unit_price": "0.50", "line_total": "1.00"},
              {"description": "Nettoyage", "quantity": 1, "unit_price": "0.00", "line_total": "0.00"},
              {"number": "FA-8", "date": "2025-01-11", "customer": "Client B", "total": "120.00", "description": "Pose", "quantity": 1, "unit_price": "100.00", "line_total": "100.00"}
            ]
            """#
        let result = Self.importJSON(text)
        #expect(result.rejections == [])
        #expect(result.recordsRead == 2)
        #expect(result.documents.map(\.number) == ["FA-7", "FA-8"])
        let first = result.documents[0]
        #expect(first.lines.map(\.description) == ["Pose", "Transport", "Fixations", "Nettoyage"])
        #expect(first.lines.map(\.id) == ["1", "2", "3", "4"])
        #expect(first.lines.map { $0.netAmount?.description } == ["100.00", "10.00", "1.00", "0.00"])
        #expect(first.lines.map { $0.source?.line } == [2, 3, 4, 5])
        #expect(first.totals.taxInclusive?.description == "132.00")
        #expect(result.documents[1].lines.map(\.description) == ["Pose"])
    }

    @Test func aRecordWithAnEmptyNumberButADateIsItsOwnInvoice() {
        // A date makes the record a document of its own, which then lacks its number.
        let text = #"""
            [
              {"number": "FA-7", "date": "2025-01-10", "total": "132.00", "description": "Pose", "quantity": 1, "unit_price": "100.00"},
              {"number": "", "date": "2025-01-12", "total": "", "description": "Transport", "quantity": 1, "unit_price": "10.00"}
            ]
            """#
        let result = Self.importJSON(text)
        #expect(result.documents.map(\.number) == ["FA-7"])
        #expect(result.documents[0].lines.map(\.description) == ["Pose"])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "lines.json", line: 3, element: "[1]"),
                    reason: JSONRecordMessages.missingNumber(path: "[1]"))
            ])
    }

    @Test func everyErrorOfARejectedInvoiceIsQuoted() {
        let text = #"""
            [
              {"number": "FA-7", "date": "2025-01-10", "total": "132.00", "description": "Pose", "quantity": "un", "unit_price": "100.00"},
              {"number": "", "description": "Transport", "quantity": 1, "unit_price": "dix"},
              {"description": "Fixations", "quantity": "deux", "unit_price": "0.50"}
            ]
            """#
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        #expect(result.rejections.count == 1)
        #expect(
            result.rejections.first?.reason.en
                == "unreadable amount 'un' at '[0].quantity': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent (line 2; invoice 'FA-7', lines 2 to 4, is rejected as a whole; 2 other errors in this invoice: line 3: unreadable amount 'dix' at '[1].unit_price': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent; line 4: unreadable amount 'deux' at '[2].quantity': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent)"
        )
        #expect(
            result.rejections.first?.reason.fr.contains(
                "(ligne 2 ; la facture 'FA-7', lignes 2 à 4, est rejetée en entier ; 2 autres erreurs dans cette facture : ligne 3 : montant illisible 'dix'")
                == true)
        #expect(result.rejections.first?.location == SourceLocation(file: "lines.json", line: 2, element: "[0].quantity"))
    }
}
