import InvoiceModel

/// A numbering format written as data: literal text, date parts and one counter, such as
/// `FA-{yyyy}-{counter:4}` or `{yy}{mm}-{counter}`.
///
/// Tokens are `{yyyy}` (four-digit year), `{yy}` (two-digit year, 2000 to 2099), `{mm}` (month),
/// `{counter}` (any number of digits) and `{counter:N}` (at least N digits, zero-padded). Any
/// other text is literal and must appear as written.
public struct NumberPattern: Sendable, Hashable, CustomStringConvertible {
    enum Token: Sendable, Hashable {
        case literal(Character)
        case year4
        case year2
        case month
        case counter(width: Int?)
    }

    /// The pattern as written.
    public let description: String
    let tokens: [Token]

    /// Why a pattern could not be read.
    public struct SyntaxError: Error, Sendable, Hashable {
        public let message: LocalizedText
    }

    /// The digit counts `{counter:N}` accepts.
    static let counterWidths = 1...18

    public init(parsing text: String) throws(SyntaxError) {
        var tokens: [Token] = []
        var characters = Array(text)[...]
        while let character = characters.popFirst() {
            guard character == "{" else {
                tokens.append(.literal(character))
                continue
            }
            guard let close = characters.firstIndex(of: "}") else {
                throw SyntaxError(
                    message: LocalizedText(
                        fr: "accolade non fermée dans le motif '\(text)'", en: "unclosed brace in pattern '\(text)'"))
            }
            let name = String(characters[characters.startIndex..<close])
            characters = characters[(close + 1)...]
            switch name {
            case "yyyy": tokens.append(.year4)
            case "yy": tokens.append(.year2)
            case "mm": tokens.append(.month)
            case "counter": tokens.append(.counter(width: nil))
            default:
                if name.hasPrefix("counter:"), let width = Int(name.dropFirst("counter:".count)) {
                    guard Self.counterWidths.contains(width) else {
                        throw SyntaxError(
                            message: LocalizedText(
                                fr: "largeur \(width) hors limites dans '{\(name)}' du motif '\(text)' : le compteur a de \(Self.counterWidths.lowerBound) à \(Self.counterWidths.upperBound) chiffres",
                                en: "width \(width) out of range in '{\(name)}' of pattern '\(text)': a counter has \(Self.counterWidths.lowerBound) to \(Self.counterWidths.upperBound) digits"))
                    }
                    tokens.append(.counter(width: width))
                } else {
                    throw SyntaxError(
                        message: LocalizedText(
                            fr: "élément '{\(name)}' inconnu dans le motif '\(text)' : utilisez {yyyy}, {yy}, {mm}, {counter} ou {counter:N}",
                            en: "unknown element '{\(name)}' in pattern '\(text)': use {yyyy}, {yy}, {mm}, {counter} or {counter:N}"))
                }
            }
        }
        let counters = tokens.filter { if case .counter = $0 { true } else { false } }.count
        guard counters == 1 else {
            throw SyntaxError(
                message: LocalizedText(
                    fr: "le motif '\(text)' doit contenir exactement un {counter}",
                    en: "pattern '\(text)' must contain exactly one {counter}"))
        }
        self.description = text
        self.tokens = tokens
    }

    /// True when the pattern has a year part.
    public var hasYear: Bool { tokens.contains { $0 == .year4 || $0 == .year2 } }

    /// The reset a pattern suggests when none is configured: monthly with a month, yearly with a year.
    public var impliedReset: CounterReset {
        if tokens.contains(.month) { return .monthly }
        return hasYear ? .yearly : .never
    }

    /// The parts of `number`, or `nil` when it does not follow the pattern.
    public func match(_ number: String) -> NumberMatch? {
        var match = NumberMatch()
        return matchTokens(tokens[...], Array(number)[...], into: &match) ? match : nil
    }

    /// The width `{counter:N}` declares, or `nil` for `{counter}`.
    var counterWidth: Int? {
        for token in tokens { if case .counter(let width) = token { return width } }
        return nil
    }

    /// The text before and after the counter, with the date tokens kept (`FA-{yyyy}-`).
    var rootAndSuffix: (root: String, suffix: String) {
        var root = ""
        var suffix = ""
        var afterCounter = false
        for token in tokens {
            let text: String
            switch token {
            case .literal(let character): text = String(character)
            case .year4: text = "{yyyy}"
            case .year2: text = "{yy}"
            case .month: text = "{mm}"
            case .counter:
                afterCounter = true
                continue
            }
            if afterCounter { suffix += text } else { root += text }
        }
        return (root, suffix)
    }

    private func matchTokens(_ tokens: ArraySlice<Token>, _ text: ArraySlice<Character>, into match: inout NumberMatch) -> Bool {
        guard let token = tokens.first else { return text.isEmpty }
        let rest = tokens.dropFirst()
        switch token {
        case .literal(let character):
            guard text.first == character else { return false }
            return matchTokens(rest, text.dropFirst(), into: &match)
        case .year4, .year2, .month:
            let width = token == .year4 ? 4 : 2
            guard text.count >= width, let value = NumberPattern.digits(text.prefix(width)) else { return false }
            var attempt = match
            switch token {
            case .year4: attempt.year = value
            case .year2: attempt.year = 2000 + value
            default:
                guard (1...12).contains(value) else { return false }
                attempt.month = value
            }
            guard matchTokens(rest, text.dropFirst(width), into: &attempt) else { return false }
            match = attempt
            return true
        case .counter(let width):
            let available = text.prefix { $0.isASCIIDigit }.count
            let minimum = width ?? 1
            guard available >= minimum else { return false }
            // Longest counter first, so `{counter}` takes every digit unless a date part follows.
            for length in stride(from: available, through: minimum, by: -1) {
                guard let value = NumberPattern.digits(text.prefix(length)) else { continue }
                var attempt = match
                attempt.counter = value
                attempt.counterWidth = length
                if matchTokens(rest, text.dropFirst(length), into: &attempt) {
                    match = attempt
                    return true
                }
            }
            return false
        }
    }

    private static func digits(_ text: ArraySlice<Character>) -> Int? {
        guard !text.isEmpty, text.count <= 18, text.allSatisfy(\.isASCIIDigit) else { return nil }
        return text.reduce(0) { $0 * 10 + ($1.wholeNumberValue ?? 0) }
    }
}

/// The parts a pattern found in a number.
public struct NumberMatch: Sendable, Hashable {
    public var year: Int?
    public var month: Int?
    public var counter = 0
    public var counterWidth = 0

    public init(year: Int? = nil, month: Int? = nil, counter: Int = 0, counterWidth: Int = 0) {
        self.year = year
        self.month = month
        self.counter = counter
        self.counterWidth = counterWidth
    }
}
