import InvoiceModel

/// Invoice numbers that differ only by case, dashes or invisible characters, as `fa-2025-0004`,
/// `FA‑2025‑0006` (U+2011 non-breaking hyphens) or `FA-2025-0007` followed by a zero-width space.
///
/// Such numbers are kept as written, since they may be other numbers, but a gap finding names
/// them, and reports show their look-alike characters as `\u{HEX}` escapes.
public enum LookAlikeNumbers {
    /// Returns true for the dashes that look like `-`: U+2010 to U+2015 and the minus sign U+2212.
    public static func isDash(_ scalar: Unicode.Scalar) -> Bool {
        (0x2010...0x2015).contains(scalar.value) || scalar.value == 0x2212
    }

    /// Returns true for the characters that show nothing: zero-width space, non-joiner and
    /// joiner (U+200B to U+200D), word joiner (U+2060) and zero-width no-break space (U+FEFF).
    public static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        (0x200B...0x200D).contains(scalar.value) || scalar.value == 0x2060 || scalar.value == 0xFEFF
    }

    /// Returns `number` in lower case, with its dashes as `-` and without invisible characters.
    public static func folded(_ number: String) -> String {
        var out = ""
        for scalar in number.unicodeScalars where !isInvisible(scalar) {
            out.unicodeScalars.append(isDash(scalar) ? "-" : scalar)
        }
        return out.lowercased().trimmingSpaces
    }

    /// Rewrites invisible characters, and the look-alike dashes when `dashes` is set, as `\u{HEX}`.
    public static func visible(_ text: String, dashes: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isInvisible($0) || (dashes && isDash($0)) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isInvisible(scalar) || (dashes && isDash(scalar)) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The documents of each seller by folded number, the first one for each.
    struct Index {
        private var bySeller: [PartyKey: [String: LedgerEntry]] = [:]

        init(_ ledger: Ledger) {
            for entry in ledger.entries {
                guard let number = entry.number else { continue }
                let key = LookAlikeNumbers.folded(number)
                if bySeller[entry.seller]?[key] == nil { bySeller[entry.seller, default: [:]][key] = entry }
            }
        }

        /// Returns the document of `seller` whose number looks like `missing` without being it.
        func lookAlike(of missing: String, seller: PartyKey) -> LedgerEntry? {
            guard let entry = bySeller[seller]?[LookAlikeNumbers.folded(missing)], entry.number != missing else { return nil }
            return entry
        }
    }
}
