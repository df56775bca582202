import InvoiceModel

/// Texts for an element that the syntax allows once and the file writes several times.
enum XMLCardinalityMessages {
    /// Returns the rejection, because which occurrence is meant cannot be known.
    static func rejected(_ path: String, _ written: [(line: Int, value: String?)], authority: LocalizedText) -> LocalizedText {
        let (fr, en) = occurrences(path, written)
        return LocalizedText(
            fr: "\(fr) : \(authority.fr) ne l'autorise qu'une fois et une plateforme de réception refuse le fichier ; impossible de savoir lequel vaut pour la facture, gardez le bon seul et exportez la facture de nouveau",
            en: "\(en): \(authority.en) allows it once and a receiving platform rejects the file; which one is meant cannot be known, keep only the right one and export the invoice again")
    }

    /// Returns the warning that only the first occurrence is read.
    static func firstRead(_ path: String, _ written: [(line: Int, value: String?)], authority: LocalizedText) -> LocalizedText {
        let (fr, en) = occurrences(path, written)
        return LocalizedText(
            fr: "\(fr) : \(authority.fr) ne l'autorise qu'une fois et une plateforme de réception peut refuser le fichier ; seul le premier est lu, gardez-en un seul et exportez la facture de nouveau",
            en: "\(en): \(authority.en) allows it once and a receiving platform may reject the file; only the first one is read, keep one and export the invoice again")
    }

    /// Returns "element '/Invoice/ID' written 2 times, line 5 ('A') and line 6 ('B')" in both languages.
    private static func occurrences(_ path: String, _ written: [(line: Int, value: String?)]) -> (fr: String, en: String) {
        func list(_ line: String, _ empty: String, _ and: String) -> String {
            let items = written.map { occurrence in
                let value = occurrence.value.map { $0.isEmpty ? " (\(empty))" : " ('\($0)')" } ?? ""
                return "\(line) \(occurrence.line)\(value)"
            }
            return items.dropLast().joined(separator: ", ") + " \(and) " + (items.last ?? "")
        }
        return (
            "élément '\(path)' écrit \(written.count) fois, \(list("ligne", "vide", "et"))",
            "element '\(path)' written \(written.count) times, \(list("line", "empty", "and"))"
        )
    }
}
