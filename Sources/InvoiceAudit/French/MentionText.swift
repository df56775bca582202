/// Searches free texts for legal mentions, ignoring case, accents, apostrophe and dash variants
/// and repeated spaces, so "Régime particulier – Biens d'occasion" matches however it was typed.
enum MentionText {
    /// The text in lower case without accents, with one kind of apostrophe, dash and space.
    static func normalise(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var lastWasSpace = false
        for character in text.lowercased() {
            let mapped: Character
            switch character {
            case "à", "â", "ä", "á": mapped = "a"
            case "é", "è", "ê", "ë": mapped = "e"
            case "î", "ï", "í": mapped = "i"
            case "ô", "ö", "ó": mapped = "o"
            case "ù", "û", "ü", "ú": mapped = "u"
            case "ç": mapped = "c"
            case "ÿ": mapped = "y"
            case "’", "‘", "`", "´": mapped = "'"
            case "–", "—", "‐", "‑": mapped = "-"
            case " ", "\t", "\n", "\r", "\u{A0}", "\u{202F}": mapped = " "
            default: mapped = character
            }
            if mapped == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            result.append(mapped)
        }
        return result
    }

    /// True when one of `texts` contains one of `fragments`, compared after ``normalise(_:)``.
    static func contains(_ texts: [String], anyOf fragments: [String]) -> Bool {
        let normalisedFragments = fragments.map(normalise)
        return texts.contains { text in
            let normalised = normalise(text)
            return normalisedFragments.contains { normalised.contains($0) }
        }
    }
}
