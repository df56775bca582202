/// The closest known word to a mistyped command or option name.
enum Suggestion {
    /// Returns the candidate nearest to `word` by edit distance, when it is at most 2 edits away
    /// (1 for words of up to 4 characters) and no other candidate is as near.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let limit = word.count <= 4 ? 1 : 2
        let scored = candidates.map { (candidate: $0, distance: distance(word, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= limit else { return nil }
        guard scored.filter({ $0.distance == best.distance }).count == 1 else { return nil }
        return best.candidate
    }

    /// Computes the Levenshtein distance: insertions, deletions and substitutions of one character.
    static func distance(_ first: String, _ second: String) -> Int {
        let a = Array(first)
        let b = Array(second)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
