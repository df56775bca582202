import InvoiceModel

/// Follows `EcritureNum` and `ValidDate` per journal for FR-FEC-06: entry numbers continuous and
/// increasing, validation dates never going back as numbers increase.
///
/// A number is split into a prefix and its trailing digits (`VE2026-000123` is `VE2026-` and
/// 123). Numbers without trailing digits are not compared, and a new prefix starts a new sequence.
/// Some programs number entries across all journals, so that each journal alone has gaps. When the
/// numbers of every journal together form one unbroken sequence, and no two journals start at the
/// same number, gaps within a journal are not reported.
struct FECNumberingCheck {
    struct Fault {
        var kind: FECFault.Kind
        var line: Int
    }

    private struct Journal {
        var prefix: String
        var highest: (counter: Int, number: String)?
        var lowest: Int?
        var validated: (date: CivilDate, number: String)?
    }

    /// The file-wide span of the numbers: entries seen, lowest and highest counter.
    private struct Span {
        var entries = 0
        var lowest = Int.max
        var highest = Int.min
    }

    /// Gaps kept until the end of the file, when the file-wide sequence decides whether they
    /// count; the others are only counted.
    static let pendingGapLimit = FECFileCheck.limitPerCheck

    private var journals: [String: Journal] = [:]
    /// The span of the numbers of every journal while they share one prefix; `nil` once a
    /// second prefix appears, because one file-wide sequence has one prefix.
    private var span: (prefix: String, span: Span)?
    private var severalPrefixes = false
    private var pendingGaps: [Fault] = []
    private var gapCount = 0
    private var lastGapLine = 0

    /// Checks the first line of a new entry against the journal's previous entries.
    mutating func note(_ line: FECLine) -> [Fault] {
        var faults: [Fault] = []
        let code = line.journalCode
        let (prefix, counter) = Self.split(line.entryNumber)
        var journal = journals[code] ?? Journal(prefix: prefix)
        if journal.prefix != prefix {
            journal.prefix = prefix
            journal.highest = nil
        }
        if let counter {
            if !severalPrefixes {
                var current = span ?? (prefix, Span())
                if current.prefix == prefix {
                    current.span.entries += 1
                    current.span.lowest = min(current.span.lowest, counter)
                    current.span.highest = max(current.span.highest, counter)
                    span = current
                } else {
                    severalPrefixes = true
                    span = nil
                }
            }
            if let highest = journal.highest {
                if counter <= highest.counter {
                    faults.append(
                        Fault(kind: .numberBackwards(journal: code, previous: highest.number, number: line.entryNumber), line: line.line))
                } else if counter > highest.counter + 1 {
                    gapCount += 1
                    lastGapLine = line.line
                    if pendingGaps.count < Self.pendingGapLimit {
                        pendingGaps.append(
                            Fault(kind: .numberGap(journal: code, previous: highest.number, next: line.entryNumber), line: line.line))
                    }
                }
            }
            if journal.highest.map({ counter > $0.counter }) ?? true { journal.highest = (counter, line.entryNumber) }
            journal.lowest = min(journal.lowest ?? counter, counter)
        }
        if let date = line.validationDate {
            if let previous = journal.validated, date < previous.date {
                faults.append(
                    Fault(
                        kind: .validationBackwards(
                            journal: code, number: line.entryNumber, date: date, previous: previous.number,
                            previousDate: previous.date),
                        line: line.line))
            }
            if journal.validated.map({ date >= $0.date }) ?? true { journal.validated = (date, line.entryNumber) }
        }
        journals[code] = journal
        return faults
    }

    /// Returns the gaps within journals kept, with the count of those past the limit and the line
    /// of the last gap, unless the journals share one unbroken file-wide sequence.
    func finish() -> (gaps: [Fault], omitted: Int, lastLine: Int) {
        // Numbers shared by two journals, such as each journal starting at 1, rule out one sequence.
        let lowest = journals.values.compactMap(\.lowest)
        let fileWideSequence =
            journals.count > 1 && Set(lowest).count == lowest.count
            && span.map { $0.span.highest - $0.span.lowest + 1 == $0.span.entries } ?? false
        if fileWideSequence { return ([], 0, 0) }
        return (pendingGaps, gapCount - pendingGaps.count, lastGapLine)
    }

    /// Splits an entry number into its text before the trailing digits and those digits as a
    /// counter; the counter is `nil` without trailing digits or with more than 18 of them.
    static func split(_ number: String) -> (prefix: String, counter: Int?) {
        let bytes = Array(number.utf8)
        var start = bytes.count
        while start > 0, bytes[start - 1] >= 0x30, bytes[start - 1] <= 0x39 { start -= 1 }
        let digits = bytes[start...]
        let prefix = String(decoding: bytes[..<start], as: UTF8.self)
        guard !digits.isEmpty, digits.count <= 18 else { return (prefix, nil) }
        return (prefix, digits.reduce(0) { $0 * 10 + Int($1 - 0x30) })
    }
}
