import Foundation
import InvoiceModel
import Testing

import InvoiceAudit
@testable import InvoiceImport

/// Stripe invoice and credit-note objects, detected from content. The fixtures are invented
/// objects in the shape of Stripe's API responses.
@Suite struct StripeJSONImportTests {
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = try #require(Bundle.module.resourceURL).appending(path: "Fixtures/json/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    static func importJSON(_ bytes: [UInt8], file: String = "stripe.json") -> ImportResult {
        DocumentImporter.importBytes(bytes, file: file, options: ImportOptions())
    }

    static func amount(_ text: String) -> Amount? { Amount(parsing: text) }

    // MARK: One invoice object

    @Test func paidInvoiceHeader() throws {
        let result = Self.importJSON(try Self.fixture("stripe-invoice.json"), file: "in.json")
        #expect(FormatDetector.detect(try Self.fixture("stripe-invoice.json")) == .json)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let invoice = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(invoice.number == "QUEN-0042")
        #expect(invoice.kind == .invoice)
        #expect(invoice.isDraft == false)
        #expect(invoice.status == .paid)
        // effective_at 1736985599 is 2025-01-15T23:59:59Z, already 16 January in Paris: dates are UTC.
        #expect(invoice.issueDate == CivilDate(year: 2025, month: 1, day: 15))
        #expect(invoice.dueDate == CivilDate(year: 2025, month: 2, day: 14))
        #expect(invoice.currency == "EUR")
        #expect(invoice.source == SourceLocation(file: "in.json", line: 1))
        #expect(invoice.sourceFormat == .stripe)
        #expect(result.format == .stripe)
    }

    @Test func paidInvoiceTotalsAndPayment() throws {
        let invoice = try #require(Self.importJSON(try Self.fixture("stripe-invoice.json")).documents.first)
        #expect(invoice.totals.lineNet?.description == "1200.00")
        #expect(invoice.totals.taxExclusive?.description == "1200.00")
        #expect(invoice.totals.vat?.description == "240.00")
        #expect(invoice.totals.taxInclusive?.description == "1440.00")
        #expect(invoice.totals.payable?.description == "1440.00")
        #expect(invoice.payments == [Payment(date: CivilDate(year: 2025, month: 1, day: 20), amount: try #require(Self.amount("1440.00")))])
    }

    @Test func paidInvoiceParties() throws {
        let invoice = try #require(Self.importJSON(try Self.fixture("stripe-invoice.json")).documents.first)
        #expect(invoice.seller == Party(name: "Studio Quenouille SAS", vatID: "FR96552100554"))
        let buyer = try #require(invoice.buyer)
        #expect(buyer.name == "Atelier Brindille")
        #expect(buyer.vatID == "FR11123456782")
        #expect(buyer.siren == "123456782")
        #expect(buyer.siret == "12345678200010")
        #expect(buyer.identifiers == [Identifier(value: "12345678200010", scheme: "fr_siret")])
        #expect(buyer.contact == Contact(email: "compta@brindille.example"))
        #expect(
            buyer.address
                == PostalAddress(lines: ["12 rue des Tanneurs", "Bâtiment B"], city: "Lyon", postalCode: "69002", country: "FR"))
    }

    @Test func paidInvoiceLines() throws {
        let invoice = try #require(Self.importJSON(try Self.fixture("stripe-invoice.json"), file: "in.json").documents.first)
        #expect(invoice.lines.map(\.description) == ["Identité visuelle", "Hébergement été 🌻"])
        #expect(invoice.lines.map { $0.quantity?.description } == ["2", "1"])
        #expect(invoice.lines.map { $0.netPrice?.description } == ["500.00", "200.00"])
        #expect(invoice.lines.map { $0.netAmount?.description } == ["1000.00", "200.00"])
        #expect(invoice.lines.map { $0.vatRate?.description } == ["20.0", "20"])
        #expect(invoice.lines.map(\.source) == [
            SourceLocation(file: "in.json", line: 1, element: "lines.data[0]"), SourceLocation(file: "in.json", line: 1, element: "lines.data[1]"),
        ])
    }

    // MARK: A list response

    @Test func listReadsEveryRecord() throws {
        let result = Self.importJSON(try Self.fixture("stripe-list.json"), file: "list.json")
        #expect(result.recordsRead == 8)
        #expect(result.documents.map(\.number) == ["ORTIE-0007", nil, "KAKI-0003", "ORTIE-0007-CN-01", "ORTIE-0009"])
        #expect(result.documents.map(\.status) == [.issued, .draft, .overdue, .issued, .cancelled])
        #expect(result.documents.map(\.isDraft) == [false, true, false, false, false])
        #expect(result.documents.map(\.source.element) == ["data[0]", "data[1]", "data[2]", "data[3]", "data[6]"])
    }

    @Test func listAmountsUseTheCurrencyExponent() throws {
        let documents = Self.importJSON(try Self.fixture("stripe-list.json")).documents
        #expect(documents.map(\.currency) == ["USD", "EUR", "JPY", "USD", "USD"])
        #expect(documents.map { $0.totals.taxInclusive?.description } == ["1173.00", "60.00", "16500", "115.00", "0.00"])
        #expect(documents.map { $0.totals.vat?.description } == ["153.00", "10.00", "1500", "15.00", nil])
        #expect(documents.map { $0.totals.lineNet?.description } == ["1020.00", "50.00", "15000", "100.00", "0.00"])
        #expect(documents.map(\.issueDate) == [
            CivilDate(year: 2025, month: 2, day: 1), CivilDate(year: 2025, month: 3, day: 3),
            CivilDate(year: 2025, month: 1, day: 20), CivilDate(year: 2025, month: 3, day: 10),
            CivilDate(year: 2025, month: 3, day: 10),
        ])
        #expect(documents[0].dueDate == CivilDate(year: 2025, month: 3, day: 3))
        #expect(documents[0].payments == [])
    }

    @Test func creditNoteNamesTheInvoiceItCredits() throws {
        let documents = Self.importJSON(try Self.fixture("stripe-list.json")).documents
        let creditNote = documents[3]
        #expect(creditNote.kind == .creditNote)
        #expect(creditNote.precedingInvoices == [InvoiceReference(number: "ORTIE-0007", issueDate: CivilDate(year: 2025, month: 2, day: 1))])
        #expect(creditNote.buyer == Party(name: "Maison Ortie"))
        #expect(creditNote.totals.taxExclusive?.description == "100.00")
        #expect(creditNote.lines.map { $0.netPrice?.description } == ["100.00"])
        #expect(creditNote.lines.map { $0.netAmount?.description } == ["100.00"])
    }

    @Test func unreadableRecordsNamePathAndValue() throws {
        let result = Self.importJSON(try Self.fixture("stripe-list.json"), file: "list.json")
        #expect(result.rejections.map(\.location) == [
            SourceLocation(file: "list.json", line: 35, element: "data[4]"), SourceLocation(file: "list.json", line: 36, element: "data[5].total"),
            SourceLocation(file: "list.json", line: 44, element: "data[7].created"),
        ])
        #expect(result.rejections.map(\.documentNumber) == [nil, "ORTIE-0008", "ORTIE-0010"])
        #expect(result.rejections.map(\.reason.en) == [
            "Stripe object 'customer' at 'data[4]' not imported: only invoices ('invoice') and credit notes ('credit_note') are, export them from /v1/invoices and /v1/credit_notes",
            "unreadable value '12.5' at 'data[5].total': expected a whole number of the currency's minor unit, such as 1350 for 13.50 EUR; the object is not imported",
            "unreadable value '\"2025-03-10\"' at 'data[7].created': expected Unix seconds such as 1611792000; the object is not imported",
        ])
        #expect(
            result.rejections[1].reason.fr
                == "valeur illisible '12.5' à 'data[5].total' : attendu un nombre entier d'unités mineures de la devise, comme 1350 pour 13,50 EUR ; l'objet n'est pas importé")
    }

    @Test func negativeCreatedIsOutOfRange() {
        let json = #"[{"object": "invoice", "number": "F-1", "status": "open", "currency": "eur", "total": 100, "created": -5}]"#
        let result = Self.importJSON(Array(json.utf8), file: "early.json")
        #expect(
            result.rejections.map(\.reason.en) == [
                "unreadable value '-5' at '[0].created': date outside the range read, 1970-01-01 (0) to 9999-12-31 (253402300799) in Unix seconds; the object is not imported"
            ])
        #expect(
            result.rejections.map(\.reason.fr) == [
                "valeur illisible '-5' à '[0].created' : date hors de la plage lue, du 01/01/1970 (0) au 31/12/9999 (253402300799) en secondes Unix ; l'objet n'est pas importé"
            ])
    }

    @Test func finalisedInvoiceWithoutNumberIsIssued() {
        let json = #"[{"object": "invoice", "number": null, "status": "paid", "currency": "eur", "total": 12000}, {"object": "invoice", "number": null, "status": "draft", "currency": "eur", "total": 100}, {"object": "invoice", "number": null, "currency": "eur", "total": 100}]"#
        let result = Self.importJSON(Array(json.utf8), file: "nulls.json")
        #expect(result.documents.map(\.isDraft) == [false, true, true])
        let entries = result.documents.map { LedgerEntry($0) }
        let findings = Auditor().documentFindings(result.documents[0]) + Auditor().ledgerFindings(Ledger(entries: entries)).findings
        #expect(findings.map(\.ruleID).contains("FR-NUM-01"))
        #expect(!findings.map(\.ruleID).contains("FR-STAT-05"))
    }

    @Test func unknownStatusIsWarnedOnce() {
        let json = #"{"object": "invoice", "number": "A-1", "status": "pending_review", "currency": "eur", "total": 100}"#
        let result = Self.importJSON(Array(json.utf8), file: "one.json")
        #expect(result.documents.map(\.status) == [nil])
        #expect(result.warnings.map(\.location) == [SourceLocation(file: "one.json", line: 1, element: "status")])
        #expect(
            result.warnings.map(\.reason.en) == [
                "unknown Stripe status 'pending_review' at 'status', left empty: expected draft, open, paid, uncollectible or void (issued or void for a credit note)"
            ])
    }

    // MARK: Shapes

    @Test func arrayOfObjectsAndExpandedInvoice() {
        let json = """
            [{"object": "credit_note", "number": "CN-2", "currency": "eur", "total": 1000, "status": "void",
              "invoice": {"id": "in_X", "object": "invoice", "number": "F-9", "created": 1736899200}},
             {"object": "credit_note", "number": "CN-3", "currency": "eur", "total": 500, "invoice": "in_Elsewhere"}]
            """
        let result = Self.importJSON(Array(json.utf8))
        #expect(result.rejections == [])
        #expect(result.documents.map(\.source.element) == ["[0]", "[1]"])
        #expect(result.documents.map(\.status) == [.cancelled, nil])
        #expect(result.documents.map(\.precedingInvoices) == [
            [InvoiceReference(number: "F-9", issueDate: CivilDate(year: 2025, month: 1, day: 15))],
            [],
        ])
        #expect(result.documents.map(\.referencesNotInSource) == [nil, true])
        #expect(result.warnings.map(\.location) == [SourceLocation(file: "stripe.json", line: 3, element: "[1].invoice")])
    }

    @Test func missingCurrencyRejectsTheObject() {
        let result = Self.importJSON(Array(#"{"object": "invoice", "number": "A-1", "total": 100}"#.utf8), file: "a.json")
        #expect(result.documents == [])
        #expect(result.rejections.map(\.location) == [SourceLocation(file: "a.json", line: 1, element: "currency")])
        #expect(
            result.rejections.first?.reason.en
                == "missing currency at 'currency': amounts in minor units cannot be read without it, export the object again from the Stripe API")
    }

    @Test func emptyListGivesNoDocument() {
        let result = Self.importJSON(Array(#"{"object": "list", "data": [], "has_more": false}"#.utf8))
        #expect(result.documents == [])
        #expect(result.rejections == [])
    }

    @Test func otherJSONIsStillRejected() {
        let result = Self.importJSON(Array(#"{"object": "customer", "id": "cus_1"}"#.utf8))
        #expect(result.documents == [])
        #expect(result.rejections.first?.reason.en.hasPrefix("unrecognised JSON: expected facturaudit's canonical JSON") == true)
    }

    @Test(arguments: [("{\"a\": [1, 2", 11), ("[1,]", 3), ("{\"a\": 01}", 6), ("\"\\x\"", 2), ("1 2", 2)])
    func invalidJSONFailsAtItsOffset(text: String, offset: Int) {
        #expect(JSONParser.parse(Array(text.utf8)) == .failure(JSONParser.Failure(offset: offset)))
    }

    @Test func parserKeepsNumberText() throws {
        let value = try JSONParser.parse(Array(#"{"big": 123456789012345678901234567890, "x": -1.50e+2, "s": "\u00e9\n"}"#.utf8)).get()
        #expect(value["big"] == .number("123456789012345678901234567890"))
        #expect(value["x"] == .number("-1.50e+2"))
        #expect(value["s"] == .string("é\n"))
    }

    @Test func deepNestingIsRejected() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        #expect((try? JSONParser.parse(Array(deep.utf8)).get()) == nil)
    }

    @Test(arguments: [("JPY", 0), ("EUR", 2), ("USD", 2), ("KWD", 3), ("XOF", 0), ("CLF", 4), ("ZZZ", 2)])
    func currencyExponents(code: String, exponent: Int) {
        #expect(CurrencyMinorUnit.exponent(of: code) == exponent)
    }
}
