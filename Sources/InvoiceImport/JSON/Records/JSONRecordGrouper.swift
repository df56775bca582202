import InvoiceModel

/// Groups the records of a line-level JSON array (one object per invoice line) into invoices, with
/// the rule of the line-level CSV reader (``CSVDocumentGrouper``).
///
/// A record continues the current invoice when it has the same number and no other issue date, or
/// when all its document-level values are empty. A repeated number further down starts a new
/// invoice, so duplicates stay visible. Document-level values that differ between the records of
/// one invoice reject it, naming the key, both values and their lines.
struct JSONRecordGrouper {
    let file: String
    let layout: JSONRecordLayout

    /// One record of the current invoice, mapped.
    private struct Member {
        var result: JSONRecordMapper.Outcome.Result
        var line: Int?
    }

    /// A document-level value that differs from the first record's.
    private struct Conflict {
        var key: String
        var firstValue: String
        var value: String
        var line: Int?
        var path: String
    }

    private var members: [Member] = []
    /// The first record's document-level values by key, as messages quote them.
    private var firstValues: [String: String] = [:]
    private var firstNumberAndDate = (number: "", date: "")
    private var firstLine: Int?
    private var conflict: Conflict?
    /// The number and issue date of the estimate or purchase document being skipped, whose
    /// continuation records are skipped with it.
    private var skipped: (number: String, date: String)?

    init(file: String, layout: JSONRecordLayout) {
        self.file = file
        self.layout = layout
    }

    /// Returns the document-level values of `record` by key, quoted as messages do, without empty values.
    private func documentValues(_ record: FlatRecord) -> [String: String] {
        var values: [String: String] = [:]
        for key in layout.keys.values.joined() {
            // An empty string counts as no value, as an empty CSV cell does.
            guard let value = record.value(key) else { continue }
            let text = JSONRecordMessages.display(value).trimmingSpaces
            if !text.isEmpty { values[key] = text }
        }
        return values
    }

    private func numberAndDate(_ values: [String: String], record: FlatRecord) -> (number: String, date: String) {
        (
            layout.key(.number, in: record).flatMap { values[$0] } ?? "",
            layout.key(.issueDate, in: record).flatMap { values[$0] } ?? ""
        )
    }

    private static func continues(_ first: (number: String, date: String), with row: (number: String, date: String), empty: Bool) -> Bool {
        if empty { return true }
        guard !row.number.isEmpty, row.number == first.number else { return false }
        return row.date.isEmpty || row.date == first.date
    }

    /// Returns true when `record` has no document-level value and an invoice is open above it, so
    /// it only adds a line to that invoice and needs no number of its own.
    func continuesOpenInvoice(_ record: FlatRecord) -> Bool {
        !members.isEmpty && documentValues(record).isEmpty
    }

    /// Returns true when `record` continues the estimate or purchase document skipped last, so it
    /// is skipped too. A record that does not ends the skipped document.
    mutating func continuesSkipped(_ record: FlatRecord) -> Bool {
        guard let skipped else { return false }
        let values = documentValues(record)
        if Self.continues(skipped, with: numberAndDate(values, record: record), empty: values.isEmpty) { return true }
        self.skipped = nil
        return false
    }

    /// Takes the next record, mapped to `result`, and emits the previous invoice once `record`
    /// starts a new one.
    mutating func add(
        _ record: FlatRecord, result: JSONRecordMapper.Outcome.Result, line: Int?, path: String,
        emit: (JSONRecordMapper.Outcome.Result) -> Void
    ) {
        let values = documentValues(record)
        let numberAndDate = numberAndDate(values, record: record)
        if case .skipped = result {
            finish(emit: emit)
            skipped = numberAndDate
            emit(result)
            return
        }
        skipped = nil
        if !members.isEmpty, !Self.continues(firstNumberAndDate, with: numberAndDate, empty: values.isEmpty) {
            finish(emit: emit)
        }
        if members.isEmpty {
            firstValues = values
            firstNumberAndDate = numberAndDate
            firstLine = line
        } else if conflict == nil {
            for key in values.keys.sorted() {
                guard let firstValue = firstValues[key], let value = values[key], value != firstValue else { continue }
                conflict = Conflict(key: key, firstValue: firstValue, value: value, line: line, path: path.isEmpty ? key : "\(path).\(key)")
                break
            }
        }
        members.append(Member(result: result, line: line))
    }

    /// Emits the current invoice, if any.
    mutating func finish(emit: (JSONRecordMapper.Outcome.Result) -> Void) {
        guard !members.isEmpty else { return }
        emit(outcome())
        members.removeAll(keepingCapacity: true)
        conflict = nil
    }

    private func outcome() -> JSONRecordMapper.Outcome.Result {
        guard members.count > 1 else { return members[0].result }
        let rejections = members.compactMap { member -> Rejection? in
            if case .rejected(let rejection) = member.result { return rejection }
            return nil
        }
        var number: String?
        if case .imported(let document) = members[0].result { number = document.number }
        number = number ?? rejections.first?.documentNumber
        func wrap(_ reason: LocalizedText, line: Int?, others: [CSVMessages.LineProblem]) -> LocalizedText {
            CSVMessages.invoiceRejected(
                reason, number: number, firstLine: firstLine ?? 0, lastLine: members[members.count - 1].line ?? 0,
                problemLine: line ?? 0, otherProblems: others)
        }
        if let first = rejections.first {
            let others = rejections.dropFirst().map { CSVMessages.LineProblem(line: $0.location.line ?? 0, reason: $0.reason) }
            let reason = wrap(first.reason, line: first.location.line, others: others)
            return .rejected(Rejection(location: first.location, reason: reason, documentNumber: number))
        }
        if let conflict {
            let reason = JSONRecordMessages.conflictingValues(
                conflict.key, first: conflict.firstValue, firstLine: firstLine ?? 0, other: conflict.value, line: conflict.line ?? 0)
            let location = SourceLocation(file: file, line: conflict.line, element: conflict.path)
            return .rejected(Rejection(location: location, reason: wrap(reason, line: conflict.line, others: []), documentNumber: number))
        }
        guard case .imported(var document) = members[0].result else { return members[0].result }
        document.lines = members.flatMap { member -> [Line] in
            if case .imported(let lineDocument) = member.result { return lineDocument.lines }
            return []
        }
        for index in document.lines.indices { document.lines[index].id = String(index + 1) }
        return .imported(document)
    }
}
