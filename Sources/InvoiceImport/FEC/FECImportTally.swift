import InvoiceModel

/// Counters of a FEC import beyond documents and rejections, which become the file's warnings:
/// skipped entries per journal, entries without validation date, and entries with lines outside
/// the reconstructed totals.
struct FECImportTally {
    /// Skipped entries and lines of one journal code.
    private struct SkippedJournal {
        var label: String
        var entries = 0
        var lines = 0
        var firstLine: Int
    }

    private var skipped: [String: SkippedJournal] = [:]
    private var unvalidated = 0
    private var firstUnvalidatedLine: Int?
    private var withOtherAccounts = 0
    private var firstOtherAccountLine: FECLine?

    mutating func skip(_ entry: FECEntry) {
        let code = entry.key.journalCode
        var journal = skipped[code] ?? SkippedJournal(label: entry.lines.first?.journalLabel ?? "", firstLine: entry.firstLine)
        journal.entries += 1
        journal.lines += entry.lines.count
        journal.firstLine = min(journal.firstLine, entry.firstLine)
        skipped[code] = journal
    }

    mutating func note(_ remarks: FECEntryRemarks, entryLine: Int) {
        if !remarks.isValidated {
            unvalidated += 1
            if firstUnvalidatedLine == nil { firstUnvalidatedLine = entryLine }
        }
        if let line = remarks.otherAccountLine {
            withOtherAccounts += 1
            if firstOtherAccountLine == nil { firstOtherAccountLine = line }
        }
    }

    /// Builds one warning per skipped journal code, in the order of their first line, then the
    /// warnings about unvalidated entries and lines on other accounts.
    func warnings(file: String, configured: Bool) -> [Rejection] {
        var warnings: [Rejection] = []
        for (code, journal) in skipped.sorted(by: { $0.value.firstLine < $1.value.firstLine }) {
            warnings.append(
                Rejection(
                    location: SourceLocation(file: file, line: journal.firstLine, element: code),
                    reason: FECMessages.skippedJournal(
                        code: code, label: journal.label, entries: journal.entries, lines: journal.lines,
                        firstLine: journal.firstLine, configured: configured)))
        }
        if let line = firstUnvalidatedLine {
            warnings.append(
                Rejection(
                    location: SourceLocation(file: file, line: line),
                    reason: FECMessages.notValidated(unvalidated, firstLine: line)))
        }
        if let line = firstOtherAccountLine {
            warnings.append(
                Rejection(
                    location: SourceLocation(file: file, line: line.line),
                    reason: FECMessages.otherAccounts(withOtherAccounts, account: line.accountNumber, line: line.line)))
        }
        return warnings
    }
}
