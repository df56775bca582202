import InvoiceModel

extension JSONRecordTool {
    /// Reads QuickBooks discount lines (`"DetailType": "DiscountLineDetail"`) as document-level
    /// allowances (BG-20): their `Amount` adds to the allowance total (BT-107), and
    /// `DiscountLineDetail.DiscountPercent` is the percentage when `PercentBased` is true.
    static func readDiscountLines(_ document: inout Document, record: FlatRecord, cells: inout JSONRecordCells) {
        var total: Amount?
        for key in record.arrays.keys.sorted() where JSONRecordKeys.matches(key, JSONRecordKeys.lineArrays) {
            for (index, element) in (record.arrays[key] ?? []).enumerated() where isAllowanceLine(element) {
                let path = "\(cells.path(of: key))[\(index)]"
                var line = JSONRecordCells(record: FlatRecord(element), path: path, decimal: cells.decimal, dateFormat: cells.dateFormat)
                let amount = line.amount("Amount")
                let percentBased = line.record.value("DiscountLineDetail.PercentBased") == .bool(true)
                let allowance = AllowanceCharge(
                    isCharge: false, amount: amount, percentage: percentBased ? line.amount("DiscountLineDetail.DiscountPercent") : nil,
                    reason: line.text("Description") ?? line.text("DiscountLineDetail.DiscountAccountRef.name"),
                    source: SourceLocation(file: document.source.file, line: document.source.line, element: path))
                cells.append(line)
                document.allowanceCharges.append(allowance)
                if let amount { total = (total ?? .zero) + amount.magnitude }
            }
        }
        if let total { document.totals.allowances = (document.totals.allowances ?? .zero) + total }
    }
}
