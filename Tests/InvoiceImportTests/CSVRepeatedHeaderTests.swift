import InvoiceModel
import Testing

@testable import InvoiceImport

/// A header row repeated inside a file (two exports joined with `cat`) is read as a header: the
/// rows below it are read with its columns, with one warning naming its line.
@Suite struct CSVRepeatedHeaderTests {
    @Test func rowsBelowAReorderedHeaderAreReadWithItsColumns() throws {
        let text = """
            N° facture;Date facture;Échéance;Client;Montant HT;Montant TVA;Montant TTC
            FA-2024-0001;05/12/2024;04/01/2025;A;100,00;20,00;120,00
            N° facture;Échéance;Date facture;Client;Montant HT;Montant TVA;Montant TTC
            FA-2025-0001;04/02/2025;05/01/2025;B;100,00;20,00;120,00
            FA-2025-0002;05/02/2025;06/01/2025;C;100,00;20,00;120,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA-2024-0001", "FA-2025-0001", "FA-2025-0002"])
        #expect(result.documents.map(\.issueDate) == [CSVTestSupport.date(2024, 12, 5), CSVTestSupport.date(2025, 1, 5), CSVTestSupport.date(2025, 1, 6)])
        #expect(result.documents.map(\.dueDate) == [CSVTestSupport.date(2025, 1, 4), CSVTestSupport.date(2025, 2, 4), CSVTestSupport.date(2025, 2, 5)])
        #expect(result.documents.map(\.source.line) == [2, 4, 5])
        let warning = CSVMessages.headerRepeated(line: 3)
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 3), reason: warning)])
        #expect(warning.en == "header repeated at line 3, likely two exports joined together: the rows below it are read with its columns")
        #expect(warning.fr == "en-tête répété à la ligne 3, sans doute deux exports mis bout à bout : les lignes suivantes sont lues avec ses colonnes")
    }

    @Test func headerRepeatedWithAByteOrderMarkIsAHeader() {
        let text = "\u{FEFF}N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC;Statut\r\n"
            + "FA-2025-001;05/01/2025;Client A;100,00;20,00;120,00;Payée\r\n"
            + "FA-2025-002;06/01/2025;Client B;100,00;20,00;120,00;Émise\r\n"
            + "\u{FEFF}N° facture;Date facture;Client;Montant HT;Montant TVA;Montant TTC;Statut\r\n"
            + "FA-2025-003;05/02/2025;Client C;100,00;20,00;120,00;Émise\r\n"
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["FA-2025-001", "FA-2025-002", "FA-2025-003"])
        #expect(result.recordsRead == 4)
        #expect(result.skipped == 1)
        #expect(result.warnings.map(\.reason) == [CSVMessages.headerRepeated(line: 4)])
        #expect(result.documents.map(\.totals.taxInclusive) == Array(repeating: CSVTestSupport.amount("120.00"), count: 3))
    }

    @Test func lineLevelInvoiceEndsAtARepeatedHeader() {
        let text = """
            Invoice number,Date,Description,Quantity,Unit price,Total
            INV-1,2025-01-05,Cable,1,10.00,30.00
            INV-1,2025-01-05,Plug,2,10.00,30.00
            Date,Invoice number,Description,Quantity,Unit price,Total
            2025-01-05,INV-1,Screw,5,1.00,5.00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.number) == ["INV-1", "INV-1"])
        #expect(result.documents.map { $0.lines.map(\.description) } == [["Cable", "Plug"], ["Screw"]])
        #expect(result.warnings.map(\.reason) == [CSVMessages.headerRepeated(line: 4)])
    }

    @Test func decimalCommaBelowAReorderedHeaderIsFound() {
        // The only decimal comma stands in a column that the second header moved.
        let text = """
            Numéro;Date;Montant TTC;Client
            F1;05/01/2025;120;A
            Numéro;Client;Date;Montant TTC
            F2;B;06/01/2025;12,50

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.totals.taxInclusive) == [CSVTestSupport.amount("120"), CSVTestSupport.amount("12.50")])
        #expect(result.documents.map { $0.buyer?.name } == ["A", "B"])
    }
}
