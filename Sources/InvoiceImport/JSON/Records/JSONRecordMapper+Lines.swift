import InvoiceModel

extension JSONRecordMapper {
    /// Reads the objects of the record's line arrays (``JSONRecordKeys/lineArrays``) as lines,
    /// numbered 1, 2, … in order, leaving out subtotal and section lines and objects without any
    /// recognised line key. Problems go to `problems`, so a bad line rejects its record.
    func lines(_ record: FlatRecord, path: String, line: Int?, problems: inout JSONRecordCells) -> [Line] {
        var lines: [Line] = []
        for key in record.arrays.keys.sorted() where JSONRecordKeys.matches(key, JSONRecordKeys.lineArrays) {
            for (index, element) in (record.arrays[key] ?? []).enumerated() where !JSONRecordKeys.isSummaryLine(element) && !JSONRecordTool.isAllowanceLine(element) {
                let linePath = "\(problems.path(of: key))[\(index)]"
                let object = FlatRecord(element)
                let keys = lineKeys(object)
                guard !keys.isEmpty else { continue }
                var cells = JSONRecordCells(record: object, path: linePath, decimal: decimal, dateFormat: dateFormat)
                var item = Line(
                    id: String(lines.count + 1), description: cells.text(keys[.lineDescription]),
                    quantity: cells.amount(keys[.lineQuantity]), unit: cells.text(keys[.lineUnit]),
                    netPrice: cells.amount(keys[.lineUnitPrice]), netAmount: cells.amount(keys[.lineNetAmount]),
                    vatRate: cells.rate(keys[.lineVatRate]), source: SourceLocation(file: file, line: line, element: linePath))
                layout.tool.adjustLine(&item, object: object, record: record, cells: &cells)
                problems.append(cells)
                lines.append(item)
            }
        }
        return lines
    }

    /// Reads the line keys at the top of a record that is one invoice line
    /// (``JSONRecordLayout/lineKeys``), or returns `nil` when the record has none of them.
    func flatLine(_ cells: inout JSONRecordCells, line: Int?) -> Line? {
        let keys = layout.lineKeys
        guard keys.values.contains(where: { cells.record.value($0) != nil }) else { return nil }
        return Line(
            id: "1", description: cells.text(keys[.lineDescription]), quantity: cells.amount(keys[.lineQuantity]),
            unit: cells.text(keys[.lineUnit]), netPrice: cells.amount(keys[.lineUnitPrice]),
            netAmount: cells.amount(keys[.lineNetAmount]), vatRate: cells.rate(keys[.lineVatRate]),
            source: SourceLocation(file: file, line: line, element: cells.path.isEmpty ? nil : cells.path))
    }

    /// Returns the key of each line field in one line object: the mapping's line columns first, then the
    /// best-ranked recognised key.
    private func lineKeys(_ object: FlatRecord) -> [CSVField: String] {
        var chosen: [CSVField: (key: String, rank: Int)] = [:]
        let mapped = mapping?.mappedColumns.filter { $0.key.isLineValue } ?? [:]
        for key in object.keys {
            if let field = mapped.first(where: { $0.value == key })?.key {
                chosen[field] = (key, -1)
                continue
            }
            guard let match = JSONRecordKeys.lineField(forKey: key) else { continue }
            if let current = chosen[match.field], current.rank <= match.rank { continue }
            chosen[match.field] = (key, match.rank)
        }
        return chosen.mapValues(\.key)
    }

    /// Reads the record's VAT arrays (``JSONRecordKeys/taxArrays``), such as Sellsy's
    /// `taxes[{rate, amount}]`, as the VAT breakdown: the rate and the VAT amount of each entry.
    func vatBreakdown(_ record: FlatRecord, path: String, problems: inout JSONRecordCells) -> [VATBreakdown] {
        var breakdown: [VATBreakdown] = []
        for key in record.arrays.keys.sorted() where JSONRecordKeys.matches(key, JSONRecordKeys.taxArrays) {
            for (index, element) in (record.arrays[key] ?? []).enumerated() {
                let object = FlatRecord(element)
                var cells = JSONRecordCells(
                    record: object, path: "\(problems.path(of: key))[\(index)]", decimal: decimal, dateFormat: dateFormat)
                let rateKey = object.keys.first { JSONRecordKeys.matches($0, JSONRecordKeys.taxRateKeys) }
                let amountKey = object.keys.first { JSONRecordKeys.matches($0, JSONRecordKeys.taxAmountKeys) }
                let entry = VATBreakdown(rate: cells.rate(rateKey), taxAmount: cells.amount(amountKey))
                problems.append(cells)
                if entry.rate != nil || entry.taxAmount != nil { breakdown.append(entry) }
            }
        }
        return breakdown
    }
}
