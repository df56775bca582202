import InvoiceModel
import Testing

@testable import InvoiceImport

/// A line-level file whose rows of one invoice are not next to each other: one warning names the
/// invoice and asks to sort the file.
@Suite struct CSVScatteredLinesTests {
    @Test func splitInvoiceIsNamedOnce() {
        let text = """
            N° facture;Date;Client;Désignation;Quantité;Prix unitaire HT;Montant ligne HT;Taux TVA
            FA-2025-0001;05/01/2025;Dupont;Conseil;1;100,00;100,00;20
            FA-2025-0002;06/01/2025;Martin;Conseil;1;100,00;100,00;20
            FA-2025-0001;05/01/2025;Dupont;Livre;1;10,00;10,00;5,5
            FA-2025-0002;06/01/2025;Martin;Livre;1;10,00;10,00;5,5

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-2025-0001", "FA-2025-0002", "FA-2025-0001", "FA-2025-0002"])
        let warning = CSVMessages.linesNotConsecutive(number: "FA-2025-0001", firstLine: 2, line: 4, others: 1)
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 4), reason: warning)])
        #expect(
            warning.en
                == "the lines of invoice 'FA-2025-0001' are not next to each other (lines 2 and 4) (and 1 other invoice): a line-level file is read invoice by invoice, so each run of lines becomes a document and the number looks used twice; sort the file by invoice number")
        #expect(
            warning.fr
                == "les lignes de la facture 'FA-2025-0001' ne se suivent pas (lignes 2 et 4) (et 1 autre facture) : un fichier de lignes se lit facture par facture, donc chaque groupe de lignes devient un document et le numéro paraît utilisé deux fois ; triez le fichier par numéro de facture")
        #expect(CSVMessages.linesNotConsecutive(number: "F", firstLine: 2, line: 9, others: 0).en.hasPrefix("the lines of invoice 'F' are not next to each other (lines 2 and 9): a line-level"))
    }

    @Test func reusedNumberWithAnotherDateSaysNothing() {
        // Another date makes another document: a reused number is for FR-NUM-02 to judge.
        let text = """
            N° facture;Date;Client;Désignation;Montant ligne HT
            FA-1;05/01/2025;Dupont;Conseil;100,00
            FA-2;06/01/2025;Martin;Conseil;100,00
            FA-1;07/01/2025;Dupont;Livre;10,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2", "FA-1"])
        #expect(result.warnings == [])
    }
}
