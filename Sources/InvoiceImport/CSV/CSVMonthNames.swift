import InvoiceModel

/// Reads dates written with an English or French month name: `Jan 28 2021`, `28 Jan 2021`,
/// `January 28, 2021`, `28-Jan-2021`, `28 janv. 2021`, `1er janvier 2021`.
///
/// The month is a word, so day and month cannot be swapped and these dates are never ambiguous.
/// The year has four digits; a time of day (`10:30`, `10:30 pm`) may follow.
enum CSVMonthNames {
    static func date(_ text: Substring) -> CivilDate? {
        var tokens = text.split { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" || $0 == "\u{A0}" }
        while tokens.count > 3, let last = tokens.last,
            CSVDateParsing.isTimeOfDay(last) || ["am", "pm"].contains(last.lowercased())
        {
            tokens.removeLast()
        }
        guard tokens.count == 3, let year = fourDigitYear(tokens[2]) else { return nil }
        if let month = month(tokens[0]), let day = day(tokens[1]) {
            return CivilDate(year: year, month: month, day: day)
        }
        if let day = day(tokens[0]), let month = month(tokens[1]) {
            return CivilDate(year: year, month: month, day: day)
        }
        return nil
    }

    private static func fourDigitYear(_ token: Substring) -> Int? {
        token.count == 4 && token.allSatisfy(\.isASCIIDigit) ? Int(token) : nil
    }

    /// Parses a day of one or two digits, with the French ordinal `1er` for the first.
    private static func day(_ token: Substring) -> Int? {
        let digits = token.lowercased() == "1er" ? "1" : token
        guard (1...2).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(digits)
    }

    private static func month(_ token: Substring) -> Int? {
        var key = ""
        for character in token.lowercased() where character != "." {
            switch character {
            case "é", "è", "ê": key.append("e")
            case "û", "ù": key.append("u")
            default: key.append(character)
            }
        }
        return months[key]
    }

    /// Month names and abbreviations, accents folded, without the abbreviation's point.
    private static let months: [String: Int] = {
        let names: [[String]] = [
            ["jan", "january", "janv", "janvier"],
            ["feb", "february", "fev", "fevr", "fevrier"],
            ["mar", "march", "mars"],
            ["apr", "april", "avr", "avril"],
            ["may", "mai"],
            ["jun", "june", "juin"],
            ["jul", "july", "juil", "juillet"],
            ["aug", "august", "aou", "aout"],
            ["sep", "sept", "september", "septembre"],
            ["oct", "october", "octobre"],
            ["nov", "november", "novembre"],
            ["dec", "december", "decembre"],
        ]
        var table: [String: Int] = [:]
        for (index, spellings) in names.enumerated() {
            for spelling in spellings { table[spelling] = index + 1 }
        }
        return table
    }()
}
