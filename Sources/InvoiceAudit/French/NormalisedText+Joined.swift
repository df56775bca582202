/// Finds a mention whose words the text splits or joins differently: "auto-liquidation",
/// "auto liquidation" and "autoliquidation" are the same mention, and so are "franchise en base"
/// and "franchise-en-base".
extension NormalisedText {
    /// The shortest fragment, without its spaces and hyphens, searched that way.
    static let joinedMinimum = 4

    /// True for the normalised space and hyphen, which ``containsJoined(_:)`` skips.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-")
    }

    /// True when the normalised text contains `letters` (a fragment without its spaces and
    /// hyphens) starting at the beginning of a word, with any spaces or hyphens between them, and
    /// ending on a `Character` boundary. Starting at a word keeps "avec b" from matching a
    /// fragment "ecb" that joined words would spell.
    func containsJoined(_ letters: [UInt8]) -> Bool {
        if let found = normalised.utf8.withContiguousStorageIfAvailable({ containsJoined(letters, in: $0) }) {
            return found
        }
        return Array(normalised.utf8).withUnsafeBufferPointer { containsJoined(letters, in: $0) }
    }

    private func containsJoined(_ letters: [UInt8], in utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = letters.first else { return false }
        var start = 0
        while let candidate = utf8[start...].firstIndex(of: first) {
            start = candidate + 1
            guard candidate == 0 || Self.endsWord(utf8[candidate - 1]) else { continue }
            var index = candidate
            var matched = 0
            while matched < letters.count, index < utf8.count {
                if utf8[index] == letters[matched] {
                    matched += 1
                } else if matched == 0 || !Self.isSeparator(utf8[index]) {
                    break
                }
                index += 1
            }
            if matched == letters.count, isBoundary(utf8Offset: index) { return true }
        }
        return false
    }

    /// True when `byte` cannot be inside a word: ASCII other than a letter or digit.
    private static func endsWord(_ byte: UInt8) -> Bool {
        guard byte < 0x80 else { return false }
        let scalar = Unicode.Scalar(byte)
        return !(("a"..."z").contains(scalar) || ("0"..."9").contains(scalar))
    }

    /// True when `offset` in the normalised UTF-8 starts a `Character` or ends the text.
    private func isBoundary(utf8Offset offset: Int) -> Bool {
        let utf8 = normalised.utf8
        guard offset < utf8.count else { return true }
        return utf8.index(utf8.startIndex, offsetBy: offset).samePosition(in: normalised) != nil
    }
}
