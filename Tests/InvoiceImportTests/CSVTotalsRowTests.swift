import InvoiceModel
import Testing

@testable import InvoiceImport

/// Totals and subtotal rows of accounting and spreadsheet exports are skipped with one warning
/// per file naming their lines, never imported as invoices numbered `Total`.
@Suite struct CSVTotalsRowTests {
    @Test func totalsRowsBelowTwoExportsAreSkipped() {
        let text = """
            N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
            FA00101;05/01/2025;Boulangerie Martin;1 234,56;246,91;1 481,47
            FA00102;06/01/2025;Hôtel du Cerf;100,00;20,00;120,00
            Total;;;1 334,56;266,91;1 601,47
            FA00103;07/01/2025;Crèmerie Léa;50,00;5,50;55,50
            TOTAL GENERAL;;;1 384,56;272,41;1 656,97

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA00101", "FA00102", "FA00103"])
        #expect(result.rejections == [])
        let warning = CSVMessages.totalsRowsSkipped(lines: [4, 6])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 4), reason: warning)])
        #expect(
            warning.en
                == "2 totals rows skipped (lines 4, 6): a total adds up invoices and is not one; if one of these rows is an invoice, give it a number and a date")
        #expect(
            warning.fr
                == "2 lignes de total ignorées (lignes 4, 6) : un total additionne les factures, ce n'est pas une facture ; si l'une de ces lignes est une facture, donnez-lui un numéro et une date")
    }

    @Test func rowWithOnlyAmountsIsATotalsRow() {
        let text = """
            N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
            FA1;05/01/2025;A;100,00;20,00;120,00
            FA2;06/01/2025;B;100,00;20,00;120,00
            ;;;200,00;40,00;240,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA1", "FA2"])
        #expect(result.rejections == [])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [4])])
        #expect(result.warnings.map(\.reason.en).first?.hasPrefix("1 totals row skipped (line 4):") == true)
    }

    @Test func totalsRowOfALineLevelExportIsSkipped() {
        let text = """
            N° facture;Date;Client;Désignation;Quantité;Prix unitaire HT;Montant ligne HT;Taux TVA;Total HT;Total TVA;Total TTC
            FA-1;05/01/2025;Client A;Pose;2;50,00;100,00;20;150,00;30,00;180,00
            FA-1;05/01/2025;Client A;Déplacement;1;50,00;50,00;20;150,00;30,00;180,00
            FA-2;06/01/2025;Client B;Livre;3;10,00;30,00;5,5;30,00;1,65;31,65
            ;;;;;;;Total;180,00;31,65;211,65

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2"])
        #expect(result.documents.map(\.lines.count) == [2, 1])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [5])])
    }

    @Test func subtotalsInTheMiddleAreSkipped() {
        let text = """
            Invoice number,Date,Customer,Net,VAT,Total
            INV-1,2025-01-05,A,100.00,20.00,120.00
            Sub-total,,,100.00,20.00,120.00
            INV-2,2025-02-05,B,10.00,2.00,12.00
            Grand Total,,,110.00,22.00,132.00
            Sum,,,110.00,22.00,132.00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["INV-1", "INV-2"])
        #expect(result.rejections == [])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [3, 5, 6])])
    }

    @Test func invoicesThatOnlyLookLikeTotalsAreKept() {
        // A number that starts with a totals word, and a customer named Total on a row without
        // number but with a date, stay invoices for the rules to judge.
        let text = """
            N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC
            TOTAL-001;05/01/2025;A;100,00;20,00;120,00
            ;06/01/2025;Total;100,00;20,00;120,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["TOTAL-001", nil])
        #expect(result.documents.map(\.source.line) == [2, 3])
        #expect(result.warnings == [])
    }

    @Test func totalsLabelInTheCustomerColumnIsSkipped() {
        // The label of a hand-made sheet often sits in the customer column, next to the amounts.
        let text = """
            N° facture;Date;Client;Total TTC
            FA-2025-0001;05/01/2025;Dupont;120,00
            ;;Total;120,00
            FA-2025-0002;06/01/2025;Martin;240,00
            ;;TOTAL GENERAL;360,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-2025-0001", "FA-2025-0002"])
        #expect(result.rejections == [])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 3), reason: CSVMessages.totalsRowsSkipped(lines: [3, 5]))])
    }

    @Test func totalsLabelInAFirstCustomerColumnIsSkipped() {
        let text = """
            Client;N° facture;Date;Total TTC
            Dupont;FA-2025-0001;05/01/2025;120,00
            Total;;;120,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-2025-0001"])
        #expect(result.rejections == [])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [3])])
        #expect(result.warnings.map(\.location.line) == [3])
    }

    @Test func totalsOfAYearWithoutDateIsSkipped() {
        let text = """
            N° facture;Date;Client;Total TTC
            FA-2025-0001;05/01/2025;Dupont;120,00
            Total janvier;;;120,00
            TOTAL 2025;;;120,00
            TOTAL 2026;07/01/2026;Martin;60,00

            """
        let result = CSVTestSupport.importCSV(text)
        // With an issue date, `TOTAL 2026` stays an invoice for the rules to judge.
        #expect(result.documents.map(\.number) == ["FA-2025-0001", "TOTAL 2026"])
        #expect(result.rejections == [])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [3, 4])])
    }

    @Test func unlabelledRowAddingUpTheInvoicesAboveIsSkipped() {
        let text = """
            N° facture;Date;Client;Montant HT;Montant TVA;Montant TTC
            FA-1;05/01/2025;Dupont;100,00;20,00;120,00
            FA-2;06/01/2025;Martin;200,00;40,00;240,00
            ;;Dupont et Martin;300,00;60,00;360,00
            FA-3;07/01/2025;Léa;10,00;2,00;12,00
            FA-4;08/01/2025;Léa;10,00;2,00;12,00
            ;;Léa;20,00;4,00;24,00
            ;;Récapitulatif;320,00;64,00;384,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2", "FA-3", "FA-4"])
        #expect(result.rejections == [])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [4, 7, 8])])
    }

    @Test func rowWithoutNumberThatAddsUpNothingStays() {
        // One invoice above is no sum, and amounts that differ from every sum are an invoice.
        let text = """
            N° facture;Date;Client;Montant TTC
            FA-1;05/01/2025;Dupont;120,00
            ;;Dupont;120,00
            FA-2;06/01/2025;Martin;240,00
            ;;Martin;100,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-1", nil, "FA-2", nil])
        #expect(result.documents.map(\.source.line) == [2, 3, 4, 5])
        #expect(result.warnings == [])
    }

    @Test func lineLevelInvoiceCountsOnceInTheSum() {
        let text = """
            N° facture;Date;Client;Désignation;Montant ligne HT;Total TTC
            FA-1;05/01/2025;Dupont;Pose;50,00;120,00
            FA-1;05/01/2025;Dupont;Vis;50,00;120,00
            FA-2;06/01/2025;Martin;Livre;200,00;240,00
            ;;Dupont et Martin;;;360,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2"])
        #expect(result.documents.map(\.lines.count) == [2, 1])
        #expect(result.warnings.map(\.reason) == [CSVMessages.totalsRowsSkipped(lines: [5])])
    }

    @Test(arguments: [
        "Total", "TOTAL GENERAL", "Total général", "total  Général", "Sous-total", "SOUS TOTAL", "Sous-totaux", "Subtotal",
        "Sub-total", "SubTotal", "Grand total", "Somme", "Sum", "Totaux", "Totals", "Total janvier 2025", "Total :",
    ])
    func totalsWords(cell: String) {
        #expect(CSVTotalsRow.isTotalsWord(cell))
    }

    @Test(arguments: [("TOTAL 2025", true), ("Total  2025", true), ("Sous-total 2025", true), ("TOTAL-2025", false),
        ("TOTAL_001", false), ("Total janvier", false), ("FA 2025", false)])
    func totalsWordsAndYear(cell: String, expected: Bool) {
        #expect(CSVTotalsRow.isTotalsWordAndYear(cell) == expected)
    }

    @Test(arguments: ["TOTAL-001", "Total 2025", "FA-2025-001", "Totalement", "Summary", "Sumatra", "Grand", "S-1", ""])
    func notTotalsWords(cell: String) {
        #expect(!CSVTotalsRow.isTotalsWord(cell))
    }
}

/// Empty lines and lines of spaces or tabs between rows are counted in the blank rows warning,
/// as rows of empty cells are; empty lines after the last row are ignored.
@Suite struct CSVBlankLineTests {
    @Test func emptyLinesAndLinesOfSpacesAreCounted() {
        let text = "N° facture;Date facture;Client;Montant TTC\r\nFA1;05/01/2025;A;120,00\r\n   \r\n\t\r\n\r\n"
            + ";;;\r\nFA2;06/01/2025;A;120,00\r\n\r\n\r\n"
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA1", "FA2"])
        #expect(result.documents.map(\.source.line) == [2, 7])
        #expect(result.rejections == [])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv"), reason: CSVMessages.emptyRowsSkipped(4))])
        #expect(CSVMessages.emptyRowsSkipped(4).en == "4 rows without any value skipped")
    }

    @Test func emptyLinesAfterTheLastRowSayNothing() {
        let result = CSVTestSupport.importCSV("Number,Date,Total\nF1,2025-01-05,10.00\n\n \n")
        #expect(result.documents.map(\.number) == ["F1"])
        #expect(result.warnings == [])
    }

    @Test func emptyLineBeforeTheHeaderKeepsItsLineNumbers() {
        let result = CSVTestSupport.importCSV("\nNumber,Date,Total\nF1,2025-01-05,10.00\n")
        #expect(result.documents.map(\.source.line) == [3])
        #expect(result.warnings == [])
    }
}

/// Every row read is imported, rejected or skipped: the skipped count adds blank rows, totals
/// rows, repeated headers and estimates, so that read = imported + rejected + skipped.
@Suite struct CSVSkippedCountTests {
    @Test func skippedRowsAddUpWithTheImportedAndRejected() {
        let text = """
            Type;N° facture;Date facture;Client;Montant TTC
            Facture;FA1;05/01/2025;A;120,00

            Facture;FA2;06/01/2025;B;120,00
            ;Total;;;240,00
            Type;N° facture;Date facture;Client;Montant TTC
            Devis;D1;07/01/2025;C;60,00
            Facture;FA3;08/01/2025;C;abc


            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA1", "FA2"])
        #expect(result.rejections.map(\.location.line) == [8])
        #expect(result.skipped == 4)
        #expect(result.recordsRead == 7)
    }

    @Test func purchaseMoveOfAJSONListIsCountedAsSkipped() {
        let json = """
            [{"name": "INV/2025/0001", "move_type": "out_invoice", "invoice_date": "2025-01-05", "amount_total": 120.0},
             {"name": "BILL/2025/0001", "move_type": "in_invoice", "invoice_date": "2025-01-06", "amount_total": 50.0},
             {"name": "INV/2025/0002", "move_type": "out_invoice", "invoice_date": "2025-01-07", "amount_total": 60.0}]
            """
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "odoo.json", options: ImportOptions())
        #expect(result.format == .jsonRecords)
        #expect(result.documents.map(\.number) == ["INV/2025/0001", "INV/2025/0002"])
        #expect(result.rejections == [])
        #expect(result.skipped == 1)
        #expect(result.recordsRead == 3)
        #expect(result.summary.recordsRead == 3)
    }
}
