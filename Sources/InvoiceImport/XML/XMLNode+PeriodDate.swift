import InvoiceModel

extension XMLNode {
    /// Reads the `udt:DateTimeString` under `localName` as the start or end of a CII period.
    ///
    /// Besides format 102 (`yyyymmdd`), period ends may be written as format 610 (`yyyymm`, a
    /// month) or 616 (`yyyyww`, an ISO 8601 week), which ZUGFeRD 1.0 EXTENDED allows. A month or week
    /// gives its first day for a start and its last day for an end.
    ///
    /// An element that holds no such date gives `nil`, with a warning.
    func periodDate(_ localName: String, isEnd: Bool) -> CivilDate? {
        guard let node = child(localName, "DateTimeString") else { return nil }
        let format = node.element.attribute("format")?.trimmingSpaces
        let text = node.element.text.trimmingSpaces
        let digits = Array(text.utf8)
        guard digits.count == 6, digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let year = Int(text.prefix(4)), let number = Int(text.suffix(2))
        else {
            return node.dateValue(.format102)
        }
        switch format {
        case "610":
            guard (1...12).contains(number), let first = CivilDate(year: year, month: number, day: 1) else { break }
            return isEnd ? first.adding(days: CivilDate.daysInMonth(year: year, month: number) - 1) : first
        case "616":
            guard let monday = XMLNode.mondayOfISOWeek(number, year: year) else { break }
            return isEnd ? monday.adding(days: 6) : monday
        default:
            break
        }
        return node.dateValue(.format102)
    }

    /// Returns the Monday of ISO 8601 week `week` of `year`, or `nil` when the year has no such week.
    static func mondayOfISOWeek(_ week: Int, year: Int) -> CivilDate? {
        guard week >= 1, let january4 = CivilDate(year: year, month: 1, day: 4) else { return nil }
        // 1970-01-01 was a Thursday, so (dayNumber + 3) mod 7 counts days since Monday.
        let sinceMonday = ((january4.dayNumber + 3) % 7 + 7) % 7
        let monday = january4.adding(days: 7 * (week - 1) - sinceMonday)
        let nextWeekOne = mondayOfFirstWeek(year + 1)
        return monday.dayNumber < nextWeekOne ? monday : nil
    }

    private static func mondayOfFirstWeek(_ year: Int) -> Int {
        guard let january4 = CivilDate(year: year, month: 1, day: 4) else { return Int.max }
        return january4.dayNumber - ((january4.dayNumber + 3) % 7 + 7) % 7
    }
}
