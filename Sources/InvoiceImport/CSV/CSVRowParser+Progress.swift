import InvoiceModel

extension CSVRowParser {
    /// Reads the order and quote columns and the progress-billing columns of one row (see
    /// ``ProgressCells``). `isProgressInvoice` is true when the type column names a progress invoice.
    func readProgress(_ cells: inout CSVRowCells, into document: inout Document, isProgressInvoice: Bool) {
        var situation: Int?
        if let cell = cells.text(.situationNumber) {
            situation = ProgressCells.situationNumber(cell)
            if situation == nil {
                cells.report(.situationNumber, ProgressCells.unreadableSituationNumber(cell, column: layout.header(.situationNumber)))
            }
        }
        ProgressCells.apply(
            to: &document, order: cells.text(.orderReference), quote: cells.text(.quoteReference),
            orderTotal: cells.amount(.orderTotal), situation: situation, percent: cells.rate(.progressPercent),
            cumulative: cells.amount(.cumulativeAmount), isProgressInvoice: isProgressInvoice,
            orderTotalHeader: layout.column(.orderTotal) == nil ? nil : layout.header(.orderTotal))
    }
}
