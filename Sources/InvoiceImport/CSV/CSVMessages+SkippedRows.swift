import InvoiceModel

/// Messages about rows an import skips on purpose: totals rows, repeated headers, blank rows.
extension CSVMessages {
    /// `6, 10`, or the first ten lines followed by how many more.
    static func lineList(_ lines: [Int]) -> (fr: String, en: String) {
        let shown = lines.prefix(10).map(String.init).joined(separator: ", ")
        let more = lines.count - min(lines.count, 10)
        guard more > 0 else { return (shown, shown) }
        return ("\(shown) et \(more) autres", "\(shown) and \(more) more")
    }

    static func totalsRowsSkipped(lines: [Int]) -> LocalizedText {
        let list = lineList(lines)
        let wordFR = lines.count == 1 ? "ligne" : "lignes"
        let wordEN = lines.count == 1 ? "line" : "lines"
        return LocalizedText(
            fr: "\(LocalizedText.countFR(lines.count, "ligne de total ignorée", "lignes de total ignorées")) (\(wordFR) \(list.fr)) : un total additionne les factures, ce n'est pas une facture ; si l'une de ces lignes est une facture, donnez-lui un numéro et une date",
            en: "\(LocalizedText.countEN(lines.count, "totals row", "totals rows")) skipped (\(wordEN) \(list.en)): a total adds up invoices and is not one; if one of these rows is an invoice, give it a number and a date")
    }
}

extension CSVMessages {
    static func headerRepeated(line: Int) -> LocalizedText {
        LocalizedText(
            fr: "en-tête répété à la ligne \(line), sans doute deux exports mis bout à bout : les lignes suivantes sont lues avec ses colonnes",
            en: "header repeated at line \(line), likely two exports joined together: the rows below it are read with its columns")
    }
}

extension CSVMessages {
    static let pointsMayGroupThousands = LocalizedText(
        fr: "tous les montants ont trois chiffres après un point ('10.000') : si ce point sépare les milliers, les montants sont lus 1 000 fois trop petits ; dans ce cas, déclarez la virgule décimale dans un fichier de correspondance, {\"decimalSeparator\": \",\"}, qui fait lire '10.000' comme 10 000",
        en: "every amount has three digits after a point ('10.000'): if that point separates thousands, amounts are read 1,000 times too small; then declare a decimal comma in a mapping file, {\"decimalSeparator\": \",\"}, which reads '10.000' as 10000")
}
