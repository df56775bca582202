import InvoiceModel

extension RuleCatalogue {
    /// Returns the rule id nearest to a mistyped one, for a "did you mean" hint, or `nil`.
    ///
    /// An id whose number is written with another number of digits (`FR-NUM-3`, `FR-NUM-003`)
    /// names the rule with that number. Otherwise the nearest id by edit distance (``Suggestion``)
    /// is the guess, so `FR-FCE-05` gives `FR-FEC-05`.
    public static func closestID(to id: String) -> String? {
        let ids = all.map(\.id)
        if let renumbered = sameNumber(as: id, among: ids) { return renumbered }
        return Suggestion.closest(to: id, among: ids)
    }

    /// Returns ` (did you mean 'FR-NUM-03'?)` for a mistyped rule id, or an empty text.
    public static func hint(for id: String) -> LocalizedText {
        guard let guess = closestID(to: id) else { return LocalizedText(fr: "", en: "") }
        return LocalizedText(fr: " (vouliez-vous dire '\(guess)' ?)", en: " (did you mean '\(guess)'?)")
    }

    /// Finds the one id with the same prefix and number, ignoring case and leading zeros.
    private static func sameNumber(as id: String, among ids: [String]) -> String? {
        func split(_ text: String) -> (prefix: String, number: Int)? {
            guard let dash = text.lastIndex(of: "-") else { return nil }
            let digits = text[text.index(after: dash)...]
            guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits) else {
                return nil
            }
            return (text[..<dash].uppercased(), number)
        }
        guard let wanted = split(id.trimmingSpaces) else { return nil }
        let matches = ids.filter { candidate in
            guard let parts = split(candidate) else { return false }
            return parts.prefix == wanted.prefix && parts.number == wanted.number
        }
        return matches.count == 1 ? matches[0] : nil
    }
}
