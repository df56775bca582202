import InvoiceModel
import Testing

@testable import InvoiceImport

/// Flat JSON records with one object per invoice line, grouped like a line-level CSV export, and
/// JSON Lines files.
@Suite struct JSONRecordsLineGroupingTests {
    static func importJSON(_ text: String, file: String = "lines.json") -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions())
    }

    static let lineRecords = #"""
        [
          {"number": "L-1", "date": "2025-01-02", "total": "240.00", "status": "sent", "description": "Audit", "quantity": 1, "unit_price": "100.00", "line amount": "100.00"},
          {"number": "L-1", "date": "2025-01-02", "total": "240.00", "status": "sent", "description": "Formation", "quantity": 2, "unit_price": "50.00", "line amount": "100.00"},
          {"number": "L-2", "date": "2025-01-03", "total": "60.00", "status": "sent", "description": "Conseil", "quantity": 1, "unit_price": "50.00"},
          {"number": "L-1", "date": "2025-01-04", "total": "12.00", "status": "sent", "description": "Encore", "quantity": 1, "unit_price": "10.00"}
        ]
        """#

    @Test func consecutiveLineRecordsOfOneNumberMakeOneInvoice() throws {
        let result = Self.importJSON(Self.lineRecords)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        // The repeated L-1 further down is a new document, as in a CSV export, so FR-NUM-02 still reports it.
        #expect(result.documents.map(\.number) == ["L-1", "L-2", "L-1"])
        #expect(result.recordsRead == 3)
        let first = result.documents[0]
        #expect(first.source == SourceLocation(file: "lines.json", line: 2, element: "[0]"))
        #expect(first.totals.taxInclusive?.description == "240.00")
        #expect(first.lines.map(\.id) == ["1", "2"])
        #expect(first.lines.map(\.description) == ["Audit", "Formation"])
        #expect(first.lines.map { $0.quantity?.description } == ["1", "2"])
        #expect(first.lines.map { $0.netPrice?.description } == ["100.00", "50.00"])
        #expect(first.lines.map { $0.netAmount?.description } == ["100.00", "100.00"])
        #expect(first.lines.map(\.source) == [
            SourceLocation(file: "lines.json", line: 2, element: "[0]"), SourceLocation(file: "lines.json", line: 3, element: "[1]"),
        ])
        #expect(result.documents[1].lines.map(\.description) == ["Conseil"])
        #expect(result.documents[2].lines.map(\.description) == ["Encore"])
    }

    @Test func differingDocumentValuesRejectTheInvoice() {
        let text = #"""
            [
              {"number": "L-1", "date": "2025-01-02", "total": "240.00", "customer": "Brasserie", "quantity": 1, "unit_price": "100.00"},
              {"number": "L-1", "date": "2025-01-02", "total": "240.00", "customer": "Boulangerie", "quantity": 1, "unit_price": "140.00"},
              {"number": "L-2", "date": "2025-01-03", "total": "60.00", "customer": "Brasserie", "quantity": 1, "unit_price": "50.00"}
            ]
            """#
        let result = Self.importJSON(text)
        #expect(result.documents.map(\.number) == ["L-2"])
        let conflict = JSONRecordMessages.conflictingValues("customer", first: "Brasserie", firstLine: 2, other: "Boulangerie", line: 3)
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "lines.json", line: 3, element: "[1].customer"),
                    reason: CSVMessages.invoiceRejected(conflict, number: "L-1", firstLine: 2, lastLine: 3, problemLine: 3),
                    documentNumber: "L-1")
            ])
        #expect(
            result.rejections.first?.reason.en
                == "the records of one invoice disagree on 'customer': 'Brasserie' at line 2, 'Boulangerie' at line 3; an invoice has one value per document field: fix the export, or give each invoice its own number (line 3; invoice 'L-1', lines 2 to 3, is rejected as a whole)")
        #expect(
            result.rejections.first?.reason.fr
                == "les enregistrements d'une même facture divergent sur 'customer' : 'Brasserie' à la ligne 2, 'Boulangerie' à la ligne 3 ; une facture n'a qu'une valeur par champ du document : corrigez l'export, ou donnez un numéro différent à chaque facture (ligne 3 ; la facture 'L-1', lignes 2 à 3, est rejetée en entier)")
    }

    @Test func aBadLineRejectsItsWholeInvoice() {
        let text = #"""
            [
              {"number": "L-1", "date": "2025-01-02", "total": "240.00", "quantity": 1, "unit_price": "100.00"},
              {"number": "L-1", "date": "2025-01-02", "total": "240.00", "quantity": "deux", "unit_price": "70.00"}
            ]
            """#
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        let problem = JSONRecordMessages.unreadableAmount("deux", path: "[1].quantity", decimalCommaHint: false)
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "lines.json", line: 3, element: "[1].quantity"),
                    reason: CSVMessages.invoiceRejected(problem, number: "L-1", firstLine: 2, lastLine: 3, problemLine: 3),
                    documentNumber: "L-1")
            ])
    }

    @Test func recordsWithoutLineKeysAreNotGrouped() {
        // A description alone may describe the invoice: without a quantity, price or line amount the
        // records stay one document each, and the repeated number stays visible.
        let text = #"""
            [
              {"number": "D-1", "date": "2025-01-02", "total": "10.00", "description": "Janvier"},
              {"number": "D-1", "date": "2025-01-02", "total": "10.00", "description": "Janvier"}
            ]
            """#
        let result = Self.importJSON(text)
        #expect(result.documents.map(\.number) == ["D-1", "D-1"])
        #expect(result.documents.map(\.lines) == [[], []])
    }

    @Test func recordsWithLineArraysKeepTheirLines() {
        let text = #"""
            {"invoices": [
              {"number": "A-1", "date": "2025-01-02", "total": "30.00", "quantity": 3,
               "lines": [{"description": "Câble", "quantity": 3, "unit_price": "10.00"}]},
              {"number": "A-2", "date": "2025-01-03", "total": "10.00", "quantity": 1,
               "lines": [{"description": "Prise", "quantity": 1, "unit_price": "10.00"}]}
            ]}
            """#
        let result = Self.importJSON(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["A-1", "A-2"])
        #expect(result.documents.map { $0.lines.map(\.description) } == [["Câble"], ["Prise"]])
    }

    @Test func jsonLinesGiveOneRecordPerLine() {
        let text =
            #"{"number": "N-1", "date": "2025-01-02", "total": "10.00", "status": "sent"}"# + "\n"
            + #"{"number": "N-2", "date": "2025-01-03", "total": "20.00", "status": "sent"}"# + "\r\n\n"
            + #"{"number": "N-3", oops}"# + "\n"
            + #"{"number": "N-4", "date": "2025-01-05", "total": "40.00", "status": "sent"}"# + "\n"
        let result = Self.importJSON(text, file: "records.jsonl")
        #expect(result.format == .jsonRecords)
        #expect(result.documents.map(\.number) == ["N-1", "N-2", "N-4"])
        #expect(result.documents.map(\.source.line) == [1, 2, 5])
        #expect(result.documents.map(\.source.element) == ["[0]", "[1]", "[2]"])
        #expect(
            result.rejections == [
                Rejection(location: SourceLocation(file: "records.jsonl", line: 4), reason: JSONRecordMessages.invalidJSONLine(4, offset: 18))
            ])
        #expect(
            result.rejections.first?.reason.en
                == "line 4 unreadable: in JSON Lines each line is one whole JSON object, and this one stops being JSON at byte 18 of the line; fix that line or export again")
        #expect(result.recordsRead == 4)
    }

    @Test func jsonLinesOfInvoiceLinesAreGrouped() {
        let text =
            #"{"number": "L-1", "date": "2025-01-02", "total": "200.00", "quantity": 1, "unit_price": "100.00"}"# + "\n"
            + #"{"number": "L-1", "date": "2025-01-02", "total": "200.00", "quantity": 1, "unit_price": "100.00"}"# + "\n"
        let result = Self.importJSON(text, file: "lines.ndjson")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["L-1"])
        #expect(result.documents.first?.lines.map { $0.source?.line } == [1, 2])
    }

    @Test func aSingleObjectOrBrokenFirstLineIsNotJSONLines() {
        #expect(JSONLines.parse(Array(#"{"number": "N-1"}"#.utf8)) == nil)
        #expect(JSONLines.parse(Array("{\n\"number\": \"N-1\"}\n{}".utf8)) == nil)
        #expect(JSONLines.parse(Array("[1]\n[2]".utf8)) == nil)
        // Not JSON Lines, so the whole file keeps the syntax message.
        let result = Self.importJSON("{\"invoices\": [\n{\"number\": \"F-1\"}\n")
        #expect(result.rejections.map(\.reason) == [CanonicalJSONError(path: "", problem: .invalidSyntax).message])
    }
}
