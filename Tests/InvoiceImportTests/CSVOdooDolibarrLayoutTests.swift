import InvoiceModel
import Testing

@testable import InvoiceImport

/// Odoo's and Dolibarr's export layouts: a payment state beside the status, draft placeholders,
/// reversals and Dolibarr's numeric codes, read only in Dolibarr's own columns.
@Suite struct CSVOdooDolibarrLayoutTests {
    typealias Support = CSVTestSupport

    @Test func odooEnglishExportLabels() {
        let csv = """
            Number,Invoice/Bill Date,Due Date,Partner,Type,Status,Payment Status,Untaxed Amount,Tax,Total,Amount Due,Reversal of,Currency
            INV/2024/00007,2024-04-02,2024-05-02,Rivage SARL,Customer Invoice,Posted,Paid,100.00,20.00,120.00,0.00,,EUR
            INV/2024/00008,2024-04-05,2024-05-05,Ferme Houx,Customer Invoice,Posted,Partially Paid,50.00,10.00,60.00,20.00,,EUR
            RINV/2024/00001,2024-04-09,2024-04-09,Rivage SARL,Customer Credit Note,Posted,Not Paid,-100.00,-20.00,-120.00,-120.00,INV/2024/00007,EUR
            INV/2024/00009,2024-04-10,2024-05-10,Ferme Houx,Customer Invoice,Posted,Reversed,40.00,8.00,48.00,0.00,,EUR
            /,2024-04-11,2024-05-11,Ferme Houx,Customer Invoice,Draft,Not Paid,10.00,2.00,12.00,12.00,,EUR

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["INV/2024/00007", "INV/2024/00008", "RINV/2024/00001", "INV/2024/00009", nil])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice, .creditNote, .invoice, .invoice])
        #expect(result.documents.map(\.status) == [.paid, .partiallyPaid, .issued, .issued, .draft])
        #expect(result.documents.map(\.isDraft) == [false, false, false, false, true])
        #expect(result.documents.map(\.issueDate) == [
            Support.date(2024, 4, 2), Support.date(2024, 4, 5), Support.date(2024, 4, 9), Support.date(2024, 4, 10),
            Support.date(2024, 4, 11),
        ])
        #expect(result.documents.map { $0.totals.taxExclusive?.description } == ["100.00", "50.00", "-100.00", "40.00", "10.00"])
        #expect(result.documents.map { $0.buyer?.name } == ["Rivage SARL", "Ferme Houx", "Rivage SARL", "Ferme Houx", "Ferme Houx"])
        #expect(result.documents[2].precedingInvoices.map(\.number) == ["INV/2024/00007"])
    }

    @Test func odooStateWithPaymentState() {
        let csv = """
            name,move_type,state,payment_state,invoice_date,amount_total,amount_residual
            INV/2024/00011,out_invoice,posted,paid,2024-06-01,120.00,0.00
            INV/2024/00012,out_invoice,posted,in_payment,2024-06-02,60.00,0.00
            INV/2024/00013,out_invoice,cancel,not_paid,2024-06-03,30.00,30.00
            INV/2024/00014,out_invoice,posted,invoicing_legacy,2024-06-04,10.00,0.00

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.status) == [.paid, .partiallyPaid, .cancelled, .issued])
    }

    @Test func unknownPaymentStateWarns() {
        let result = Support.importCSV("Number,state,payment_state\nINV/1,posted,blocked\nINV/2,posted,blocked\n")
        #expect(result.documents.map(\.status) == [.issued, .issued])
        #expect(
            result.warnings.map(\.reason.en) == [
                "unknown status 'blocked' in column 'payment_state', left empty: add it under \"values\" › \"status\" in the mapping file"
            ])
        #expect(result.warnings.map(\.location.element) == ["payment_state"])
    }

    @Test func dolibarrPaidFlagMeansPaid() {
        let csv = """
            f.ref;f.type;f.fk_statut;f.paye;f.total_ttc;f.fk_facture_source
            FA2404-0001;0;1;1;120,00;
            FA2404-0002;0;1;0;60,00;
            AV2404-0001;2;1;0;-60,00;FA2404-0002

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.status) == [.paid, .issued, .issued])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice, .creditNote])
    }

    @Test(arguments: [
        ("0", DocumentKind.invoice), ("1", .corrective), ("2", .creditNote), ("3", .deposit), ("5", .invoice),
    ])
    func dolibarrTypeCodes(code: String, kind: DocumentKind) {
        let result = Support.importCSV("f.ref;f.type\nFA1;\(code)\n")
        #expect(result.documents.map(\.kind) == [kind])
        #expect(result.documents.map(\.typeCode) == [code])
    }

    /// Type 5 is Dolibarr's situation invoice: it is a progress invoice even without another
    /// progress column, grouped by its order when the export has one. Type 0 stays a plain invoice.
    @Test func dolibarrSituationIsAProgressInvoice() {
        let csv = """
            f.ref;f.type;f.total_ttc;N° commande
            FA2404-0001;5;3000,00;CO2404-0007
            FA2404-0002;5;2000,00;
            FA2404-0003;0;120,00;CO2404-0008

            """
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice, .invoice])
        #expect(result.documents.map(\.progress) == [ProgressBilling(orderReference: "CO2404-0007"), ProgressBilling(), nil])
        #expect(result.documents.map(\.references.purchaseOrder) == ["CO2404-0007", nil, "CO2404-0008"])
    }

    /// A `5` in another tool's type column is no situation code; a situation label is, in CSV and JSON records.
    @Test func situationLabelIsAProgressInvoice() {
        let result = Support.importCSV("Number;Type;Total;Order number\nS1;Facture de situation;10,00;BC-1\nS2;Progress invoice;10,00;BC-1\n")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice])
        #expect(result.documents.map(\.progress?.orderReference) == ["BC-1", "BC-1"])
    }

    @Test func otherTypeColumnDigitsRejected() {
        let result = Support.importCSV("Number;Type;Total\nA1;2;10,00\nA2;Avoir;-10,00\n")
        #expect(result.documents.map(\.number) == ["A2"])
        #expect(result.documents.map(\.kind) == [.creditNote])
        #expect(
            result.rejections.map(\.reason.en) == [
                "unknown document type '2' in column 'Type': expected Invoice, Credit note, Deposit, Corrective, Self-billed or a UNTDID 1001 code such as 380, otherwise add it under \"values\" › \"type\" in the mapping file"
            ])
        #expect(result.rejections.map(\.location.line) == [2])
    }
}
