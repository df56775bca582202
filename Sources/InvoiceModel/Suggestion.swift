/// The closest known word to a mistyped command name, option name, option value, configuration
/// key or rule id. Every "did you mean" of the tool comes from here, so each kind of typo gets the
/// same help.
public enum Suggestion {
    /// Returns the candidate nearest to `word` by edit distance, ignoring case, when it is at most
    /// 2 edits away (1 for words of up to 4 characters) and no other candidate is as near.
    ///
    /// Failing that, the one candidate that has `word` as one of its hyphenated parts is the guess,
    /// so `json` gives `canonical-json` and `lines` gives `lines-csv`.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = word.count <= 4 ? 1 : 2
        let lowered = word.lowercased()
        let scored = candidates.map { (candidate: $0, distance: distance(lowered, $0.lowercased())) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit {
            return scored.filter({ $0.distance == best.distance }).count == 1 ? best.candidate : nil
        }
        let core = lowered.drop { $0 == "-" }
        guard !core.isEmpty else { return nil }
        let containing = candidates.filter { candidate in
            let parts = candidate.lowercased().split(separator: "-")
            return parts.count > 1 && parts.contains(core)
        }
        return containing.count == 1 ? containing[0] : nil
    }

    /// Computes the edit distance between two words: insertions, deletions, substitutions and
    /// swaps of two neighbouring characters (`jsno` is one edit from `json`) each count one.
    public static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var beforePrevious: [Int] = []
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            beforePrevious = previous
            previous = current
        }
        return previous[b.count]
    }

    /// Returns ` (did you mean 'guess'?)` for the candidate nearest to `word`, or an empty text
    /// when none is near, to insert before the colon of a usage error.
    public static func hint(for word: String, among candidates: [String]) -> LocalizedText {
        guard let guess = closest(to: word, among: candidates) else { return LocalizedText(fr: "", en: "") }
        return LocalizedText(fr: " (vouliez-vous dire '\(guess)' ?)", en: " (did you mean '\(guess)'?)")
    }
}
