import InvoiceModel

/// Reads dates written with an English or French month name: `Jan 28 2021`, `28 Jan 2021`,
/// `January 28, 2021`, `28-Jan-2021`, `28 janv. 2021`, `1er janvier 2021`.
///
/// The month is a word, so day and month cannot be swapped and these dates are never ambiguous.
/// The year has four digits, except in French Excel's `08-janv.-25` (two digits, read as 2000 to
/// 2099); a time of day (`10:30`, `10:30 pm`) may follow. A long date may start with its weekday
/// (`lundi 6 janvier 2025`), which must be the date's own.
enum CSVMonthNames {
    /// Returns the date, the problem of a month-name date that is not valid (a day past the
    /// month's end, a weekday that is not the date's), or `nil` when the text is no such date.
    static func date(_ text: Substring) -> Result<CivilDate, DateProblem>? {
        var tokens = text.split { $0 == " " || $0 == "," || $0 == "-" || $0 == "/" || $0 == "\u{A0}" }
        while tokens.count > 3, let last = tokens.last,
            CSVDateParsing.isTimeOfDay(last) || ["am", "pm"].contains(last.lowercased())
        {
            tokens.removeLast()
        }
        // A long date starts with its weekday, as `lundi 6 janvier 2025` or `Monday, January 6, 2025`.
        var weekday: (name: Substring, index: Int)?
        if tokens.count == 4, let index = weekdayIndex(tokens[0]) {
            weekday = (tokens[0], index)
            tokens.removeFirst()
        }
        guard tokens.count == 3 else { return nil }
        let parts: (year: Int, month: Int, day: Int)
        if let year = fourDigitYear(tokens[2]), let month = month(tokens[0]), let day = day(tokens[1]) {
            parts = (year, month, day)
        } else if let year = fourDigitYear(tokens[2]), let day = day(tokens[0]), let month = month(tokens[1]) {
            parts = (year, month, day)
        } else if weekday == nil, let year = dashedTwoDigitYear(tokens[2], in: text), let day = day(tokens[0]),
            let month = month(tokens[1])
        {
            // French Excel's `jj-mmm-aa` format writes `08-janv.-25`.
            parts = (year, month, day)
        } else {
            return nil
        }
        switch CSVDateParsing.calendarDate(year: parts.year, month: parts.month, day: parts.day) {
        case .success(let date?):
            if let weekday, weekday.index != date.weekdayIndex {
                return .failure(.wrongWeekday(written: String(weekday.name), date: date))
            }
            return .success(date)
        case .success(nil): return nil
        case .failure(let problem): return .failure(problem)
        }
    }

    private static func fourDigitYear(_ token: Substring) -> Int? {
        token.count == 4 && token.allSatisfy(\.isASCIIDigit) ? Int(token) : nil
    }

    /// Returns a two-digit year as 2000 to 2099, only in the dashed form `08-janv.-25`.
    private static func dashedTwoDigitYear(_ token: Substring, in text: Substring) -> Int? {
        guard token.count == 2, token.allSatisfy(\.isASCIIDigit), let year = Int(token),
            text.filter({ $0 == "-" }).count == 2, !text.contains(" ")
        else { return nil }
        return 2000 + year
    }

    /// Returns Monday 0 to Sunday 6 for an English or French weekday name in any case, with or
    /// without a trailing point (`lundi`, `Monday`, `lun.`, `Mon`).
    static func weekdayIndex(_ token: Substring) -> Int? {
        let key = token.lowercased().filter { $0 != "." }
        return weekdays.firstIndex { $0.contains(key) }
    }

    private static let weekdays: [Set<String>] = [
        ["lundi", "lun", "monday", "mon"],
        ["mardi", "tuesday", "tue", "tues"],
        ["mercredi", "mer", "wednesday", "wed"],
        ["jeudi", "jeu", "thursday", "thu", "thur", "thurs"],
        ["vendredi", "ven", "friday", "fri"],
        ["samedi", "sam", "saturday", "sat"],
        ["dimanche", "dim", "sunday", "sun"],
    ]

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

extension CivilDate {
    /// Monday 0 to Sunday 6.
    var weekdayIndex: Int {
        // 1970-01-01, day number 0, was a Thursday.
        ((dayNumber % 7) + 7 + 3) % 7
    }
}
