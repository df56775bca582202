/// Finds the columns whose header looks like an amount (`Totl HT`, `TVA 20 %`, `Base HT 5,5 %`)
/// but names no known field. The import names them in a warning, so that a declared total is not
/// dropped silently.
enum CSVUnreadColumns {
    /// Words of a normalised header that mark a money column.
    private static let amountWords: Set<String> = [
        "ht", "ttc", "tva", "vat", "tax", "taxe", "taxes", "montant", "total", "totl", "totaux", "net", "amount", "base",
        "hors", "payer", "du", "somme", "sum", "subtotal", "gross", "brut",
    ]
    /// Words of a normalised header that mark a column of something other than an amount.
    private static let otherWords: Set<String> = [
        "date", "taux", "rate", "type", "pct", "numero", "number", "num", "no", "n", "id", "code", "mode", "statut", "status",
        "intracommunautaire", "siren", "siret", "compte", "account", "devise", "currency", "regime", "exoneration",
        "motif", "reason", "libelle", "label", "nom", "name",
    ]

    /// The 0-based indexes of the columns whose header looks like an amount and that no field
    /// reads, leaving out the columns `ignored` names (another column fills their field).
    static func amountLike(_ layout: ColumnLayout, ignored: [IgnoredColumn]) -> [Int] {
        let read = Set(layout.columns.values).union(ignored.map(\.index))
        return layout.headers.indices.filter { index in
            guard !read.contains(index) else { return false }
            let words = CSVColumnRecognition.normalise(layout.headers[index]).split(separator: " ").map(String.init)
            return words.contains(where: amountWords.contains) && !words.contains(where: otherWords.contains)
                || isPerRateVAT(words)
        }
    }

    /// Returns the total a header most likely names, for the mapping example of the warning:
    /// `TTC` the total with VAT, `TVA` the VAT, `HT` the total without VAT.
    static func likelyField(_ header: String) -> CSVField {
        let words = CSVColumnRecognition.normalise(header).split(separator: " ")
        if words.contains("ttc") { return .grossTotal }
        if words.contains(where: { $0 == "tva" || $0 == "vat" || $0 == "tax" || $0 == "taxe" }) { return .vatTotal }
        if words.contains(where: { $0 == "ht" || $0 == "hors" || $0 == "net" || $0 == "base" }) { return .netTotal }
        return .grossTotal
    }

    /// True for a per-rate VAT or base column (`TVA 20 %`, `Base HT 5,5 %`), which has `pct`.
    private static func isPerRateVAT(_ words: [String]) -> Bool {
        words.last == "pct" && words.contains { $0 == "tva" || $0 == "vat" || $0 == "ht" || $0 == "base" }
            && !words.contains { $0 == "taux" || $0 == "rate" }
    }
}
