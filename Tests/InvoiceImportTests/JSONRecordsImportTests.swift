import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

/// Invoice lists exported as JSON by invoicing tools, one small invented file per tool shape.
@Suite struct JSONRecordsImportTests {
    static func importJSON(_ text: String, file: String = "export.json", mapping: CSVMapping? = nil) -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions(csvMapping: mapping))
    }

    static func amounts(_ document: Document) -> [String?] {
        let totals = document.totals
        return [totals.taxExclusive, totals.vat, totals.taxInclusive, totals.payable].map { $0?.description }
    }

    static func date(_ year: Int, _ month: Int, _ day: Int) -> CivilDate? { CivilDate(year: year, month: month, day: day) }

    @Test func creditNotesWithoutReferenceKeyAreWarnedOnce() {
        let result = Self.importJSON(
            #"[{"number": "F-1", "date": "2025-01-01", "total": "120.00", "type": "invoice"}, {"number": "AV-1", "date": "2025-01-05", "total": "12.00", "type": "Avoir"}, {"number": "AV-2", "date": "2025-01-06", "total": "6.00", "type": "Avoir"}]"#)
        #expect(result.documents.map(\.referencesNotInSource) == [true, true, true])
        #expect(result.warnings.map(\.reason.en) == [
            "no original-invoice key: the 2 credit notes of the file cannot be matched with the invoices they correct (FR-CORR-03 to 05); export that field or name its key in a mapping file, for example {\"columns\": {\"originalInvoice\": \"related_invoice\"}}"
        ])
    }

    @Test func referenceKeyFalseEverywhereStillCounts() {
        let result = Self.importJSON(
            #"[{"name": "INV/2025/00001", "move_type": "out_invoice", "invoice_date": "2025-01-05", "amount_total": 120.0, "reversed_entry_id": false}, {"name": "RINV/2025/00001", "move_type": "out_refund", "invoice_date": "2025-01-07", "amount_total": 120.0, "reversed_entry_id": false}]"#)
        #expect(result.documents.map(\.kind) == [.invoice, .creditNote])
        #expect(result.documents.map(\.referencesNotInSource) == [nil, nil])
        #expect(result.documents.map(\.precedingInvoices.count) == [0, 0])
        #expect(result.warnings.isEmpty)
    }

    // MARK: Pennylane

    static let pennylane = #"""
        {
          "total_pages": 1,
          "current_page": 1,
          "items": [
            {
              "id": 101, "invoice_number": "F-2025-001", "label": "Facture Atelier Brindille",
              "date": "2025-01-15", "deadline": "2025-02-14", "currency": "EUR",
              "amount": "1440.00", "currency_amount": "1440.00", "currency_amount_before_tax": "1200.00",
              "currency_tax": "240.00", "status": "paid", "paid": true, "draft": false,
              "remaining_amount_with_tax": "0.00",
              "customer": {"id": 7, "name": "Atelier Brindille"},
              "invoice_lines": [
                {"label": "Identité visuelle", "quantity": "2", "unit": "piece", "raw_currency_unit_price": "500.00",
                 "currency_amount_before_tax": "1000.00", "vat_rate": "FR_200"},
                {"label": "Hébergement", "quantity": "1", "currency_amount_before_tax": "200.00", "vat_rate": "FR_55"}
              ]
            },
            {
              "id": 102, "invoice_number": "F-2025-002", "date": "2025-01-20", "deadline": "2025-02-19",
              "currency": "EUR", "amount": "-240.00", "currency_amount": "-240.00",
              "currency_amount_before_tax": "-200.00", "currency_tax": "-40.00", "status": "upcoming",
              "paid": false, "draft": false, "remaining_amount_with_tax": "-240.00",
              "customer": {"id": 7, "name": "Atelier Brindille"}
            },
            {
              "id": 103, "invoice_number": null, "date": "2025-01-22", "currency": "EUR",
              "amount": "60.00", "currency_amount": "60.00", "status": "draft", "paid": false, "draft": true,
              "customer": {"id": 8}
            }
          ]
        }
        """#

    @Test func pennylaneInvoicesCreditAndDraft() throws {
        let result = Self.importJSON(Self.pennylane, file: "pennylane.json")
        #expect(result.format == .jsonRecords)
        #expect(result.rejections == [])
        // Pennylane's totals come from the currency_* keys only, so no key is a fallback.
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["F-2025-001", "F-2025-002", nil])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice, .invoice])
        #expect(result.documents.map(\.status) == [.paid, .issued, .draft])
        #expect(result.documents.map(\.isDraft) == [false, false, true])
        #expect(result.documents.map(\.issueDate) == [Self.date(2025, 1, 15), Self.date(2025, 1, 20), Self.date(2025, 1, 22)])
        #expect(result.documents.map(\.dueDate) == [Self.date(2025, 2, 14), Self.date(2025, 2, 19), nil])
        #expect(result.documents.map { $0.buyer?.name } == ["Atelier Brindille", "Atelier Brindille", nil])
        #expect(result.documents.map { $0.source.line } == [5, 18, 25])
        #expect(result.documents.map { $0.source.element } == ["items[0]", "items[1]", "items[2]"])
        #expect(result.documents.map(\.sourceFormat) == [.jsonRecords, .jsonRecords, .jsonRecords])
        #expect(result.documents.map(\.currency) == ["EUR", "EUR", "EUR"])

        let invoice = result.documents[0]
        #expect(Self.amounts(invoice) == ["1200.00", "240.00", "1440.00", "0.00"])
        #expect(invoice.lines.map(\.description) == ["Identité visuelle", "Hébergement"])
        #expect(invoice.lines.map { $0.quantity?.description } == ["2", "1"])
        #expect(invoice.lines.map(\.unit) == ["piece", nil])
        #expect(invoice.lines.map { $0.netPrice?.description } == ["500.00", nil])
        #expect(invoice.lines.map { $0.netAmount?.description } == ["1000.00", "200.00"])
        #expect(invoice.lines.map { $0.vatRate?.description } == ["20.0", "5.5"])
        #expect(invoice.lines.map(\.id) == ["1", "2"])
        #expect(invoice.lines.map { $0.source?.element } == ["items[0].invoice_lines[0]", "items[0].invoice_lines[1]"])
        // A negative total without a type stays an invoice, as in CSV exports; FR-CORR-09 reports it.
        #expect(Self.amounts(result.documents[1]) == ["-200.00", "-40.00", "-240.00", "-240.00"])
        #expect(result.documents[2].totals.taxInclusive?.description == "60.00")
    }

    // MARK: Sellsy

    static let sellsy = #"""
        {"data": [
          {"id": 5501, "number": "F-1905-129", "status": "payinprogress", "date": "2025-03-03",
           "due_date": "2025-04-02", "subject": "Abonnement mars", "currency": "EUR",
           "amounts": {"total_raw_excl_tax": "2100.000", "total_excl_tax": "2100.000",
                       "total_incl_tax": "2520.000", "total_remaining_due_incl_tax": "1000.000"},
           "taxes": [{"id": 1, "label": "TVA 20 %", "rate": "20.00", "amount": "420.000"}],
           "is_deposit": false, "related": [{"type": "company", "id": 42}]},
          {"id": 5502, "number": "F-1905-130", "status": "due", "date": "2025-03-10", "due_date": "2025-04-09",
           "currency": "EUR",
           "amounts": {"total_excl_tax": "500.000", "total_incl_tax": "590.000", "total_remaining_due_incl_tax": "590.000"},
           "taxes": [{"rate": "20.00", "amount": "80.000"}, {"rate": "5.50", "amount": "10.000"}],
           "is_deposit": true}
        ], "pagination": {"limit": 25, "count": 2, "total": 2, "offset": 0}}
        """#

    @Test func sellsyAmountsTaxesAndDeposit() throws {
        let result = Self.importJSON(Self.sellsy)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["F-1905-129", "F-1905-130"])
        #expect(result.documents.map(\.kind) == [.invoice, .deposit])
        #expect(result.documents.map(\.status) == [.partiallyPaid, .issued])
        #expect(result.documents.map(\.issueDate) == [Self.date(2025, 3, 3), Self.date(2025, 3, 10)])
        #expect(result.documents.map(\.dueDate) == [Self.date(2025, 4, 2), Self.date(2025, 4, 9)])
        #expect(result.documents.map { $0.source.line } == [2, 8])
        #expect(Self.amounts(result.documents[0]) == ["2100.000", "420.000", "2520.000", "1000.000"])
        // Without a VAT total key, the VAT total is the sum of the `taxes` entries.
        #expect(Self.amounts(result.documents[1]) == ["500.000", "90.000", "590.000", "590.000"])
        #expect(
            result.documents[1].vatBreakdown.map { [$0.rate?.description, $0.taxAmount?.description] } == [
                ["20.00", "80.000"], ["5.50", "10.000"],
            ])
        #expect(result.documents.map(\.lines) == [[], []])
        #expect(result.documents.map(\.buyer) == [nil, nil])
    }

    // MARK: Odoo

    static let odoo = #"""
        [
          {"id": 31, "name": "INV/2025/00012", "move_type": "out_invoice", "state": "posted", "payment_state": "paid",
           "invoice_date": "2025-02-03", "invoice_date_due": "2025-03-05", "partner_id": [14, "Brasserie du Canal"],
           "currency_id": [1, "EUR"], "amount_untaxed": 850.0, "amount_tax": 170.0, "amount_total": 1020.0,
           "amount_residual": 0.0, "reversed_entry_id": false, "invoice_line_ids": [101, 102]},
          {"id": 32, "name": "RINV/2025/00003", "move_type": "out_refund", "state": "posted",
           "payment_state": "not_paid", "invoice_date": "2025-02-10", "invoice_date_due": "2025-02-10",
           "partner_id": [14, "Brasserie du Canal"], "currency_id": [1, "EUR"], "amount_untaxed": 100.0,
           "amount_tax": 20.0, "amount_total": 120.0, "amount_residual": 120.0,
           "reversed_entry_id": [31, "INV/2025/00012"]},
          {"id": 33, "name": "/", "move_type": "out_invoice", "state": "draft", "payment_state": "not_paid",
           "invoice_date": false, "invoice_date_due": false, "partner_id": [15, "Café Lumière"],
           "currency_id": [1, "EUR"], "amount_untaxed": 40.0, "amount_tax": 8.0, "amount_total": 48.0,
           "amount_residual": 48.0, "reversed_entry_id": false},
          {"id": 34, "name": "INV/2025/00013", "move_type": "out_invoice", "state": "cancel",
           "payment_state": "not_paid", "invoice_date": "2025-02-12", "partner_id": [16, "Atelier Nord"],
           "currency_id": [1, "EUR"], "amount_untaxed": 10, "amount_tax": 2, "amount_total": 12, "amount_residual": 12}
        ]
        """#

    @Test func odooMovesRefundDraftAndCancelled() throws {
        let result = Self.importJSON(Self.odoo, file: "odoo.json")
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let documents = result.documents
        #expect(documents.map(\.number) == ["INV/2025/00012", "RINV/2025/00003", nil, "INV/2025/00013"])
        #expect(documents.map(\.provisionalNumber) == [nil, nil, "/", nil])
        #expect(documents.map(\.kind) == [.invoice, .creditNote, .invoice, .invoice])
        #expect(documents.map(\.typeCode) == ["out_invoice", "out_refund", "out_invoice", "out_invoice"])
        // `state` and `payment_state` combine: a draft or cancelled state wins, else the payment state.
        #expect(documents.map(\.status) == [.paid, .issued, .draft, .cancelled])
        #expect(documents.map(\.isDraft) == [false, false, true, false])
        #expect(documents.map(\.issueDate) == [Self.date(2025, 2, 3), Self.date(2025, 2, 10), nil, Self.date(2025, 2, 12)])
        #expect(documents.map { $0.buyer?.name } == ["Brasserie du Canal", "Brasserie du Canal", "Café Lumière", "Atelier Nord"])
        #expect(documents.map(\.currency) == ["EUR", "EUR", "EUR", "EUR"])
        #expect(Self.amounts(documents[0]) == ["850.0", "170.0", "1020.0", "0.0"])
        #expect(Self.amounts(documents[3]) == ["10", "2", "12", "12"])
        #expect(documents[1].precedingInvoices == [InvoiceReference(number: "INV/2025/00012")])
        #expect(documents.map { $0.source.line } == [2, 6, 11, 15])
        #expect(documents.map { $0.source.element } == ["[0]", "[1]", "[2]", "[3]"])
    }

    // MARK: Invoice Ninja

    static let invoiceNinja = #"""
        {
          "clients": [{"id": 1, "name": "Lumen SARL", "balance": 300.5, "paid_to_date": 1200}],
          "invoices": [
            {"id": 1, "client_id": 1, "number": "0001", "date": "2024-11-04", "due_date": "2024-12-04",
             "status_id": 4, "amount": 1200, "balance": 0, "partial": 0,
             "line_items": [{"product_key": "Conseil", "notes": "Atelier stratégie", "cost": 600, "quantity": 2,
                             "tax_rate1": 0, "line_total": 1200}]},
            {"id": 2, "client_id": 1, "number": "0002", "date": "2024-11-18", "due_date": "2024-12-18",
             "status_id": 2, "amount": 300.5, "balance": 300.5, "line_items": []}
          ],
          "credits": [
            {"id": 1, "client_id": 1, "number": "A-0001", "date": "2024-11-25", "status_id": 4,
             "amount": -150, "balance": 0,
             "line_items": [{"notes": "Remise geste commercial", "cost": -150, "quantity": 1}]}
          ],
          "quotes": [{"id": 1, "number": "D-0001", "date": "2024-10-30", "amount": 50, "status_id": 1}],
          "payments": [{"amount": 1200, "date": "2024-11-20", "invoices": [{"invoice_id": 1, "amount": 1200}]}]
        }
        """#

    @Test func invoiceNinjaInvoicesAndCredits() throws {
        let result = Self.importJSON(Self.invoiceNinja, file: "ninja.json")
        #expect(result.rejections == [])
        #expect(
            result.warnings == [
                Rejection(location: SourceLocation(file: "ninja.json"), reason: JSONRecordMessages.noOriginalInvoiceKey(credits: 1)),
                Rejection(
                    location: SourceLocation(file: "ninja.json", element: "quotes"),
                    reason: JSONRecordMessages.arrayLeftAside("quotes", count: 1, read: ["credits", "invoices"]))
            ])
        let documents = result.documents
        #expect(documents.map(\.number) == ["A-0001", "0001", "0002"])
        #expect(documents.map(\.kind) == [.creditNote, .invoice, .invoice])
        #expect(documents.map(\.status) == [.paid, .paid, .issued])
        #expect(documents.map(\.issueDate) == [Self.date(2024, 11, 25), Self.date(2024, 11, 4), Self.date(2024, 11, 18)])
        #expect(documents.map { $0.totals.taxInclusive?.description } == ["-150", "1200", "300.5"])
        #expect(documents.map { $0.totals.payable?.description } == ["0", "0", "300.5"])
        #expect(documents.map { $0.source.element } == ["credits[0]", "invoices[0]", "invoices[1]"])
        #expect(documents.map { $0.source.line } == [12, 4, 8])
        let line = try #require(documents[1].lines.first)
        #expect(documents[1].lines.count == 1)
        #expect(line.description == "Atelier stratégie")
        #expect(line.quantity?.description == "2")
        #expect(line.netPrice?.description == "600")
        #expect(line.netAmount?.description == "1200")
        #expect(line.vatRate?.description == "0")
        #expect(documents[0].lines.map { $0.netPrice?.description } == ["-150"])
    }

    // MARK: QuickBooks

    static let quickBooks = #"""
        {"QueryResponse": {"Invoice": [
          {"Id": "130", "DocNumber": "1037", "TxnDate": "2025-04-01", "DueDate": "2025-05-01",
           "CurrencyRef": {"value": "EUR", "name": "Euro"}, "CustomerRef": {"value": "3", "name": "Vélos Martin"},
           "Line": [
             {"Id": "1", "LineNum": 1, "Description": "Révision complète", "Amount": 275.0,
              "DetailType": "SalesItemLineDetail",
              "SalesItemLineDetail": {"ItemRef": {"value": "5", "name": "Révision"}, "UnitPrice": 137.5, "Qty": 2,
                                      "TaxCodeRef": {"value": "TAX"}}},
             {"Amount": 275.0, "DetailType": "SubTotalLineDetail", "SubTotalLineDetail": {}}
           ],
           "TxnTaxDetail": {"TotalTax": 55.0}, "TotalAmt": 330.0, "Balance": 130.0, "LinkedTxn": []}
        ], "startPosition": 1, "maxResults": 1}, "time": "2025-04-02T10:00:00.000-07:00"}
        """#

    @Test func quickBooksQueryResponse() throws {
        let result = Self.importJSON(Self.quickBooks)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let invoice = try #require(result.documents.first)
        #expect(result.documents.count == 1)
        #expect(invoice.number == "1037")
        #expect(invoice.kind == .invoice)
        #expect(invoice.status == nil)
        #expect(invoice.issueDate == Self.date(2025, 4, 1))
        #expect(invoice.dueDate == Self.date(2025, 5, 1))
        #expect(invoice.currency == "EUR")
        #expect(invoice.buyer?.name == "Vélos Martin")
        #expect(Self.amounts(invoice) == [nil, "55.0", "330.0", "130.0"])
        #expect(invoice.source == SourceLocation(file: "export.json", line: 2, element: "QueryResponse.Invoice[0]"))
        // The subtotal line repeats the line above it and is left out.
        #expect(invoice.lines.map(\.description) == ["Révision complète"])
        #expect(invoice.lines.map { $0.quantity?.description } == ["2"])
        #expect(invoice.lines.map { $0.netPrice?.description } == ["137.5"])
        #expect(invoice.lines.map { $0.netAmount?.description } == ["275.0"])
    }

    // MARK: Xero

    static let xero = #"""
        {"Id": "5b0d2c3e", "Status": "OK", "ProviderName": "facturaudit tests",
         "Invoices": [
          {"Type": "ACCREC", "InvoiceID": "2f7e", "InvoiceNumber": "INV-0042", "Status": "AUTHORISED",
           "Contact": {"ContactID": "c1", "Name": "Marché Couvert"},
           "Date": "\/Date(1739232000000+0000)\/", "DueDate": "\/Date(1741824000000+0000)\/",
           "LineAmountTypes": "Exclusive",
           "LineItems": [{"Description": "Étals", "Quantity": 3.0, "UnitAmount": 150.00, "TaxType": "OUTPUT",
                          "TaxAmount": 90.00, "LineAmount": 450.00}],
           "SubTotal": 450.00, "TotalTax": 90.00, "Total": 540.00, "AmountDue": 540.00, "AmountPaid": 0.00,
           "CurrencyCode": "EUR"},
          {"Type": "ACCRECCREDIT", "InvoiceNumber": "CN-0007", "Status": "PAID",
           "Contact": {"Name": "Marché Couvert"}, "Date": "2025-02-20T00:00:00", "DueDate": "2025-02-20T00:00:00",
           "SubTotal": 100.00, "TotalTax": 20.00, "Total": 120.00, "AmountDue": 0.00, "AmountPaid": 120.00,
           "CurrencyCode": "EUR"}
         ]}
        """#

    @Test func xeroInvoicesAndCreditNote() throws {
        let result = Self.importJSON(Self.xero)
        #expect(result.rejections == [])
        // The Xero records have no key naming the credited invoice, so the file gets one warning.
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "export.json"), reason: JSONRecordMessages.noOriginalInvoiceKey(credits: 1))])
        let documents = result.documents
        #expect(documents.map(\.number) == ["INV-0042", "CN-0007"])
        #expect(documents.map(\.kind) == [.invoice, .creditNote])
        #expect(documents.map(\.status) == [.issued, .paid])
        #expect(documents.map(\.issueDate) == [Self.date(2025, 2, 11), Self.date(2025, 2, 20)])
        #expect(documents.map(\.dueDate) == [Self.date(2025, 3, 13), Self.date(2025, 2, 20)])
        #expect(documents.map { $0.buyer?.name } == ["Marché Couvert", "Marché Couvert"])
        #expect(Self.amounts(documents[0]) == ["450.00", "90.00", "540.00", "540.00"])
        #expect(documents[0].payments == [])
        #expect(documents[1].payments.map(\.amount.description) == ["120.00"])
        #expect(documents[0].lines.map { [$0.description, $0.quantity?.description, $0.netPrice?.description, $0.netAmount?.description] } == [
            ["Étals", "3.0", "150.00", "450.00"]
        ])
        #expect(documents.map { $0.source.line } == [3, 11])
    }

    // MARK: Other shapes

    @Test func creditArraysGiveCreditNotes() {
        let quickBooks = Self.importJSON(
            #"{"QueryResponse": {"CreditMemo": [{"DocNumber": "CM-1", "TxnDate": "2025-04-03", "TotalAmt": 50.0, "CustomerRef": {"name": "Vélos Martin"}}]}}"#)
        #expect(quickBooks.rejections == [])
        #expect(quickBooks.documents.map(\.number) == ["CM-1"])
        #expect(quickBooks.documents.map(\.kind) == [.creditNote])
        #expect(quickBooks.documents.map(\.source.element) == ["QueryResponse.CreditMemo[0]"])
        let xero = Self.importJSON(
            #"{"CreditNotes": [{"CreditNoteNumber": "CN-0008", "Type": "ACCRECCREDIT", "Date": "2025-02-21T00:00:00", "Total": 60.00, "Status": "AUTHORISED"}]}"#)
        #expect(xero.rejections == [])
        #expect(xero.documents.map(\.number) == ["CN-0008"])
        #expect(xero.documents.map(\.kind) == [.creditNote])
        #expect(xero.documents.map(\.status) == [.issued])
    }

    /// Xero's SUBMITTED invoice awaits approval: it was never sent, so it is a draft, while an
    /// AUTHORISED one is issued.
    @Test func xeroSubmittedIsADraft() {
        let result = Self.importJSON(
            #"{"Invoices": [{"Type": "ACCREC", "InvoiceID": "a1", "InvoiceNumber": "INV-0201", "Status": "SUBMITTED", "Date": "2025-03-03T00:00:00", "Total": 120.00},"#
                + #"{"Type": "ACCREC", "InvoiceID": "a2", "InvoiceNumber": "INV-0202", "Status": "AUTHORISED", "Date": "2025-03-04T00:00:00", "Total": 60.00}]}"#)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.status) == [.draft, .issued])
        #expect(result.documents.map(\.isDraft) == [true, false])
    }

    @Test func singleInvoiceObject() {
        let result = Self.importJSON("\n" + #"{"invoice_number": "F-9", "date": "2025-01-01", "currency_amount": "12.00"}"#)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["F-9"])
        #expect(result.documents.map(\.source) == [SourceLocation(file: "export.json", line: 2)])
    }

    @Test func emptyInvoiceArrayWarns() {
        let result = Self.importJSON(#"{"invoices": [], "meta": {"total": 0}}"#)
        #expect(result.format == .jsonRecords)
        #expect(result.documents == [])
        #expect(result.rejections == [])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "export.json"), reason: JSONRecordMessages.noRecords)])
    }

    @Test func canonicalExportMatchesSchemaAndReadsBack() throws {
        let documents = Self.importJSON(Self.pennylane).documents + Self.importJSON(Self.odoo).documents
        let encoded = try CanonicalJSON.encode(documents)
        let validator = try JSONSchemaValidator(schemaAt: CanonicalSchemaTests.schemaPath)
        #expect(try validator.violations(of: Data(encoded)) == [])
        let readBack = try CanonicalJSON.decode(Array(encoded))
        #expect(readBack == documents)
        #expect(Set(readBack.map(\.sourceFormat)) == [.jsonRecords])
    }

    // MARK: Documentation

    @Test(arguments: ["json-records.md", "json-records.fr.md"])
    func documentationListsEveryLineKey(file: String) throws {
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appending(path: "docs/\(file)"), encoding: .utf8)
        for (field, keys) in JSONRecordKeys.lineFields {
            let row = "| `\(field.rawValue)` | \(keys.map { "`\($0)`" }.joined(separator: ", ")) |"
            #expect(text.contains(row), "missing row: \(row)")
        }
        for name in JSONRecordKeys.lineArrays + JSONRecordKeys.taxArrays + JSONRecordKeys.draftFlags + JSONRecordKeys.paidFlags
            + JSONRecordKeys.depositFlags
        {
            #expect(text.contains("`\(name)`"), "missing key: \(name)")
        }
    }
}
