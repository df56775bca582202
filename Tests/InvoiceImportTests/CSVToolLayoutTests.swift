import InvoiceModel
import Testing

@testable import InvoiceImport

/// Invoice lists in the column layouts of real invoicing tools (the header names are the tools';
/// the rows are invented): the right columns, kinds and statuses must come out without a mapping.
@Suite struct CSVToolLayoutTests {
    typealias Support = CSVTestSupport

    @Test func freshBooksLineSubtotalIsNet() {
        let csv = """
            Client Name,Invoice #,Date Issued,Invoice Status,Date Paid,Item Name,Item Description,Rate,Quantity,\
            Discount Percentage,Line Subtotal,Tax 1 Type,Tax 1 Amount,Tax 2 Type,Tax 2 Amount,Line Total,Currency
            Atelier Sorbier,0000041,2024-03-04,paid,2024-03-20,Pruning,Orchard pruning,40.00,3.00000000,0.0000,120.00,\
            TVA,24.00,,0.00,144.00,EUR
            Atelier Sorbier,0000041,2024-03-04,paid,2024-03-20,Mulch,Bark mulch,12.50,2.00000000,0.0000,25.00,TVA,5.00,,0.00,30.00,EUR
            Ferme Houx,0000042,2024-03-06,sent,,Survey,Soil survey,90.00,1.00000000,0.0000,90.00,TVA,18.00,,0.00,108.00,EUR

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["0000041", "0000042"])
        #expect(result.documents.map(\.status) == [.paid, .issued])
        #expect(result.documents.map(\.currency) == ["EUR", "EUR"])
        #expect(result.documents[0].lines.map { $0.netAmount?.description } == ["120.00", "25.00"])
        #expect(result.documents[0].lines.map { $0.netPrice?.description } == ["40.00", "12.50"])
        #expect(result.documents[1].lines.map { $0.netAmount?.description } == ["90.00"])
        #expect(
            result.warnings.map(\.reason.en) == [
                "column 7 (G) 'Item Description' ignored: column 6 (F) 'Item Name' already fills field 'lineDescription' and is the one read; to read column 7 instead, name it in a mapping file: {\"columns\": {\"lineDescription\": \"Item Description\"}}",
                "column 16 (P) 'Line Total' ignored: column 11 (K) 'Line Subtotal' already fills field 'lineNetAmount' and is the one read; to read column 16 instead, name it in a mapping file: {\"columns\": {\"lineNetAmount\": \"Line Total\"}}",
                "2 columns not read (13 (M) 'Tax 1 Amount', 15 (O) 'Tax 2 Amount'): their headers look like amounts but name no known field; if one holds an invoice total, rename its header (`Total HT`, `Total TVA`, `Total TTC`) or name it in a mapping file, for example {\"columns\": {\"vatTotal\": \"Tax 1 Amount\"}}",
            ])
    }

    @Test func zohoItemRowsFormOneInvoice() {
        let csv = """
            Invoice Date,Invoice ID,Invoice Number,Invoice Status,Customer Name,Due Date,Currency Code,Exchange Rate,\
            Item Name,Item Desc,Quantity,Item Price,Item Total,SubTotal,Total,Balance,Adjustment,Round Off
            2024-05-02,7730001,INV-000101,Sent,Les Tilleuls,2024-06-01,EUR,1.00,Audit,Site audit,2.00,300.00,600.00,\
            650.00,780.00,780.00,0.00,0.00
            2024-05-02,7730001,INV-000101,Sent,Les Tilleuls,2024-06-01,EUR,1.00,Travel,Travel costs,1.00,50.00,50.00,\
            650.00,780.00,780.00,0.00,0.00
            2024-05-09,7730002,INV-000102,PartiallyPaid,Rivage SARL,2024-06-08,EUR,1.00,Audit,Follow-up,1.00,300.00,300.00,\
            300.00,360.00,160.00,0.00,0.00
            2024-05-11,7730003,INV-000103,Viewed,Rivage SARL,2024-06-10,EUR,1.00,Audit,Review,1.00,100.00,100.00,\
            100.00,120.00,120.00,0.00,0.00

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["INV-000101", "INV-000102", "INV-000103"])
        #expect(result.documents.map(\.status) == [.issued, .partiallyPaid, .issued])
        #expect(result.documents.map { $0.totals.taxExclusive?.description } == ["650.00", "300.00", "100.00"])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["780.00", "360.00", "120.00"])
        #expect(result.documents.map { $0.totals.payable?.description } == ["780.00", "160.00", "120.00"])
        #expect(result.documents[0].lines.map { $0.netAmount?.description } == ["600.00", "50.00"])
        #expect(result.documents[0].dueDate == Support.date(2024, 6, 1))
    }

    @Test func invoicelyDetailsIsTheNumber() {
        let csv = """
            "Date","Due","Details","Client","Status","Total"
            "Mar 4 2024","Apr 3 2024","INV-12","Atelier Sorbier","Due","1,440.00"
            "Mar 9 2024","Apr 8 2024","INV-13","Ferme Houx","Paid","96.00"

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["INV-12", "INV-13"])
        #expect(result.documents.map(\.issueDate) == [Support.date(2024, 3, 4), Support.date(2024, 3, 9)])
        #expect(result.documents.map(\.dueDate) == [Support.date(2024, 4, 3), Support.date(2024, 4, 8)])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["1440.00", "96.00"])
        #expect(result.documents.map(\.status) == [.issued, .paid])
    }

    @Test func detailsYieldsToNumberColumn() {
        let result = Support.importCSV("Invoice number;Details;Total\nF-7;Pruning;12,00\n")
        #expect(result.documents.map(\.number) == ["F-7"])
        #expect(result.warnings.map(\.reason.en) == [
                "column 2 (B) 'Details' ignored: column 1 (A) 'Invoice number' already fills field 'number' and is the one read; to read column 2 instead, name it in a mapping file: {\"columns\": {\"number\": \"Details\"}}"
            ])
    }

    @Test func invoice2GoDocumentStatusWins() {
        let csv = """
            Id,AccountId,State,DocumentDate,DocumentNumber,Name,DocumentStatus,CurrencyCode,TotalAmount,BalanceDueAmount,\
            AmountPaidAmount,SubtotalAmount
            k1,90,synced,2024-02-01,31,Rivage SARL,sent,EUR,240,240,0,200
            k2,90,synced,2024-02-02,32,Ferme Houx,unsent,EUR,60,60,0,50

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["31", "32"])
        #expect(result.documents.map(\.status) == [.issued, .issued])
        #expect(result.documents.map { $0.totals.taxExclusive?.description } == ["200", "50"])
        #expect(result.warnings.map(\.reason.en) == [
                "column 3 (C) 'State' ignored: column 7 (G) 'DocumentStatus' already fills field 'status' and is the one read; to read column 3 instead, name it in a mapping file: {\"columns\": {\"status\": \"State\"}}"
            ])
    }

    @Test func invoice2GoNestedTaxTableIsSummed() {
        // Taxes, Items and TotalTaxAmount hold tables of their own: records split by ';', fields by ','.
        let rows = [
            "DocumentDate,DocumentNumber,DocumentStatus,Taxes,Items,CurrencyCode,TotalAmount,BalanceDueAmount,SubtotalAmount,TotalTaxAmount",
            #"2024-02-01,51,sent,"name,rates;TVA,""is_default,value;true,20""","code,description,qty,unit_price;,Pruning,3,40;,Mulch,2,5.5",EUR,149.1,149.1,131,"sub_total,total,rate;120,24,20;11,1.1,10""#,
            #"2024-02-03,52,paid,"name,rates;TVA,""is_default,value;true,20""","code,description,qty,unit_price;,Survey,1,90",EUR,108,0,90,"sub_total,total,rate;90,18,20""#,
        ]
        let csv = "\u{FEFF}" + rows.joined(separator: "\n") + "\n"
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["51", "52"])
        #expect(result.documents.map { $0.totals.vat?.description } == ["25.1", "18"])
        #expect(result.documents.map { $0.totals.taxExclusive?.description } == ["131", "90"])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["149.1", "108"])
        #expect(result.documents.map { $0.totals.payable?.description } == ["149.1", "0"])
        #expect(result.documents.map(\.status) == [.issued, .paid])
    }

    @Test func nestedTableWithoutTotalIsUnreadable() {
        let result = Support.importCSV("Number;Tax amount\nA1;\"rate,tax_id;20,k1\"\n")
        #expect(result.documents == [])
        #expect(
            result.rejections.map(\.reason.en) == [
                "unreadable amount 'rate,tax_id;20,k1' in column 'Tax amount': expected a number such as 1 250,00 or 1250.00"
            ])
    }

    @Test func akauntingStatusAndTaxNumber() {
        let csv = """
            "invoice_number","order_number","invoice_status_code","invoiced_at","due_at","amount","currency_code",\
            "customer_name","customer_tax_number","deleted_at"
            "INV-00031","","sent","2024-01-10","2024-01-24","120.0000","EUR","Rivage SARL","FR32123456789",NULL
            "INV-00032","","paid","2024-01-12","2024-01-26","60.0000","EUR","Ferme Houx","",NULL

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.status) == [.issued, .paid])
        #expect(result.documents.map { $0.buyer?.vatID } == ["FR32123456789", nil])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["120.0000", "60.0000"])
        #expect(
            result.columns == [
                RecognisedColumn(field: "number", header: "invoice_number"),
                RecognisedColumn(field: "orderReference", header: "order_number"),
                RecognisedColumn(field: "status", header: "invoice_status_code"),
                RecognisedColumn(field: "issueDate", header: "invoiced_at"),
                RecognisedColumn(field: "dueDate", header: "due_at"),
                RecognisedColumn(field: "grossTotal", header: "amount"),
                RecognisedColumn(field: "currency", header: "currency_code"),
                RecognisedColumn(field: "buyerName", header: "customer_name"),
                RecognisedColumn(field: "buyerVatId", header: "customer_tax_number"),
            ])
    }
}
