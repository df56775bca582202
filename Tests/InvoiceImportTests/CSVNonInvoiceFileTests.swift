import InvoiceModel
import Testing

@testable import InvoiceImport

/// Exports that are not invoice lists (an accounting ledger, a payments table) get one rejection
/// saying what they are, instead of a document per row and a wall of findings.
@Suite struct CSVNonInvoiceFileTests {
    typealias Support = CSVTestSupport

    @Test func waveLedgerIsRejectedWhole() throws {
        let csv = """
            Transaction ID,Transaction Date,Account Name,Transaction Description,Amount (One column), ,\
            Debit Amount (Two Column Approach),Credit Amount (Two Column Approach),Customer,Invoice Number,\
            Amount Before Sales Tax,Sales Tax Amount
            5501,2024-03-04,Sales,Atelier Sorbier - 7,120.00,,,120.00,Atelier Sorbier,7,120.00,
            5501,2024-03-04,Accounts Receivable,Atelier Sorbier - 7,120.00,,120.00,,Atelier Sorbier,7,120.00,
            5502,2024-03-09,Accounts Receivable,Invoice Payment,-120.00,,,120.00,Atelier Sorbier,7,-120.00,

            """
        let result = Support.importCSV(csv)
        #expect(result.documents == [])
        #expect(result.recordsRead == 1)
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 1))
        #expect(
            rejection.reason.en
                == "this file is a ledger of accounting transactions (columns 'Debit Amount (Two Column Approach)' and 'Credit Amount (Two Column Approach)' per 'Account Name'), not an invoice list: export the tool's invoice list instead, or a FEC for the entries")
        #expect(
            rejection.reason.fr
                == "ce fichier est un journal de transactions comptables (colonnes 'Debit Amount (Two Column Approach)' et 'Credit Amount (Two Column Approach)' par 'Account Name'), pas une liste de factures : exportez la liste des factures de l'outil, ou un FEC pour les écritures")
    }

    @Test func frenchLedgerColumnsAreRecognised() {
        let result = Support.importCSV("N° pièce;Date;Compte;Libellé;Débit;Crédit\nF-1;02/01/2025;411000;Vente;120,00;\n")
        #expect(result.documents == [])
        #expect(
            result.rejections.map(\.reason.en) == [
                "this file is a ledger of accounting transactions (columns 'Débit' and 'Crédit' per 'Compte'), not an invoice list: export the tool's invoice list instead, or a FEC for the entries"
            ])
    }

    @Test func invoiceNinjaPaymentsSectionIsRejected() throws {
        let csv = """
            "Invoice Ninja v4.5.17 - March 9, 2024 10:02 am",,,
            ,,,
            Payments,,,
            Client,Invoice Number,Amount,Date
            Atelier Sorbier,7,$120.00 ,3/19/2024
            Ferme Houx,8,$60.00 ,3/21/2024

            """
        let result = Support.importCSV(csv)
        #expect(result.documents == [])
        #expect(result.warnings == [])
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.location.line == 4)
        #expect(
            rejection.reason.en
                == "this file is a payments export ('Payments'), not an invoice list: export the tool's invoice list instead, which may carry the amount paid and the payment date as columns")
        #expect(
            rejection.reason.fr
                == "ce fichier est un export de paiements ('Payments'), pas une liste de factures : exportez la liste des factures de l'outil, qui peut porter le montant payé et la date de paiement en colonnes")
    }

    @Test func akauntingPaymentsWithoutInvoiceDates() {
        let csv = """
            "account_id","paid_at","amount","currency_code","customer_id","payment_method","reference","deleted_at"
            "2","2024-03-19","120.0000","EUR","4","offlinepayment.bank_transfer.2","VIR-7",NULL

            """
        let result = Support.importCSV(csv)
        #expect(result.documents == [])
        #expect(
            result.rejections.map(\.reason.en) == [
                "this file is a payments export ('paid_at'), not an invoice list: export the tool's invoice list instead, which may carry the amount paid and the payment date as columns"
            ])
    }

    @Test func paymentMethodColumnAloneMarksPayments() {
        let result = Support.importCSV("Référence;Montant;Mode de règlement\nVIR-1;120,00;Virement\n")
        #expect(result.documents == [])
        #expect(
            result.rejections.map(\.reason.en) == [
                "this file is a payments export ('Mode de règlement'), not an invoice list: export the tool's invoice list instead, which may carry the amount paid and the payment date as columns"
            ])
    }

    @Test func invoiceListWithPaymentColumnsIsImported() {
        let csv = "N° facture;Date facture;Total TTC;Date de paiement;Mode de règlement;Avoir sur\nF-1;02/01/2025;120,00;09/01/2025;Virement;\n"
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["F-1"])
    }

    @Test func refundedCreditNoteWithoutDateIsImported() {
        let result = Support.importCSV("Number;Type;Montant remboursé;Date de paiement\nAV1;Avoir;25,00;2025-03-02\n")
        #expect(result.rejections == [])
        #expect(result.documents.map(\.kind) == [.creditNote])
    }

    @Test func creditNoteColumnIsNotALedgerCredit() {
        let csv = "Invoice number;Invoice date;Account manager;Debit memo;Credit note;Total\nA1;2025-01-02;Léa;;;10.00\n"
        let result = Support.importCSV(csv)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["A1"])
    }
}
