import InvoiceModel

/// Collects the departures from the FEC format in a whole file, every journal included, for the
/// FR-FEC rules.
///
/// Memory stays small: at most ``limitPerCheck`` faults are kept per check and the rest are
/// counted. The numbering check keeps the highest number of each journal and prefix and, while
/// every number shares one prefix, each entry's number and first line, never the lines.
///
/// A fault that a rejection already reports is not recorded again: the unreadable values of a
/// sales entry rejected for one of them, and the balance of a sales entry rejected as unbalanced.
struct FECFileCheck {
    static let limitPerCheck = FECFault.limitPerCheck

    let file: String
    private var kept: [FECFault] = []
    private var keptCount: [FECFault.Check: Int] = [:]
    private var omitted: [FECFault.Check: (count: Int, lastLine: Int)] = [:]
    private var numbering = FECNumberingCheck()
    /// Entries with a line rejected for its field count, whose balance is not checked.
    private var incompleteEntries: Set<FECEntryKey> = []
    /// The columns the header lacks, which FR-FEC-01 reports, so that their empty values are not reported again.
    var absentColumns: Set<FECColumn> = []

    init(file: String) {
        self.file = file
    }

    mutating func record(_ kind: FECFault.Kind, line: Int?) {
        let location = SourceLocation(file: file, line: line, column: kind.fieldPosition)
        guard let check = kind.check else { return }
        if keptCount[check, default: 0] < Self.limitPerCheck {
            keptCount[check, default: 0] += 1
            kept.append(FECFault(kind, location: location))
        } else {
            let previous = omitted[check] ?? (0, 0)
            omitted[check] = (previous.count + 1, max(previous.lastLine, line ?? 0))
        }
    }

    /// Records the faults of one line, except `rejected`, the fault a rejection names.
    mutating func checkLine(_ line: FECLine, except rejected: FECFault.Kind? = nil) {
        var skipped = false
        for fault in line.faults {
            if !skipped, fault == rejected {
                skipped = true
                continue
            }
            record(fault, line: line.line)
        }
    }

    /// Notes that a line of the entry `key` was rejected, so its balance is not judged.
    mutating func noteIncomplete(_ key: FECEntryKey) {
        incompleteEntries.insert(key)
    }

    /// Records the faults of a closed entry: each line's, its empty mandatory fields, then the balance.
    ///
    /// - Parameters:
    ///   - isSale: true for a sales entry, whose empty PieceRef a rejection reports and whose
    ///     empty ValidDate an import warning counts, so only its empty PieceDate and labels are recorded.
    ///   - rejectedLine: the line whose ``FECLine/problemFault`` a rejection names, if any.
    ///   - balanceRejected: true when the entry was rejected as unbalanced.
    mutating func checkEntry(_ entry: FECEntry, isSale: Bool, rejectedLine: Int?, balanceRejected: Bool) {
        for line in entry.lines {
            // The rejection names the first unreadable value and counts the others of the entry.
            guard rejectedLine == nil else {
                for fault in line.faults where !fault.isUnreadable { record(fault, line: line.line) }
                continue
            }
            checkLine(line)
        }
        checkMandatoryFields(entry, isSale: isSale)
        // An unreadable amount leaves the sums unknown; FR-FEC-04 reports the amount instead.
        guard !balanceRejected, !incompleteEntries.contains(entry.key), !entry.lines.contains(where: { $0.problem != nil })
        else { return }
        let debits = entry.lines.reduce(Amount.zero) { $0 + $1.debit }
        let credits = entry.lines.reduce(Amount.zero) { $0 + $1.credit }
        if debits != credits {
            record(.unbalanced(entry: entry.key.description, debits: debits, credits: credits), line: entry.firstLine)
        }
    }

    /// Records once per entry the mandatory fields that one of its lines leaves empty, at the first
    /// such line. A PieceDate or ValidDate that is written but unreadable is FR-FEC-03's.
    private mutating func checkMandatoryFields(_ entry: FECEntry, isSale: Bool) {
        func isEmpty(_ column: FECColumn, _ line: FECLine) -> Bool {
            switch column {
            case .journalLabel: line.journalLabel.trimmingSpaces.isEmpty
            case .accountLabel: line.accountLabel.trimmingSpaces.isEmpty
            case .entryLabel: line.entryLabel.trimmingSpaces.isEmpty
            case .pieceReference: line.pieceReference.isEmpty
            case .pieceDate: line.pieceDate == nil && !line.hasUnreadable(column: column)
            case .validationDate: line.validationDate == nil && !line.hasUnreadable(column: column)
            default: false
            }
        }
        // The labels are mandatory too (LPF art. A47 A-1): only the auxiliary account, lettering
        // and currency fields may be empty.
        let columns: [FECColumn] =
            isSale
            ? [.journalLabel, .accountLabel, .pieceDate, .entryLabel]
            : [.journalLabel, .accountLabel, .pieceReference, .pieceDate, .entryLabel, .validationDate]
        let empty = columns.filter { column in !absentColumns.contains(column) && entry.lines.contains { isEmpty(column, $0) } }
        guard let first = entry.lines.first(where: { line in empty.contains { isEmpty($0, line) } }) else { return }
        record(.emptyMandatoryFields(entry: entry.key.description, fields: empty.map(\.headerName)), line: first.line)
    }

    /// Notes the separator of the file: FR-FEC-09 reports one other than a tab or `|`.
    mutating func noteSeparator(_ separator: UInt8, headerLine: Int) {
        guard separator != 0x09, separator != UInt8(ascii: "|") else { return }
        record(.separator(String(decoding: [separator], as: UTF8.self)), line: headerLine)
    }

    /// Follows the entry numbers and validation dates of each journal; call it for the first line
    /// of every entry, in file order.
    mutating func noteNewEntry(_ line: FECLine) {
        for fault in numbering.note(line) { record(fault.kind, line: fault.line) }
    }

    /// Returns every fault kept, the numbering gaps, and one count per check whose faults went
    /// past the limit, in check then line order.
    mutating func finish() -> [FECFault] {
        let numberingEnd = numbering.finish()
        for gap in numberingEnd.gaps { record(gap.kind, line: gap.line) }
        if numberingEnd.omitted > 0 {
            let previous = omitted[.numbering] ?? (0, 0)
            omitted[.numbering] = (previous.count + numberingEnd.omitted, max(previous.lastLine, numberingEnd.lastLine))
        }
        var faults = kept
        for (check, extra) in omitted {
            faults.append(
                FECFault(.more(count: extra.count, lastLine: extra.lastLine), check: check, location: SourceLocation(file: file, line: extra.lastLine)))
        }
        return faults.sorted { ($0.check, $0.location.line ?? 0) < ($1.check, $1.location.line ?? 0) }
    }
}

extension FECFault.Kind {
    /// The 1-based position of the field the fault is about, in the standard order (`Debit` 12,
    /// `Credit` 13). It orders the findings of one line, and is `nil` for a whole line or file.
    var fieldPosition: Int? {
        switch self {
        case .headerName(let position, _, _), .headerNameMissing(let position, _), .headerMisplaced(_, let position, _):
            return position
        case .dateFormat(let column, _), .invalidDate(let column, _), .decimalPoint(let column, _), .invalidAmount(let column, _):
            if column == "Montant" { return FECColumn.debitOrAmount.rawValue + 1 }
            return FECLayout.standardNames.firstIndex(of: column).map { $0 + 1 }
        default:
            return nil
        }
    }

    /// True for a value that cannot be read (a date, an amount or a side), which rejects a sales entry.
    var isUnreadable: Bool {
        switch self {
        case .invalidDate, .invalidAmount, .invalidDirection: true
        default: false
        }
    }
}
