/// The user interface languages: every message exists in both.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case fr
    case en
}

/// A message written in French and English; renderers pick one with ``text(_:)``.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }
}

extension LocalizedText {
    /// Returns the count and the French noun form it takes: French treats 0 and 1 as singular.
    public static func countFR(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(frenchInteger(count)) \(count <= 1 ? singular : plural)"
    }

    /// Writes `value` for French text, its digits grouped by three with a narrow no-break space
    /// (U+202F): `150 000`. Machine formats (JSON, CSV) keep plain digits.
    public static func frenchInteger(_ value: Int) -> String {
        let grouped = frenchDigitGroups(String(value.magnitude))
        return value < 0 ? "-" + grouped : grouped
    }

    /// Groups a run of decimal digits by three from the right with a narrow no-break space
    /// (U+202F), as French writes the integer part of a number: `1234567` gives `1 234 567`.
    public static func frenchDigitGroups(_ digits: some StringProtocol) -> String {
        var grouped = ""
        let count = digits.count
        for (index, digit) in digits.enumerated() {
            if index > 0 && (count - index) % 3 == 0 { grouped += "\u{202F}" }
            grouped.append(digit)
        }
        return grouped
    }

    /// Returns the count and the English noun form it takes: only 1 is singular.
    public static func countEN(_ count: Int, _ singular: String, _ plural: String) -> String {
        "\(count) \(count == 1 ? singular : plural)"
    }
}
