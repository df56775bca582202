import InvoiceModel

/// An array of a JSON file whose objects are invoice records.
struct JSONRecordArray: Sendable {
    /// The object keys leading from the root to the array; empty for a root array.
    var keyPath: [String]
    var elements: [JSONValue]
    /// The canonical fields the keys of its first records name, which made it an invoice array.
    var fields: Set<CSVField>
    /// The kind of records without a type key: credit notes in an array named for them.
    var defaultKind: DocumentKind = .invoice
    /// True when the root object is itself the one record.
    var isSingleObject = false

    /// The array's path for messages: `invoices`, `QueryResponse.Invoice`, or empty for the root.
    var path: String { keyPath.joined(separator: ".") }

    /// Returns the JSON path of one record: `invoices[3]`, `[3]` in a root array, empty for a single object.
    func path(ofRecord index: Int) -> String {
        isSingleObject ? "" : "\(path)[\(index)]"
    }
}

/// Finds the arrays of invoice records in a JSON file.
///
/// An array is an invoice array when the keys of its first 50 objects name an invoice number and
/// at least two other invoice fields. Keys are flattened and matched with the CSV header
/// catalogue, so Odoo's `name` counts as the number beside Odoo's own keys. The root array is
/// read when it is one.
/// In a root object, arrays reached through objects (up to four keys deep) are candidates. Read
/// are all those named for invoices or credit notes (`invoices`, `Invoice`, `credits`,
/// `CreditNotes`…). Without any, the best of those named like a list (`data`, `items`,
/// `results`…) is read, else the candidate naming the most fields. Candidates not read are named
/// in a warning. A root object without any candidate is read as a single record when its own keys
/// qualify, and empty arrays named for invoices give no record.
enum JSONRecordArrays {
    static let invoiceNames: Set<String> = names(["invoices", "invoice", "factures", "facture", "customer_invoices", "sales_invoices"])
    static let creditNames: Set<String> = names([
        "credits", "credit_notes", "credit_note", "credit_memos", "credit_memo", "avoirs", "avoir",
    ])
    static let listNames: Set<String> = names([
        "data", "items", "results", "result", "records", "rows", "value", "documents", "list", "entries", "objects",
    ])

    /// Returns the invoice arrays to read and the candidates left aside, or `nil` when the file contains none.
    static func locate(in root: JSONValue, mapping: CSVMapping? = nil) -> (read: [JSONRecordArray], leftAside: [JSONRecordArray])? {
        if case .array(let elements) = root {
            let fields = recognisedFields(elements, mapping: mapping)
            guard qualifies(fields) else { return nil }
            return ([JSONRecordArray(keyPath: [], elements: elements, fields: fields)], [])
        }
        var candidates: [JSONRecordArray] = []
        collect(root, keyPath: [], mapping: mapping, into: &candidates)
        candidates.sort { $0.path < $1.path }
        if candidates.isEmpty {
            let fields = recognisedFields([root], mapping: mapping)
            if qualifies(fields) {
                return ([JSONRecordArray(keyPath: [], elements: [root], fields: fields, isSingleObject: true)], [])
            }
            // An export of a period without invoices still names its array: `{"invoices": []}`.
            var empty: [JSONRecordArray] = []
            collectEmpty(root, keyPath: [], into: &empty)
            return empty.isEmpty ? nil : (empty.sorted { $0.path < $1.path }, [])
        }
        let named = candidates.filter { array in
            let name = lastName(array)
            return invoiceNames.contains(name) || creditNames.contains(name)
        }
        var read: [JSONRecordArray]
        if !named.isEmpty {
            read = named
        } else if let list = best(candidates.filter { listNames.contains(lastName($0)) }) {
            read = [list]
        } else if let any = best(candidates) {
            read = [any]
        } else {
            return nil
        }
        for index in read.indices where creditNames.contains(lastName(read[index])) { read[index].defaultKind = .creditNote }
        let readPaths = Set(read.map(\.path))
        return (read, candidates.filter { !readPaths.contains($0.path) })
    }

    /// Adds the qualifying arrays under `value`, following object members only.
    private static func collect(
        _ value: JSONValue, keyPath: [String], mapping: CSVMapping?, into candidates: inout [JSONRecordArray]
    ) {
        guard case .object(let members) = value, keyPath.count < JSONParser.recordedKeyDepth else { return }
        for (key, member) in members {
            let path = keyPath + [key]
            switch member {
            case .object:
                collect(member, keyPath: path, mapping: mapping, into: &candidates)
            case .array(let elements):
                let fields = recognisedFields(elements, mapping: mapping)
                if qualifies(fields) { candidates.append(JSONRecordArray(keyPath: path, elements: elements, fields: fields)) }
            default:
                break
            }
        }
    }

    /// Adds the empty arrays under `value` named for invoices or credit notes.
    private static func collectEmpty(_ value: JSONValue, keyPath: [String], into arrays: inout [JSONRecordArray]) {
        guard case .object(let members) = value, keyPath.count < JSONParser.recordedKeyDepth else { return }
        for (key, member) in members {
            let name = CSVColumnRecognition.normalise(key)
            switch member {
            case .object:
                collectEmpty(member, keyPath: keyPath + [key], into: &arrays)
            case .array(let elements) where elements.isEmpty && (invoiceNames.contains(name) || creditNames.contains(name)):
                arrays.append(JSONRecordArray(keyPath: keyPath + [key], elements: [], fields: []))
            default:
                break
            }
        }
    }

    /// Returns the document-level fields named by the keys of the first 50 objects of `elements`,
    /// through the catalogue or the mapping file.
    static func recognisedFields(_ elements: [JSONValue], mapping: CSVMapping? = nil) -> Set<CSVField> {
        var keys = Set<String>()
        for element in elements.prefix(50) {
            guard case .object = element else { continue }
            keys.formUnion(FlatRecord(element).keys)
        }
        var fields = Set(keys.compactMap(CSVColumnRecognition.field(forHeader:)).filter { !$0.isLineValue })
        for (field, key) in mapping?.mappedColumns ?? [:] where !field.isLineValue && keys.contains(key.trimmingSpaces) {
            fields.insert(field)
        }
        if keys.contains(JSONRecordKeys.statusCodeKey) { fields.insert(.status) }
        let normalised = Set(keys.map(CSVColumnRecognition.normalise))
        for contextual in CSVFieldCatalog.contextualHeaders
        where normalised.contains(CSVColumnRecognition.normalise(contextual.header))
            && contextual.besideAnyOf.contains(where: { normalised.contains(CSVColumnRecognition.normalise($0)) })
        {
            fields.insert(contextual.field)
        }
        return fields
    }

    static func qualifies(_ fields: Set<CSVField>) -> Bool {
        (fields.contains(.number) || fields.contains(.provisionalNumber)) && fields.count >= 3
    }

    private static func best(_ arrays: [JSONRecordArray]) -> JSONRecordArray? {
        // `max` keeps the last of equal elements; the first in path order wins a tie instead.
        arrays.enumerated().max { ($0.element.fields.count, -$0.offset) < ($1.element.fields.count, -$1.offset) }?.element
    }

    private static func lastName(_ array: JSONRecordArray) -> String {
        CSVColumnRecognition.normalise(array.keyPath.last ?? "")
    }

    private static func names(_ list: [String]) -> Set<String> {
        Set(list.map(CSVColumnRecognition.normalise))
    }
}
