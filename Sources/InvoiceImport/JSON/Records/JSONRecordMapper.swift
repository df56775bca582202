import InvoiceModel

/// Turns one record of an invoice array into a document, or into a rejection naming the record,
/// the JSON path of its first unreadable value and that value.
struct JSONRecordMapper {
    let file: String
    let layout: JSONRecordLayout
    let mapping: CSVMapping?
    let decimal: DecimalSeparator
    let dateFormat: CSVDateFormat
    let defaultKind: DocumentKind

    /// The outcome of one record: a document or a rejection, and the status values no vocabulary matches.
    struct Outcome {
        enum Result {
            case imported(Document)
            case rejected(Rejection)
            /// An estimate or a purchase document, left out of the audit, with its type value.
            case skipped(SkippedDocumentKind, type: String)
        }

        var result: Result
        var unknownStatuses: [(value: String, key: String)] = []
        /// Numbers read rounded to 15 significant digits.
        var roundedNumbers: [JSONRoundedNumber] = []
    }

    /// Maps `record`. With `continuesInvoice` the record only adds a line to the invoice above it
    /// (see ``JSONRecordGrouper``), so it needs no number of its own.
    func map(_ record: FlatRecord, path: String, line: Int?, continuesInvoice: Bool = false) -> Outcome {
        let source = SourceLocation(file: file, line: line, element: path.isEmpty ? nil : path)
        var cells = JSONRecordCells(record: record, path: path, decimal: decimal, dateFormat: dateFormat)
        var document = Document(source: source, sourceFormat: .jsonRecords)
        func key(_ field: CSVField) -> String? { layout.key(field, in: record) }

        let numberText = cells.text(key(.number))
        if let numberText, CSVVocabulary.isDraftNumberPlaceholder(numberText) {
            document.isDraft = true
            document.provisionalNumber = numberText
        } else {
            document.number = numberText
        }
        if let provisional = cells.text(key(.provisionalNumber)) { document.provisionalNumber = provisional }
        if let typeText = cells.text(key(.type)) {
            document.typeCode = typeText
            if let kind = CSVVocabulary.kind(typeText, dolibarrCode: false, translations: mapping?.values?.type) {
                document.kind = kind
            } else if let skipped = SkippedDocumentKind.of(typeText) {
                return Outcome(result: .skipped(skipped, type: typeText))
            } else if let typeKey = key(.type) {
                cells.report(typeKey, JSONRecordMessages.unknownType(typeText, path: cells.path(of: typeKey)))
            }
        } else {
            document.kind = isTrue(record, JSONRecordKeys.depositFlags) ? .deposit : defaultKind
        }
        var unknownStatuses: [(value: String, key: String)] = []
        document.status = status(record, &cells, unknown: &unknownStatuses)
        if document.status == .draft { document.isDraft = true }

        document.issueDate = cells.date(key(.issueDate))
        document.dueDate = cells.date(key(.dueDate))
        document.currency = (cells.text(key(.currency)) ?? mapping?.defaults?.currency?.trimmingSpaces)?.uppercased()
        let seller = party(&cells, name: .sellerName, siren: .sellerSiren, siret: .sellerSiret, vatID: .sellerVatId)
        document.seller = mapping?.defaults?.filling(seller) ?? seller
        document.buyer = party(&cells, name: .buyerName, siren: .buyerSiren, siret: .buyerSiret, vatID: .buyerVatId)
        document.totals = Totals(
            lineNet: cells.amount(key(.lineNetTotal)), taxExclusive: cells.amount(key(.netTotal)),
            vat: cells.amount(key(.vatTotal)), taxInclusive: cells.amount(key(.grossTotal)),
            payable: cells.amount(key(.amountDue)))
        document.vatBreakdown = vatBreakdown(record, path: path, problems: &cells)
        if document.totals.vat == nil, !document.vatBreakdown.isEmpty {
            document.totals.vat = document.vatBreakdown.reduce(Amount.zero) { $0 + ($1.taxAmount ?? .zero) }
        }
        if !layout.hasReferenceKey { document.referencesNotInSource = true }
        // Several cited invoices, as a list or a text such as "FA-1, FA-2", are read as in a CSV cell.
        let numbers = cells.citedInvoices(key(.originalInvoice))
        if !numbers.isEmpty {
            let dates = cells.citedDates(key(.originalInvoiceDate), count: numbers.count)
            document.precedingInvoices = zip(numbers, dates).map { InvoiceReference(number: $0, issueDate: $1) }
        }
        readProgress(record, &cells, into: &document)
        let paymentDate = cells.date(key(.paymentDate))
        let paid = cells.amount(key(.amountPaid))
        if let paid, paid > .zero {
            document.payments = [Payment(date: paymentDate, amount: paid)]
        }
        // A refund is money paid back to the customer: a negative payment, as in CSV exports.
        if let refunded = cells.amount(key(.amountRefunded)), !refunded.isZero {
            document.payments.append(Payment(date: paymentDate, amount: -refunded.magnitude))
        }
        document.noteNothingPaid(paid)
        document.lines = lines(record, path: path, line: line, problems: &cells)
        if layout.isLineLevel, let item = flatLine(&cells, line: line) { document.lines = [item] }
        layout.tool.complete(&document, record: record, cells: &cells)

        let result: Outcome.Result
        if let first = cells.problems.first {
            let location = SourceLocation(file: file, line: line, element: first.path)
            let reason = JSONRecordMessages.otherProblems(first.reason, others: cells.problems.dropFirst().map(\.reason))
            result = .rejected(Rejection(location: location, reason: reason, documentNumber: document.number))
        } else if document.number == nil, !document.isDraft, !continuesInvoice {
            result = .rejected(Rejection(location: source, reason: JSONRecordMessages.missingNumber(path: path)))
        } else {
            result = .imported(document)
        }
        return Outcome(result: result, unknownStatuses: unknownStatuses, roundedNumbers: cells.roundedNumbers)
    }

    /// Combines every status the record gives: its status keys, Invoice Ninja's `status_id` and
    /// the `draft` flag, where a draft or cancelled status wins over the furthest along of paid,
    /// partially paid, overdue and issued. The payment state (Odoo's `payment_state`, else the
    /// `paid` flag) then refines it as in a CSV export.
    private func status(
        _ record: FlatRecord, _ cells: inout JSONRecordCells, unknown: inout [(value: String, key: String)]
    ) -> DocumentStatus? {
        var found: [DocumentStatus] = []
        let translations = mapping?.values?.status
        for key in layout.statusKeys {
            guard let text = cells.text(key) else { continue }
            if let status = CSVVocabulary.status(text, dolibarrCode: false, translations: translations) {
                found.append(status)
            } else {
                unknown.append((text, key))
            }
        }
        if layout.hasStatusCode, let code = cells.text(JSONRecordKeys.statusCodeKey) {
            if let status = CSVVocabulary.status(code, dolibarrCode: false, translations: translations)
                ?? JSONRecordKeys.statusCodes[code]
            {
                found.append(status)
            } else {
                unknown.append((code, JSONRecordKeys.statusCodeKey))
            }
        }
        if isTrue(record, JSONRecordKeys.draftFlags) { found.append(.draft) }
        let declared =
            [DocumentStatus.draft, .cancelled].first(where: found.contains)
            ?? [.paid, .partiallyPaid, .overdue, .issued].first(where: found.contains)

        var payment: CSVVocabulary.PaymentState?
        for key in layout.keys[.paymentStatus] ?? [] {
            guard let text = cells.text(key) else { continue }
            payment = CSVVocabulary.paymentState(text, dolibarrCode: false, translations: translations)
            if payment == nil { unknown.append((text, key)) }
            break
        }
        if payment == nil, isTrue(record, JSONRecordKeys.paidFlags) { payment = .status(.paid) }
        return CSVVocabulary.combined(declared: declared, payment: payment)
    }

    private func isTrue(_ record: FlatRecord, _ names: [String]) -> Bool {
        record.values.contains { $0.value == .bool(true) && JSONRecordKeys.matches($0.key, names) }
    }

    private func party(
        _ cells: inout JSONRecordCells, name: CSVField, siren: CSVField, siret: CSVField, vatID: CSVField
    ) -> Party? {
        func key(_ field: CSVField) -> String? { layout.key(field, in: cells.record) }
        var party = Party(name: cells.text(key(name)), vatID: cells.text(key(vatID)))
        if let identifier = cells.companyIdentifier(key(siren)) {
            party.siren = identifier.siren
            party.siret = identifier.siret
        }
        if let identifier = cells.companyIdentifier(key(siret)) {
            party.siren = party.siren ?? identifier.siren
            party.siret = identifier.siret ?? party.siret
        }
        return party == Party() ? nil : party
    }
}
