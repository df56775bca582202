import InvoiceModel

/// Follows `EcritureNum` and `ValidDate` for FR-FEC-06: entry numbers continuous and increasing
/// per journal, validation dates never going back as numbers increase.
///
/// A number is split into a prefix and its trailing digits (`VE2026-000123` is `VE2026-` and
/// 123). Numbers without trailing digits are not compared. Each prefix of a journal is its own
/// sequence, so invoices `INV/2025/00001…` and credit notes `RINV/2025/00001…` interleaved in one
/// journal are followed apart. Some programs number entries across all journals, so that each
/// journal alone has gaps: when every number shares one prefix, no number repeats across journals
/// and there are several journals, the file is one sequence. Its missing numbers are then reported
/// once each, not the jumps within each journal.
struct FECNumberingCheck {
    struct Fault {
        var kind: FECFault.Kind
        var line: Int
    }

    /// A sequence of entry numbers: one prefix in one journal.
    private struct SequenceKey: Hashable {
        var journal: String
        var prefix: String
    }

    /// One numbered entry, kept to find the gaps of a file-wide sequence.
    private struct Numbered {
        var counter: Int
        var number: String
        var line: Int
    }

    /// Gaps kept until the end of the file, when the file-wide sequence decides whether they
    /// count; the others are only counted.
    static let pendingGapLimit = FECFileCheck.limitPerCheck

    /// The highest number of each sequence so far.
    private var highest: [SequenceKey: (counter: Int, number: String)] = [:]
    /// The latest validation date of each journal, with the entry that has it.
    private var validated: [String: (date: CivilDate, number: String)] = [:]
    /// The prefix shared by every number so far; `nil` before the first number and once a
    /// second prefix appears, because one file-wide sequence has one prefix.
    private var sharedPrefix: String?
    private var severalPrefixes = false
    /// Every numbered entry while the numbers share one prefix, for the file-wide sequence.
    private var numbered: [Numbered] = []
    private var pendingGaps: [Fault] = []
    private var gapCount = 0
    private var lastGapLine = 0

    /// Checks the first line of a new entry against the previous entries of its journal.
    mutating func note(_ line: FECLine) -> [Fault] {
        var faults: [Fault] = []
        let code = line.journalCode
        let (prefix, counter) = Self.split(line.entryNumber)
        if let counter {
            noteFileWide(prefix: prefix, counter: counter, line: line)
            let key = SequenceKey(journal: code, prefix: prefix)
            if let highest = highest[key] {
                if counter <= highest.counter {
                    faults.append(
                        Fault(kind: .numberBackwards(journal: code, previous: highest.number, number: line.entryNumber), line: line.line))
                } else if counter > highest.counter + 1 {
                    noteGap(.numberGap(journal: code, previous: highest.number, next: line.entryNumber), line: line.line)
                }
            }
            if highest[key].map({ counter > $0.counter }) ?? true { highest[key] = (counter, line.entryNumber) }
        }
        if let date = line.validationDate {
            if let previous = validated[code], date < previous.date {
                faults.append(
                    Fault(
                        kind: .validationBackwards(
                            journal: code, number: line.entryNumber, date: date, previous: previous.number,
                            previousDate: previous.date),
                        line: line.line))
            }
            if validated[code].map({ date >= $0.date }) ?? true { validated[code] = (date, line.entryNumber) }
        }
        return faults
    }

    private mutating func noteFileWide(prefix: String, counter: Int, line: FECLine) {
        guard !severalPrefixes else { return }
        if let sharedPrefix, sharedPrefix != prefix {
            severalPrefixes = true
            numbered = []
            return
        }
        sharedPrefix = prefix
        numbered.append(Numbered(counter: counter, number: line.entryNumber, line: line.line))
    }

    private mutating func noteGap(_ kind: FECFault.Kind, line: Int) {
        gapCount += 1
        lastGapLine = line
        if pendingGaps.count < Self.pendingGapLimit { pendingGaps.append(Fault(kind: kind, line: line)) }
    }

    /// Returns the gaps to report, with the count of those past the limit and the line of the
    /// last one: the gaps of the file-wide sequence when the file has one, else the gaps within
    /// each journal's sequences.
    func finish() -> (gaps: [Fault], omitted: Int, lastLine: Int) {
        let journals = Set(highest.keys.map(\.journal))
        guard !severalPrefixes, journals.count > 1 else { return (pendingGaps, gapCount - pendingGaps.count, lastGapLine) }
        let sorted = numbered.sorted { $0.counter < $1.counter }
        // A number used twice, such as each journal starting at 1, rules out one sequence.
        if zip(sorted, sorted.dropFirst()).contains(where: { $0.counter == $1.counter }) {
            return (pendingGaps, gapCount - pendingGaps.count, lastGapLine)
        }
        var gaps: [Fault] = []
        var count = 0
        var lastLine = 0
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.counter > previous.counter + 1 {
            count += 1
            lastLine = max(lastLine, next.line)
            if gaps.count < Self.pendingGapLimit {
                gaps.append(
                    Fault(
                        kind: .fileNumberGap(previous: previous.number, next: next.number, missing: next.counter - previous.counter - 1),
                        line: next.line))
            }
        }
        return (gaps, count - gaps.count, lastLine)
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
