import InvoiceModel

extension JSONRecordMapper {
    /// Reads the order and quote keys and the progress-billing keys of one record (see ``ProgressCells``).
    func readProgress(_ record: FlatRecord, _ cells: inout JSONRecordCells, into document: inout Document) {
        func key(_ field: CSVField) -> String? { layout.key(field, in: record) }
        var situation: Int?
        if let situationKey = key(.situationNumber), let text = cells.text(situationKey) {
            situation = ProgressCells.situationNumber(text)
            if situation == nil {
                cells.report(situationKey, ProgressCells.unreadableSituationNumber(text, path: cells.path(of: situationKey)))
            }
        }
        ProgressCells.apply(
            to: &document, order: cells.text(key(.orderReference)), quote: cells.text(key(.quoteReference)),
            orderTotal: cells.amount(key(.orderTotal)), situation: situation,
            percent: cells.amount(key(.progressPercent), allowPercent: true), cumulative: cells.amount(key(.cumulativeAmount)),
            isProgressInvoice: cells.text(key(.type)).map { CSVVocabulary.isProgressInvoice($0, dolibarrCode: false) } ?? false,
            orderTotalHeader: key(.orderTotal))
    }
}
