import InvoiceModel

/// Reads the yearly late-payment penalty rate of a mention, such as `10 %`, `10,5%` or
/// `1,5 % par mois`, leaving out early-payment discount rates.
enum PenaltyRateText {
    /// One percentage of a mention, converted to a yearly rate.
    struct Rate {
        let yearly: Amount
        /// True when a penalty or late-payment word sits in the same clause, before or after it.
        let nextToPenaltyWord: Bool
    }

    /// Words that mark a percentage as the penalty rate.
    static let penaltyWords: MentionFragments = [
        "penalite", "retard", "interet", "late", "penalty", "penalties", "interest",
    ]
    /// Words that mark a percentage as an early-payment discount, never a penalty rate.
    static let discountWords: MentionFragments = [
        "escompte", "remise", "paiement anticipe", "discount", "early payment",
    ]
    /// Words that make a percentage monthly, multiplied by 12 to a yearly rate.
    static let monthlyWords: MentionFragments = [
        "par mois", "/mois", "/ mois", "mensuel", "mensuelle", "per month", "a month", "/month", "monthly",
    ]

    /// Returns the yearly rate that `texts` state: the first percentage next to a penalty word,
    /// otherwise the first one that is not a discount rate, or `nil`.
    static func yearlyRate(in texts: [String]) -> Amount? {
        let rates = texts.flatMap(rates(in:))
        return (rates.first { $0.nextToPenaltyWord } ?? rates.first)?.yearly
    }

    /// Returns the percentages of `text` that are not discount rates, in order.
    static func rates(in text: String) -> [Rate] {
        var rates: [Rate] = []
        for clause in clauses(of: text) {
            let utf8 = Array(clause.utf8)
            let found = percentages(in: utf8)
            for (index, match) in found.enumerated() {
                let beforeStart = index == 0 ? 0 : found[index - 1].end
                let afterEnd = index + 1 < found.count ? found[index + 1].start : utf8.count
                let before = NormalisedText(String(decoding: utf8[beforeStart..<match.start], as: UTF8.self))
                let after = NormalisedText(String(decoding: utf8[match.end..<afterEnd], as: UTF8.self))
                let penaltyBefore = before.contains(anyOf: penaltyWords)
                let discount =
                    before.contains(anyOf: discountWords) || (!penaltyBefore && after.contains(anyOf: discountWords))
                if discount { continue }
                let yearly = after.contains(anyOf: monthlyWords) ? match.value * Amount(12) : match.value
                rates.append(Rate(yearly: yearly, nextToPenaltyWord: penaltyBefore || after.contains(anyOf: penaltyWords)))
            }
        }
        return rates
    }

    /// Splits `text` at semicolons, line breaks, and commas or full stops followed by a space, so
    /// that "1,5 %" stays whole while "escompte 2 %, pénalités 10 %" gives two clauses.
    static func clauses(of text: String) -> [String] {
        var clauses: [String] = []
        var current = ""
        let characters = Array(text)
        for (index, character) in characters.enumerated() {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            let ends = character == ";" || character.isNewline || ((character == "," || character == ".") && next.isWhitespace)
            if ends {
                clauses.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        clauses.append(current)
        return clauses
    }

    /// Returns each percentage of `utf8` with the byte offsets where its digits start and where
    /// its `%` sign ends. Scans the bytes once, so a note of many megabytes costs no more than
    /// reading it.
    static func percentages(in utf8: [UInt8]) -> [(value: Amount, start: Int, end: Int)] {
        var found: [(value: Amount, start: Int, end: Int)] = []
        for index in utf8.indices where utf8[index] == UInt8(ascii: "%") {
            var end = index
            while let spaceLength = spaceBefore(end, in: utf8) { end -= spaceLength }
            var start = end
            while start > 0 && (isDigit(utf8[start - 1]) || utf8[start - 1] == UInt8(ascii: ",") || utf8[start - 1] == UInt8(ascii: ".")) {
                start -= 1
            }
            guard start < end else { continue }
            let digits = utf8[start..<end].map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }
            if let value = Amount(parsing: String(decoding: digits, as: UTF8.self)) {
                found.append((value, start, index + 1))
            }
        }
        return found
    }

    /// The length in bytes of the space, no-break space (U+00A0) or narrow no-break space
    /// (U+202F) that ends just before `end`, or `nil`.
    private static func spaceBefore(_ end: Int, in utf8: [UInt8]) -> Int? {
        if end >= 1 && utf8[end - 1] == UInt8(ascii: " ") { return 1 }
        if end >= 2 && utf8[(end - 2)..<end].elementsEqual([0xC2, 0xA0]) { return 2 }
        if end >= 3 && utf8[(end - 3)..<end].elementsEqual([0xE2, 0x80, 0xAF]) { return 3 }
        return nil
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}

extension PenaltyRateText {
    /// Returns the yearly penalty rate that `text` states, as ``yearlyRate(in:)`` reads it.
    static func percentage(_ text: String) -> Amount? {
        yearlyRate(in: [text])
    }
}
