import InvoiceModel

/// Messages about columns an import leaves unread although they may hold amounts.
extension CSVMessages {
    /// `3 (C) 'Totl HT', 6 (F) 'TVA 20 %'`.
    private static func columnList(_ columns: [(index: Int, header: String)]) -> String {
        columns.map { "\($0.index + 1) (\(spreadsheetLetters($0.index))) '\($0.header)'" }.joined(separator: ", ")
    }

    /// Columns whose header looks like an amount but names no field the import reads.
    static func amountColumnsNotRead(_ columns: [(index: Int, header: String)]) -> LocalizedText {
        let list = columnList(columns)
        let header = columns.first?.header ?? ""
        let example = "\"\(CSVUnreadColumns.likelyField(header).rawValue)\": \"\(header)\""
        if columns.count == 1 {
            return LocalizedText(
                fr: "colonne \(list) non lue : son en-tête ressemble à un montant mais ne nomme aucun champ connu ; si elle porte un total de la facture, renommez l'en-tête (`Total HT`, `Total TVA`, `Total TTC`) ou nommez-la dans un fichier de correspondance, par exemple {\"columns\": {\(example)}}",
                en: "column \(list) not read: its header looks like an amount but names no known field; if it holds an invoice total, rename the header (`Total HT`, `Total TVA`, `Total TTC`) or name it in a mapping file, for example {\"columns\": {\(example)}}")
        }
        return LocalizedText(
            fr: "\(columns.count) colonnes non lues (\(list)) : leurs en-têtes ressemblent à des montants mais ne nomment aucun champ connu ; si l'une porte un total de la facture, renommez son en-tête (`Total HT`, `Total TVA`, `Total TTC`) ou nommez-la dans un fichier de correspondance, par exemple {\"columns\": {\(example)}}",
            en: "\(columns.count) columns not read (\(list)): their headers look like amounts but name no known field; if one holds an invoice total, rename its header (`Total HT`, `Total TVA`, `Total TTC`) or name it in a mapping file, for example {\"columns\": {\(example)}}")
    }

    /// A column holding values under an empty header, first filled at `line`.
    static func valuesUnderEmptyHeader(index: Int, line: Int) -> LocalizedText {
        let column = "\(index + 1) (\(spreadsheetLetters(index)))"
        return LocalizedText(
            fr: "la colonne \(column) a des valeurs (dès la ligne \(line)) mais pas d'en-tête : elle n'est pas lue ; donnez-lui un en-tête, par exemple `Total TTC` si elle porte le total de la facture (un en-tête fusionné sur deux colonnes ne nomme que la première)",
            en: "column \(column) has values (from line \(line)) but no header: it is not read; give it a header, for example `Total TTC` if it holds the invoice total (a header merged over two columns names only the first)")
    }
}
