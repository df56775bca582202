/// The VAT categories of a part without VAT, as an accounting label names them in French or
/// English. The FEC export writes ``label(_:)`` after `TVA 0 %`, and the FEC import finds the
/// category back from ``words``, because a FEC has no column for it.
public enum ZeroRateCategory {
    /// The words that name each category, lowercase, without accents, with spaces for hyphens.
    /// The most specific category comes first: an intra-EU supply is also exempt, so K is found
    /// before E.
    public static let words: [(category: String, words: [String])] = [
        ("AE", ["autoliquidation", "auto liquidation", "reverse charge"]),
        ("K", ["intracommunautaire", "intracom", "intra ue", "intra eu", "262 ter"]),
        ("G", ["exportation", "export", "hors ue", "outside the eu"]),
        ("O", ["hors champ", "non soumis", "outside the scope", "not subject"]),
        ("Z", ["taux zero", "zero rate", "zero rated"]),
        ("E", ["exoneration", "exonere", "exempt", "franchise", "293 b"]),
    ]

    /// Returns the French words the FEC export writes after `TVA 0 %` for `category`, or `nil`
    /// for a category that has VAT (S, L, M) or an unknown one.
    public static func label(_ category: String?) -> String? {
        switch category?.trimmingSpaces.uppercased() {
        case "AE": "autoliquidation"
        case "K": "livraison intracommunautaire"
        case "G": "exportation"
        case "O": "hors champ"
        case "Z": "taux zéro"
        case "E": "exonération"
        default: nil
        }
    }
}
