/// The kind of number a cell's number format shows.
enum XLSXNumberKind: Sendable, Hashable {
    /// A number shown with at least `decimals` fraction digits (`#,##0.00` shows 2). When
    /// `rounds` is true the format shows at most `decimals` digits, so the value is rounded to them.
    case number(decimals: Int, rounds: Bool = false)
    /// A date, with a time of day when the format shows one.
    case date(withTime: Bool)
    /// A time of day or a duration.
    case time
    /// A fraction shown as a percentage (`0.2` shown as `20%`) with `decimals` fraction digits.
    case percent(decimals: Int)
}

/// Reads `xl/styles.xml` for the number format of each cell style (`<cellXfs>`), so date and
/// percentage cells are distinguished from plain numbers.
///
/// Built-in formats 14 to 17 are dates, 22 a date and time, 18 to 21 and 45 to 47 times, 9 and 10
/// percentages. A custom format is a date when it has a `d` or `y`, or an `m` without `h` or `s`
/// (which make `m` minutes), a time when it has `h` or `s`, and a percentage when it has `%`;
/// the digit placeholders after its first `.` give the fraction digits a number shows, and the
/// value is rounded to them. General, scientific (`E+`) and fraction (`/`) formats keep the value. Quoted text, bracketed parts (`[Red]`, `[$€-40C]`), escaped characters (`\d`) and the
/// characters after `_` and `*` do not count.
struct XLSXStylesHandler: XLSXPartHandler {
    private var customFormats: [Int: String] = [:]
    private var styleFormats: [Int] = []

    /// The kind of number of each cell style, indexed by the cell's `s` attribute.
    var kinds: [XLSXNumberKind] {
        styleFormats.map { Self.kind(formatID: $0, code: customFormats[$0]) }
    }

    mutating func start(_ tag: XMLStartTag, parent: String) {
        switch (parent, tag.localName) {
        case ("numFmts", "numFmt"):
            if let id = tag.attribute("numFmtId").flatMap({ Int($0) }), let code = tag.attribute("formatCode") {
                customFormats[id] = code
            }
        case ("cellXfs", "xf"):
            styleFormats.append(tag.attribute("numFmtId").flatMap { Int($0) } ?? 0)
        default:
            break
        }
    }

    mutating func text(_ text: String) {}
    mutating func end(_ name: String) {}

    static func kind(formatID: Int, code: String?) -> XLSXNumberKind {
        switch formatID {
        case 14...17: return .date(withTime: false)
        case 22: return .date(withTime: true)
        case 18...21, 45...47: return .time
        case 9: return .percent(decimals: 0)
        case 10: return .percent(decimals: 2)
        case 1, 3, 5, 6, 37, 38, 41, 42: return .number(decimals: 0, rounds: true)
        case 2, 4, 7, 8, 39, 40, 43, 44: return .number(decimals: 2, rounds: true)
        case 11: return .number(decimals: 2)
        case 48: return .number(decimals: 1)
        default: break
        }
        guard let code else { return .number(decimals: 0) }
        return kind(code: code)
    }

    static func kind(code: String) -> XLSXNumberKind {
        // Only the first section (positive numbers) decides; sections are separated by `;`.
        var letters: Set<Character> = []
        var iterator = code.makeIterator()
        var inQuotes = false
        var inBrackets = false
        var decimals: Int?
        var countingDecimals = false
        var hasPlaceholder = false
        while let character = iterator.next() {
            if !inQuotes, !inBrackets, character == ";" { break }
            if inQuotes {
                if character == "\"" { inQuotes = false }
                continue
            }
            if inBrackets {
                if character == "]" { inBrackets = false }
                continue
            }
            if countingDecimals, "0#?".contains(character) {
                decimals = (decimals ?? 0) + 1
                continue
            }
            countingDecimals = false
            if "0#?".contains(character) { hasPlaceholder = true }
            switch character {
            case ".": if decimals == nil { countingDecimals = true }
            case "\"": inQuotes = true
            case "[": inBrackets = true
            case "\\", "_", "*": _ = iterator.next()
            default: letters.insert(Character(character.lowercased()))
            }
        }
        let hasTime = letters.contains("h") || letters.contains("s")
        if letters.contains("d") || letters.contains("y") || (letters.contains("m") && !hasTime) {
            return .date(withTime: hasTime)
        }
        if hasTime { return .time }
        if letters.contains("%") { return .percent(decimals: decimals ?? 0) }
        let general = code.lowercased().contains("general")
        let rounds = (hasPlaceholder || decimals != nil) && !general && !letters.contains("e") && !letters.contains("/")
        return .number(decimals: decimals ?? 0, rounds: rounds)
    }
}
