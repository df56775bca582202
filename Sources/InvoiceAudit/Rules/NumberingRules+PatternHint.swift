import InvoiceModel

extension NumberingRules {
    /// Returns a pattern for an inferred series whose counter starts with digits that follow the
    /// issue dates of most of its documents. A large gap then more likely comes from date parts
    /// read as counter digits: `FA2501001`, `FA2502001` with one misdated document give
    /// `FA{yy}{mm}{counter:3}`. The reading with the most date parts that fits two thirds of the
    /// documents wins; returns `nil` when none does.
    ///
    /// Inference did not read these date parts because some issue date disagrees with them (see
    /// ``Ledger/readingDateParts(_:)``), which the pattern lets the user decide.
    static func suggestedPattern(_ entries: LedgerEntries, width: Int) -> String? {
        guard let template = entries.lazy.compactMap(\.inferredNumber).first else { return nil }
        // A series never padded has width 1, but its digits are all written: `2501001` is 7 wide.
        let width = max(width, template.counterWidth)

        let hasYear = template.root.contains("{yyyy}") || template.root.contains("{yy}")
        guard !template.root.contains("{mm}") else { return nil }
        // Each reading: the tokens it puts before the counter, the digits they take, and whether a
        // number's leading digits (as an integer) agree with its issue date.
        typealias Reading = (tokens: String, digits: Int, agrees: (Int, CivilDate, Int?) -> Bool)

        var readings: [Reading] = []
        if hasYear {
            if template.root.hasSuffix("{yyyy}") || template.root.hasSuffix("{yy}") {
                readings.append(("{mm}", 2, { lead, issued, year in DatePartReading.monthAgrees(year: year, month: lead, issued: issued) }))
            }
        } else {
            readings += [
                ("{yyyy}{mm}", 6, { lead, issued, _ in DatePartReading.monthAgrees(year: lead / 100, month: lead % 100, issued: issued) }),
                ("{yyyy}", 4, { lead, issued, _ in DatePartReading.yearAgrees(lead, issued: issued) }),
                ("{yy}{mm}", 4, { lead, issued, _ in DatePartReading.monthAgrees(year: 2000 + lead / 100, month: lead % 100, issued: issued) }),
                ("{yy}", 2, { lead, issued, _ in DatePartReading.yearAgrees(2000 + lead, issued: issued) }),
            ]
        }

        for reading in readings where width > reading.digits {
            var agreeing = 0
            var dated = 0
            for entry in entries {
                guard let number = entry.inferredNumber, let issued = entry.issueDate else { continue }
                dated += 1
                guard number.counterWidth > reading.digits else { continue }
                let lead = number.counter / InferredNumber.powerOfTen(number.counterWidth - reading.digits)
                if reading.agrees(lead, issued, number.year) { agreeing += 1 }
            }
            guard agreeing >= 2, 3 * agreeing >= 2 * dated else { continue }
            return "\(template.root)\(reading.tokens){counter:\(width - reading.digits)}\(template.suffix)"
        }
        return nil
    }
}
