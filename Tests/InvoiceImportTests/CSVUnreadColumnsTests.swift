import InvoiceModel
import Testing

@testable import InvoiceImport

/// Amount columns spelt the French way (`Total T.T.C.`, `Net à payer`) are read, and columns that
/// look like amounts but stay unread, or hold values under an empty header, are named in a warning.
@Suite struct CSVUnreadColumnsTests {
    @Test func dottedAbbreviationsAndAmountDueAreRead() {
        let text = """
            N° facture;Date;Totl HT;Montant TVA;Total T.T.C.;Net à payer
            FA-2025-0001;05/01/2025;100,00;20,00;999,00;999,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.columns.map(\.field) == ["number", "issueDate", "vatTotal", "grossTotal", "amountDue"])
        #expect(result.documents.first?.totals.taxInclusive == CSVTestSupport.amount("999.00"))
        #expect(result.documents.first?.totals.payable == CSVTestSupport.amount("999.00"))
        let warning = CSVMessages.amountColumnsNotRead([(2, "Totl HT")])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 1, element: "Totl HT"), reason: warning)])
        #expect(
            warning.en
                == "column 3 (C) 'Totl HT' not read: its header looks like an amount but names no known field; if it holds an invoice total, rename the header (`Total HT`, `Total TVA`, `Total TTC`) or name it in a mapping file, for example {\"columns\": {\"netTotal\": \"Totl HT\"}}")
        #expect(
            warning.fr
                == "colonne 3 (C) 'Totl HT' non lue : son en-tête ressemble à un montant mais ne nomme aucun champ connu ; si elle porte un total de la facture, renommez l'en-tête (`Total HT`, `Total TVA`, `Total TTC`) ou nommez-la dans un fichier de correspondance, par exemple {\"columns\": {\"netTotal\": \"Totl HT\"}}")
    }

    @Test(arguments: [
        ("Montant H.T.", CSVField.netTotal), ("Total H.T.", .netTotal), ("Base HT", .netTotal), ("T.V.A.", .vatTotal),
        ("Montant T.T.C.", .grossTotal), ("Total T.T.C.", .grossTotal), ("Net à payer", .amountDue), ("Total à payer", .amountDue),
        ("Total hors taxes", .netTotal), ("Montant toutes taxes comprises", .grossTotal),
    ])
    func commonSpellingsAreRecognised(header: String, field: CSVField) {
        #expect(CSVColumnRecognition.field(forHeader: header) == field)
    }

    @Test(arguments: [("Totl HT", CSVField.netTotal), ("TVA 20 %", .vatTotal), ("Montant T T C", .grossTotal), ("Somme", .grossTotal)])
    func mappingExampleNamesLikelyField(header: String, field: CSVField) {
        #expect(CSVUnreadColumns.likelyField(header) == field)
    }

    @Test func singleLettersAreJoinedOnlyInRuns() {
        #expect(CSVColumnRecognition.normalise("Total T.T.C.") == "total ttc")
        #expect(CSVColumnRecognition.normalise("N° facture") == "n facture")
        #expect(CSVColumnRecognition.normalise("Net à payer") == "net a payer")
    }

    @Test func perRateColumnsAreNamedAndNotAdded() {
        let text = """
            N° facture;Date;Client;Base HT 20 %;TVA 20 %;Base HT 5,5 %;TVA 5,5 %;Total TTC
            FA-2025-0001;05/01/2025;Dupont;100,00;20,00;100,00;5,50;225,50
            FA-2025-0002;06/01/2025;Dupont;100,00;20,00;0,00;0,00;999,00

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.rejections == [])
        #expect(result.documents.map(\.totals.vat) == [nil, nil])
        let warning = CSVMessages.amountColumnsNotRead([(3, "Base HT 20 %"), (4, "TVA 20 %"), (5, "Base HT 5,5 %"), (6, "TVA 5,5 %")])
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 1, element: "Base HT 20 %"), reason: warning)])
        #expect(
            warning.en.hasPrefix(
                "4 columns not read (4 (D) 'Base HT 20 %', 5 (E) 'TVA 20 %', 6 (F) 'Base HT 5,5 %', 7 (G) 'TVA 5,5 %'): their headers look like amounts"))
        #expect(
            warning.fr.hasPrefix(
                "4 colonnes non lues (4 (D) 'Base HT 20 %', 5 (E) 'TVA 20 %', 6 (F) 'Base HT 5,5 %', 7 (G) 'TVA 5,5 %') : leurs en-têtes ressemblent à des montants"))
    }

    @Test func otherUnreadColumnsSayNothing() {
        let text = """
            N° facture;Date;Total TTC;Taux TVA;Commercial;Mode de paiement;Date de paiement;
            FA-1;05/01/2025;120,00;20;Léa;Virement;06/02/2025;

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-1"])
        #expect(result.warnings == [])
    }

    @Test func valuesUnderAnEmptyHeaderAreNamed() {
        let text = """
            N° facture;Date;;Total TTC;
            FA-1;05/01/2025;;120,00;
            FA-2;06/01/2025;999,00;120,00;

            """
        let result = CSVTestSupport.importCSV(text)
        #expect(result.documents.map(\.number) == ["FA-1", "FA-2"])
        let warning = CSVMessages.valuesUnderEmptyHeader(index: 2, line: 3)
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "test.csv", line: 3), reason: warning)])
        #expect(
            warning.en
                == "column 3 (C) has values (from line 3) but no header: it is not read; give it a header, for example `Total TTC` if it holds the invoice total (a header merged over two columns names only the first)")
        #expect(
            warning.fr
                == "la colonne 3 (C) a des valeurs (dès la ligne 3) mais pas d'en-tête : elle n'est pas lue ; donnez-lui un en-tête, par exemple `Total TTC` si elle porte le total de la facture (un en-tête fusionné sur deux colonnes ne nomme que la première)")
    }
}
