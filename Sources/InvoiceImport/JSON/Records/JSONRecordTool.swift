import InvoiceModel

/// The invoicing tool whose API layout a JSON record array follows, when its keys show it.
///
/// The generic reading (``JSONRecordLayout``, ``JSONRecordMapper``) works for any tool. A few
/// layouts need more: Pennylane gives two sets of totals, Xero may give tax-inclusive line amounts
/// and names a credit note's invoice in its allocations, and QuickBooks writes discounts as lines.
/// Those readings live in this type's extensions, one file per tool.
enum JSONRecordTool: Sendable, Hashable {
    case pennylane
    case xero
    case quickBooks
    case other

    /// Returns the tool whose keys the records have, among the flattened keys of an array.
    static func detect(keys: [String]) -> JSONRecordTool {
        let keys = Set(keys)
        if keys.contains("currency_amount_before_tax") || keys.contains("currency_tax") { return .pennylane }
        if keys.contains("LineAmountTypes") || keys.contains("CreditNoteID") || (keys.contains("InvoiceID") && keys.contains("InvoiceNumber")) {
            return .xero
        }
        if keys.contains("DocNumber") && keys.contains("TxnDate") { return .quickBooks }
        return .other
    }

    /// Adjusts the keys read for the tool, leaving the fields the mapping file names alone.
    func adjust(_ layout: inout JSONRecordLayout, keys: [String], mapped: Set<CSVField>) {
        switch self {
        case .pennylane: Self.adjustPennylane(&layout, keys: Set(keys), mapped: mapped)
        case .xero: Self.adjustXero(&layout, mapped: mapped)
        case .quickBooks, .other: break
        }
    }

    /// Completes a document with what only the tool's layout gives.
    func complete(_ document: inout Document, record: FlatRecord, cells: inout JSONRecordCells) {
        switch self {
        case .pennylane: Self.completePennylane(&document, cells: &cells)
        case .xero: Self.completeXero(&document, record: record)
        case .quickBooks, .other: break
        }
        // QuickBooks discount lines are unmistakable, so they are read whatever the other keys.
        Self.readDiscountLines(&document, record: record, cells: &cells)
    }

    /// Adjusts one line read from `object`, a line object of `record`.
    func adjustLine(_ line: inout Line, object: FlatRecord, record: FlatRecord, cells: inout JSONRecordCells) {
        if self == .xero { Self.adjustXeroLine(&line, object: object, record: record, cells: &cells) }
    }

    /// Returns true for line objects that are not invoice lines for this reading: QuickBooks
    /// discount lines, read as document allowances.
    static func isAllowanceLine(_ line: JSONValue) -> Bool {
        line["DetailType"]?.string == "DiscountLineDetail"
    }
}
