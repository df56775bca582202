import InvoiceModel

/// A key of the mapping file that no record has, with the keys the records do have.
struct JSONRecordLayoutProblem: Error, Sendable, Hashable {
    var field: CSVField
    var key: String
    var keys: [String]
}

/// The key of each canonical field in the records of one array, decided once from the keys of all
/// its records with the CSV header recognition and the mapping file.
struct JSONRecordLayout: Sendable {
    /// Document-level keys by field, the one the catalogue ranks first leading: a record that
    /// lacks it (or has it `null`) is read from the next one it has.
    var keys: [CSVField: [String]]
    /// Every key read as a status, the one the catalogue ranks first leading: Xero gives `Status`,
    /// Odoo `state` (its `payment_state` is the payment status).
    var statusKeys: [String]
    /// Keys matched to a field another key fills first.
    var fallbacks: [IgnoredColumn]
    /// True when the records carry Invoice Ninja's `status_id`.
    var hasStatusCode: Bool
    /// True when the records have a key for the credited invoice (BT-25), even one that is `false`
    /// on every record, as Odoo writes `reversed_entry_id` for a move that reverses nothing.
    var hasReferenceKey: Bool
    /// Line keys at the top of the records, by field, when the records are invoice lines (one
    /// object per line, as a line-level CSV export turned into JSON); empty otherwise.
    var lineKeys: [CSVField: String] = [:]
    /// The tool whose layout the records follow, for the readings only it needs.
    var tool: JSONRecordTool = .other

    /// True when each record is one invoice line and consecutive records of one invoice are grouped.
    var isLineLevel: Bool { !lineKeys.isEmpty }

    /// Builds the layout of the objects among `elements`, or returns the mapped key that no
    /// record has, with the keys found.
    ///
    /// Each record is flattened here and again when it is read, so that only one flattened record
    /// is held at a time beside the parsed file.
    static func make(
        _ elements: [JSONValue], mapping: CSVMapping?
    ) -> Result<JSONRecordLayout, JSONRecordLayoutProblem> {
        var kinds: [String: (flag: Bool, other: Bool)] = [:]
        var listKeys = Set<String>()
        var hasLineArrays = false
        for element in elements {
            guard case .object = element else { continue }
            let flat = FlatRecord(element)
            if !hasLineArrays { hasLineArrays = flat.arrays.keys.contains { JSONRecordKeys.matches($0, JSONRecordKeys.lineArrays) } }
            for (key, value) in flat.values {
                var seen = kinds[key] ?? (false, false)
                switch value {
                case .bool: seen.flag = true
                case .null: break
                default: seen.other = true
                }
                kinds[key] = seen
            }
            listKeys.formUnion(flat.lists.keys)
        }
        // A list is read only for the cited invoices and their dates, so only keys of those
        // fields join the scalar keys (a key that some records give as a text stays one key).
        let listFields: Set<CSVField> = [.originalInvoice, .originalInvoiceDate]
        let mappedLists = Set((mapping?.mappedColumns ?? [:]).filter { listFields.contains($0.key) }.values)
        for key in listKeys where kinds[key] == nil {
            let field = CSVColumnRecognition.field(forHeader: key)
            if mappedLists.contains(key) || field.map(listFields.contains) == true { kinds[key] = (false, true) }
        }

        let allKeys = kinds.keys.sorted()
        // Keys holding only true or false are flags (`paid`, `draft`), never amounts or texts.
        let headers = allKeys.filter { key in !(kinds[key]?.flag ?? false) || (kinds[key]?.other ?? false) }
        // Line fields of the mapping name keys of line objects (see JSONRecordMapper+Lines.swift),
        // or top-level keys of records that are lines.
        let documentMapping = (mapping?.mappedColumns ?? [:]).filter { !$0.key.isLineValue }
        let mappedLineKeys = (mapping?.mappedColumns ?? [:]).filter { $0.key.isLineValue && headers.contains($0.value) }
        let recognition = CSVColumnRecognition.recognise(headers: headers, mapping: documentMapping)
        let recognised: (layout: ColumnLayout, ignored: [IgnoredColumn])
        switch recognition {
        case .success(let value): recognised = value
        case .failure(.mappedHeaderMissing(let field, let key)):
            return .failure(JSONRecordLayoutProblem(field: field, key: key, keys: allKeys))
        }

        let ignored = recognised.ignored.filter { !$0.field.isLineValue }.sorted { rank($0.header) < rank($1.header) }
        var keys: [CSVField: [String]] = [:]
        var lineKeys: [CSVField: String] = [:]
        for (field, index) in recognised.layout.columns {
            if field.isLineValue {
                lineKeys[field] = headers[index]
            } else {
                keys[field] = [headers[index]] + ignored.filter { $0.field == field }.map(\.header)
            }
        }
        lineKeys.merge(mappedLineKeys) { _, mapped in mapped }
        // A description alone may describe the whole invoice; a quantity, a price or a line amount
        // at the top makes each record a line. Records with line arrays keep their lines there.
        if hasLineArrays || !lineKeys.keys.contains(where: { [.lineQuantity, .lineUnitPrice, .lineNetAmount].contains($0) }) {
            lineKeys = [:]
        }
        let hasReferenceKey =
            keys[.originalInvoice] != nil
            || allKeys.contains { CSVColumnRecognition.lookup[CSVColumnRecognition.normalise($0)]?.field == .originalInvoice }
        var layout = JSONRecordLayout(
            keys: keys, statusKeys: keys[.status] ?? [], fallbacks: ignored.filter { $0.field != .status },
            hasStatusCode: headers.contains(JSONRecordKeys.statusCodeKey), hasReferenceKey: hasReferenceKey,
            lineKeys: lineKeys, tool: JSONRecordTool.detect(keys: allKeys))
        layout.tool.adjust(&layout, keys: allKeys, mapped: Set(documentMapping.keys))
        return .success(layout)
    }

    /// Returns the catalogue rank of a key among its field's names.
    private static func rank(_ key: String) -> Int {
        CSVColumnRecognition.lookup[CSVColumnRecognition.normalise(key)]?.rank ?? Int.max
    }

    /// Returns the key `record` gives `field` from: the first of the field's keys it has a value for.
    func key(_ field: CSVField, in record: FlatRecord) -> String? {
        guard let candidates = keys[field] else { return nil }
        return candidates.first { record.value($0) != nil || record.lists[$0] != nil } ?? candidates.first
    }
}
