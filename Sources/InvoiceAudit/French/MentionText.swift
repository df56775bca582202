#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Searches free texts for legal mentions, ignoring case, accents, apostrophe and dash variants
/// and repeated spaces, so "Régime particulier – Biens d'occasion" matches however it was typed.
/// Hyphens and spaces inside a mention are optional too: "Auto-liquidation" and "auto liquidation"
/// match "autoliquidation" (see ``NormalisedText/containsJoined(_:)``).
///
/// Normalising and searching both take time linear in the text: a document's texts are
/// normalised once (``DocumentTexts``) and each search is a byte search of the normalised UTF-8.
enum MentionText {
    /// The text in lower case without accents, with one kind of apostrophe, dash and space.
    static func normalise(_ text: String) -> String {
        String(decoding: normalisedBytes(text), as: UTF8.self)
    }

    /// True when one of `texts` contains one of `fragments`, compared after ``normalise(_:)``.
    static func contains(_ texts: [String], anyOf fragments: MentionFragments) -> Bool {
        texts.contains { NormalisedText($0).contains(anyOf: fragments) }
    }

    /// True when one of the normalised `texts` contains one of `fragments`.
    static func contains(_ texts: some Sequence<NormalisedText>, anyOf fragments: MentionFragments) -> Bool {
        texts.contains { $0.contains(anyOf: fragments) }
    }

    /// Returns the UTF-8 bytes of ``normalise(_:)``.
    ///
    /// Works on whole `Character`s, as comparing strings does: an accent written as a combining
    /// mark after its letter is removed like the precomposed letter. An ASCII byte followed by
    /// another ASCII byte is a whole `Character` (except CR before LF), so that common case
    /// skips grapheme breaking.
    static func normalisedBytes(_ text: String) -> [UInt8] {
        var output = NormalisedBytes(capacity: text.utf8.count)
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var offset = 0
            while offset < bytes.count {
                let byte = bytes[offset]
                if byte < 0x80, byte != carriageReturn, offset + 1 == bytes.count || bytes[offset + 1] < 0x80 {
                    output.append(asciiMapping[Int(byte)])
                    offset += 1
                    continue
                }
                let index = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
                for lowered in text[index].lowercased() {
                    output.append(map(lowered))
                }
                offset = text.utf8.distance(from: text.utf8.startIndex, to: text.index(after: index))
            }
        }
        if scanned == nil {
            // A bridged string without contiguous UTF-8: the same mapping, one Character at a time.
            for character in text {
                for lowered in character.lowercased() { output.append(map(lowered)) }
            }
        }
        return output.bytes
    }

    private static let carriageReturn = UInt8(ascii: "\r")

    /// The normalised byte of each ASCII byte: lower case, one apostrophe, tab and line feeds as spaces.
    private static let asciiMapping: [UInt8] = (0..<128).map { code in
        switch UInt8(code) {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): UInt8(code) + 32
        case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): UInt8(ascii: " ")
        case UInt8(ascii: "`"): UInt8(ascii: "'")
        default: UInt8(code)
        }
    }

    /// Maps one lower-case `Character` to its accent-free, apostrophe, dash and space form.
    static func map(_ character: Character) -> Character {
        var scalars = character.unicodeScalars.makeIterator()
        if let scalar = scalars.next(), scalars.next() == nil {
            return mapScalar(scalar) ?? character
        }
        return mapComposed(character)
    }

    /// Maps a `Character` of one scalar by its code point, which is much faster than comparing
    /// `Character`s. U+1FEF and U+1FFD are listed because they are canonically equivalent to
    /// "`" and "´", so ``mapComposed(_:)`` maps them too.
    private static func mapScalar(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0xE0, 0xE2, 0xE4, 0xE1: "a"
        case 0xE9, 0xE8, 0xEA, 0xEB: "e"
        case 0xEE, 0xEF, 0xED: "i"
        case 0xF4, 0xF6, 0xF3: "o"
        case 0xF9, 0xFB, 0xFC, 0xFA: "u"
        case 0xE7: "c"
        case 0xFF: "y"
        case 0x2019, 0x2018, 0x60, 0xB4, 0x1FEF, 0x1FFD: "'"
        case 0x2013, 0x2014, 0x2010, 0x2011, 0x2012, 0x2212, 0xAD: "-"
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x202F, 0x2007, 0x2009: " "
        default: nil
        }
    }

    /// Maps a `Character` of several scalars, such as a letter and a combining accent, which
    /// `Character` comparison matches to the precomposed letter.
    static func mapComposed(_ character: Character) -> Character {
        switch character {
        case "à", "â", "ä", "á": "a"
        case "é", "è", "ê", "ë": "e"
        case "î", "ï", "í": "i"
        case "ô", "ö", "ó": "o"
        case "ù", "û", "ü", "ú": "u"
        case "ç": "c"
        case "ÿ": "y"
        case "’", "‘", "`", "´": "'"
        case "–", "—", "‐", "‑", "\u{2012}", "\u{2212}", "\u{AD}": "-"
        case " ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{202F}", "\u{2007}", "\u{2009}": " "
        default: character
        }
    }
}

/// The output of ``MentionText/normalisedBytes(_:)``, which folds each run of spaces into one.
private struct NormalisedBytes {
    var bytes: [UInt8] = []
    private var lastWasSpace = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ byte: UInt8) {
        if byte == UInt8(ascii: " ") {
            if lastWasSpace { return }
            lastWasSpace = true
        } else {
            lastWasSpace = false
        }
        bytes.append(byte)
    }

    mutating func append(_ character: Character) {
        if character.isASCII, let byte = character.asciiValue {
            append(byte)
            return
        }
        lastWasSpace = false
        bytes.append(contentsOf: character.utf8)
    }
}

/// Fragments of a legal mention, normalised once by ``MentionText/normalise(_:)``.
struct MentionFragments: Sendable, ExpressibleByArrayLiteral {
    /// Each fragment's normalised UTF-8 bytes.
    let normalised: [[UInt8]]
    /// Each fragment's normalised bytes without spaces and hyphens, searched when the fragment
    /// itself is not found; empty for a fragment shorter than ``NormalisedText/joinedMinimum``
    /// ("ecb", "km"), which joined words would match by chance.
    let joined: [[UInt8]]

    init(_ fragments: [String]) {
        normalised = fragments.map(MentionText.normalisedBytes).filter { !$0.isEmpty }
        joined = normalised.map { bytes in
            let letters = bytes.filter { !NormalisedText.isSeparator($0) }
            return letters.count >= NormalisedText.joinedMinimum ? letters : []
        }
    }

    init(arrayLiteral fragments: String...) {
        self.init(fragments)
    }
}

/// One free text and its form after ``MentionText/normalise(_:)``, searched for fragments
/// without normalising it again.
struct NormalisedText: Sendable {
    /// The text as the document wrote it.
    let original: String
    /// The text after ``MentionText/normalise(_:)``.
    let normalised: String

    init(_ text: String) {
        original = text
        normalised = MentionText.normalise(text)
    }

    /// True when the normalised text contains one of `fragments` as whole `Character`s.
    func contains(anyOf fragments: MentionFragments) -> Bool {
        fragments.normalised.contains { contains($0) } || fragments.joined.contains { containsJoined($0) }
    }

    /// True when the normalised text contains `fragment`, starting and ending on `Character`
    /// boundaries: "capital" is not found in "capita" followed by "l" and a combining accent.
    func contains(_ fragment: [UInt8]) -> Bool {
        let found = normalised.utf8.withContiguousStorageIfAvailable { haystack in
            fragment.withUnsafeBufferPointer { needle in
                Self.firstBoundedMatch(of: needle, in: haystack) { isCharacterBoundary(utf8Offset: $0, in: haystack) }
            }
        }
        if let found { return found }
        return Array(normalised.utf8).withUnsafeBufferPointer { haystack in
            fragment.withUnsafeBufferPointer { needle in
                Self.firstBoundedMatch(of: needle, in: haystack) { isCharacterBoundary(utf8Offset: $0, in: haystack) }
            }
        }
    }

    /// True when `needle` occurs in `haystack` at an offset where `isBoundary` is true at both ends.
    private static func firstBoundedMatch(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, isBoundary: (Int) -> Bool
    ) -> Bool {
        guard let needleBase = needle.baseAddress, let base = haystack.baseAddress, !needle.isEmpty else {
            return needle.isEmpty
        }
        // memchr finds each candidate first byte and memcmp compares the rest, so the work per
        // byte of text is at most the needle's length, and fragments are short.
        let first = Int32(needle[0])
        var start = 0
        while haystack.count - start >= needle.count {
            let window = haystack.count - start - needle.count + 1
            guard let candidate = memchr(base + start, first, window) else { return false }
            let offset = UnsafePointer(candidate.assumingMemoryBound(to: UInt8.self)) - base
            if memcmp(base + offset, needleBase, needle.count) == 0, isBoundary(offset), isBoundary(offset + needle.count) {
                return true
            }
            start = offset + 1
        }
        return false
    }

    /// True when `offset` starts a `Character` of the normalised text. Two ASCII bytes always
    /// have a boundary between them, because normalising leaves no carriage return.
    private func isCharacterBoundary(utf8Offset offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if offset == 0 || offset == bytes.count { return true }
        if bytes[offset] < 0x80 && bytes[offset - 1] < 0x80 { return true }
        let index = normalised.utf8.index(normalised.utf8.startIndex, offsetBy: offset)
        return index.samePosition(in: normalised) != nil
    }
}
