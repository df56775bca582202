import InvoiceModel

/// The French and English messages of the workbook importer that are not about the archive.
enum XLSXMessages {
    static func noCells(sheets: [String]) -> LocalizedText {
        LocalizedText(
            fr: "classeur vide : aucune feuille (\(quoted(sheets))) ne contient de cellule, exportez les factures avec leur ligne d'en-tête",
            en: "empty workbook: no sheet (\(quoted(sheets))) holds a cell, export the invoices with their header row")
    }

    static func noInvoiceSheet(sheets: [String]) -> LocalizedText {
        LocalizedText(
            fr: "aucune feuille du classeur n'est une liste de factures (feuilles \(quoted(sheets))) : chaque feuille doit avoir une ligne d'en-tête avec une colonne de numéro de facture, ou indiquez les colonnes dans un fichier de correspondance (--mapping) ; le motif de chaque feuille suit",
            en: "no sheet of the workbook is an invoice list (sheets \(quoted(sheets))): a sheet needs a header row with an invoice number column, or name the columns in a mapping file (--mapping); each sheet's reason follows")
    }

    static func sheetNotImported(_ sheet: String, reason: LocalizedText) -> LocalizedText {
        LocalizedText(
            fr: "feuille '\(sheet)' non importée : \(reason.fr)",
            en: "sheet '\(sheet)' not imported: \(reason.en)")
    }

    /// Returns why a sheet with a number column but no date or amount column is left out.
    static func numberColumnOnly(_ header: String) -> LocalizedText {
        LocalizedText(
            fr: "elle a une colonne de numéro ('\(header)') mais ni date ni montant, c'est sans doute une liste de clients ou d'articles ; si elle contient des factures, ajoutez une colonne de date ou de montant, ou nommez les colonnes dans un fichier de correspondance (--mapping)",
            en: "it has a number column ('\(header)') but no date or amount column, so it is likely a list of customers or products; if it contains invoices, add a date or amount column, or name the columns in a mapping file (--mapping)")
    }

    static func hiddenSheets(_ sheets: [String]) -> LocalizedText {
        let count = sheets.count
        return LocalizedText(
            fr: count == 1
                ? "feuille masquée '\(sheets[0])' non importée : affichez-la dans Excel si elle contient des factures à vérifier"
                : "\(count) feuilles masquées non importées (\(quoted(sheets))) : affichez-les dans Excel si elles contiennent des factures à vérifier",
            en: count == 1
                ? "hidden sheet '\(sheets[0])' not imported: unhide it in Excel if it contains invoices to check"
                : "\(count) hidden sheets not imported (\(quoted(sheets))): unhide them in Excel if they contain invoices to check")
    }

    /// Names up to five cells, then how many more.
    static func uncomputedFormulas(_ cells: [String]) -> LocalizedText {
        let shown = cells.prefix(5).joined(separator: ", ")
        let more = cells.count - min(cells.count, 5)
        let advice = (fr: "ouvrez et enregistrez le classeur dans Excel, puis importez-le de nouveau",
                      en: "open and save the workbook in Excel, then import it again")
        if cells.count == 1 {
            return LocalizedText(
                fr: "la cellule \(shown) contient une formule jamais calculée, lue comme vide : \(advice.fr)",
                en: "cell \(shown) contains a formula that was never computed, read as empty: \(advice.en)")
        }
        return LocalizedText(
            fr: "\(cells.count) cellules contiennent des formules jamais calculées, lues comme vides (\(shown)\(more > 0 ? " et \(more) autres" : "")) : \(advice.fr)",
            en: "\(cells.count) cells contain formulas that were never computed, read as empty (\(shown)\(more > 0 ? " and \(more) more" : "")): \(advice.en)")
    }

    static func severalSheets(_ sheets: [String]) -> LocalizedText {
        LocalizedText(
            fr: "\(sheets.count) feuilles importées (\(quoted(sheets))) : si deux d'entre elles donnent les mêmes factures (les factures et leurs lignes), supprimez l'une des deux ou exportez la bonne en CSV",
            en: "\(sheets.count) sheets imported (\(quoted(sheets))): if two of them give the same invoices (the invoices and their lines), delete one of them or export the right one as CSV")
    }

    private static func quoted(_ names: [String]) -> String {
        names.map { "'\($0)'" }.joined(separator: ", ")
    }
}
