import InvoiceModel

/// A reading of an inferred number with date parts its text alone does not prove: the month of
/// `F2025-02-003`, `FA-2501-001`, `FA2501001` or `202502003`, the two-digit year of `FA-25-001`
/// or `001/25`.
///
/// The ledger keeps a reading only when every number of the series it forms agrees with its issue
/// date and the series shows enough periods (see ``Ledger/readingDateParts(_:)``).
struct DatePartReading {
    /// The evidence a series must show, beyond issue dates that all agree, before the reading is kept.
    enum Evidence: Int, Comparable {
        /// Two documents: `001/25` and `003/25` are one series whatever their dates.
        case twoDocuments
        /// Two years, because a two-digit year in one year splits nothing.
        case twoYears
        /// Two months of the same shape, as one month cannot tell a month from a fixed code.
        case twoMonths

        static func < (lhs: Evidence, rhs: Evidence) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    let number: InferredNumber
    /// True when the date parts agree with the issue date, `nil` for a document without one.
    let agrees: Bool?
    let evidence: Evidence

    /// How many days into a month a number may still carry the month before: an invoice typed on
    /// the 31st and dated the 2nd. Two-digit years allow the year before during January alike.
    static let previousMonthDays = 7

    /// True when `year` is the issue year, or the year before in January (or at any time with
    /// `anyTimeForPreviousYear`, as for a year written after the counter).
    static func yearAgrees(_ year: Int, issued: CivilDate, anyTimeForPreviousYear: Bool = false) -> Bool {
        year == issued.year || (year == issued.year - 1 && (anyTimeForPreviousYear || issued.month == 1))
    }

    /// True when `year` and `month` are the issue month, or the month before during the first
    /// ``previousMonthDays`` days of a month.
    static func monthAgrees(year: Int?, month: Int, issued: CivilDate) -> Bool {
        guard let year, (1...12).contains(month) else { return false }
        if year == issued.year && month == issued.month { return true }
        let previous = issued.month == 1 ? (issued.year - 1, 12) : (issued.year, issued.month - 1)
        return issued.day <= previousMonthDays && previous == (year, month)
    }
}

extension InferredNumber {
    /// Returns the readings of this number that add date parts, the most detailed first, given
    /// what its root can hide (``RootDateParts``, computed once per root).
    func datePartReadings(_ shape: RootDateParts, issued: CivilDate?) -> [DatePartReading] {
        var readings: [DatePartReading] = []
        func add(_ number: InferredNumber, _ evidence: DatePartReading.Evidence, _ agrees: (CivilDate) -> Bool) {
            readings.append(DatePartReading(number: number, agrees: issued.map(agrees), evidence: evidence))
        }
        // `202502003`, `FAC2025` + `02003`: a month leading the counter after a year part.
        if shape.monthMayLeadCounter, counterWidth >= 3 {
            let divisor = InferredNumber.powerOfTen(counterWidth - 2)
            let month = counter / divisor
            let number = InferredNumber(
                reading: root + "{mm}", suffix: suffix, year: year, month: month, counter: counter % divisor,
                counterWidth: counterWidth - 2)
            add(number, .twoMonths) { DatePartReading.monthAgrees(year: year, month: month, issued: $0) }
        }
        // `FA2501001`: a two-digit year and a month leading the counter.
        if shape.yearAndMonthMayLeadCounter, counterWidth >= 6 {
            let divisor = InferredNumber.powerOfTen(counterWidth - 4)
            let (year, month) = (2000 + counter / divisor / 100, counter / divisor % 100)
            let number = InferredNumber(
                reading: root + "{yy}{mm}", suffix: suffix, year: year, month: month, counter: counter % divisor,
                counterWidth: counterWidth - 4)
            add(number, .twoMonths) { DatePartReading.monthAgrees(year: year, month: month, issued: $0) }
        }
        // `F2025-02-003`, `FA-2501-001`, `FA-25-001`: literal digits of the root.
        for rewrite in shape.rewrites {
            let year = rewrite.year ?? self.year
            let number = InferredNumber(
                reading: rewrite.root, suffix: suffix, year: year, month: rewrite.month, counter: counter,
                counterWidth: counterWidth)
            if let month = rewrite.month {
                add(number, .twoMonths) { DatePartReading.monthAgrees(year: year, month: month, issued: $0) }
            } else if let year {
                add(number, .twoYears) { DatePartReading.yearAgrees(year, issued: $0) }
            }
        }
        // `001/25`, `1-25`: a two-digit year after the counter.
        if let before = shape.counterBeforeYear, counterWidth == 2 {
            let year = 2000 + counter
            let number = InferredNumber(
                reading: before.root, suffix: before.separator + "{yy}" + suffix, year: year, month: nil,
                counter: before.counter, counterWidth: before.width)
            add(number, .twoDocuments) { DatePartReading.yearAgrees(year, issued: $0, anyTimeForPreviousYear: true) }
        }
        return readings
    }
}
