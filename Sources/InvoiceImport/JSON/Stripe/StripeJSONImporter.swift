import InvoiceModel

/// Imports Stripe's JSON: an invoice or credit-note object, a list response
/// (`{"object": "list", "data": […]}`, also `search_result`), or an array of such objects.
///
/// The shape is recognised from content (the `object` member), never from the file name. Each
/// element becomes a document or a rejection naming its JSON path, such as `data[3].total`, and
/// the value found there. docs/stripe-json.md describes the mapping.
struct StripeJSONImporter {
    /// The objects of a Stripe file with their JSON paths.
    struct Record {
        var path: String
        var value: JSONValue
        /// The path of the object from the root, which locates keys written twice in it.
        var objectPath: [JSONPathComponent] = []
    }

    static let documentObjects: Set<String> = ["invoice", "credit_note"]

    /// Returns the records of `root` when it has one of Stripe's shapes, otherwise `nil`.
    static func records(in root: JSONValue) -> [Record]? {
        switch root {
        case .object:
            let type = root["object"]?.string
            if let type, documentObjects.contains(type) { return [Record(path: "", value: root)] }
            guard type == "list" || type == "search_result", let data = root["data"]?.array else { return nil }
            return data.enumerated().map {
                Record(path: "data[\($0.offset)]", value: $0.element, objectPath: [.key("data"), .index($0.offset)])
            }
        case .array(let elements):
            let isStripe = elements.contains { element in
                element["object"]?.string.map(documentObjects.contains) ?? false
            }
            guard isStripe else { return nil }
            return elements.enumerated().map { Record(path: "[\($0.offset)]", value: $0.element, objectPath: [.index($0.offset)]) }
        default:
            return nil
        }
    }

    /// Imports `records`, which start at `lines` in the file. A credit note finds the invoice it
    /// credits among the records, else among the other files' invoices (`otherFiles`). A record
    /// with a key written twice (`duplicates`, by position) is rejected.
    func importDocuments(
        _ records: [Record], file: String, lines: [Int?] = [], otherFiles: StripeInvoiceIndex = StripeInvoiceIndex(),
        duplicates: [Int: Rejection] = [:]
    ) -> ImportResult {
        var result = ImportResult(file: file, format: .stripe)
        let invoiceNumbers = otherFiles.invoices.merging(Self.invoiceNumbers(records)) { _, own in own }
        var unresolved: (count: Int, first: (number: String?, id: String, location: SourceLocation)?) = (0, nil)
        for (position, record) in records.enumerated() {
            if var rejection = duplicates[position] {
                rejection.documentNumber = record.value["number"]?.string
                result.rejections.append(rejection)
                continue
            }
            let line = position < lines.count ? lines[position] : nil
            let location = SourceLocation(file: file, line: line, element: record.path.isEmpty ? nil : record.path)
            let reader = StripeObjectReader(value: record.value, path: record.path)
            var mapper = StripeDocumentMapper(reader: reader, file: file, startLine: line, invoiceNumbers: invoiceNumbers)
            // Named on a rejection, so a numbering gap can point at the object that was not imported.
            let number = record.value["number"]?.string
            do {
                switch record.value["object"]?.string {
                case "invoice": result.documents.append(try mapper.invoice())
                case "credit_note": result.documents.append(try mapper.creditNote())
                case let other:
                    let reason = StripeMessages.notADocument(path: record.path, object: other, value: record.value.excerpt)
                    result.rejections.append(Rejection(location: location, reason: reason, documentNumber: number))
                    continue
                }
                result.warnings += mapper.warnings
                if let id = mapper.unresolvedInvoiceID {
                    unresolved.count += 1
                    if unresolved.first == nil { unresolved.first = (number, id, SourceLocation(file: file, line: line, element: reader.path(of: "invoice"))) }
                }
            } catch {
                // The mapper throws only StripeValueError; `??` in its reads erases the error type.
                let failure = error as? StripeValueError ?? StripeValueError(path: record.path, value: nil, expected: .object)
                let element = SourceLocation(file: file, line: line, element: failure.path)
                result.rejections.append(
                    Rejection(location: element, reason: StripeMessages.unreadableValue(failure), documentNumber: number))
            }
        }
        if let first = unresolved.first {
            let reason = StripeMessages.unresolvedInvoice(id: first.id, creditNote: first.number, count: unresolved.count)
            result.warnings.append(Rejection(location: first.location, reason: reason))
        }
        return result
    }

    /// Returns the file's invoices by Stripe id with their numbers and parties, so a credit note
    /// can name the invoice it credits by number.
    static func invoiceNumbers(_ records: [Record]) -> [String: StripeDocumentMapper.CreditedInvoice] {
        var numbers: [String: StripeDocumentMapper.CreditedInvoice] = [:]
        for record in records where record.value["object"]?.string == "invoice" {
            guard let id = record.value["id"]?.string else { continue }
            let reader = StripeObjectReader(value: record.value, path: record.path)
            let mapper = StripeDocumentMapper(reader: reader, file: "", invoiceNumbers: [:])
            numbers[id] = StripeDocumentMapper.CreditedInvoice(
                number: record.value["number"]?.string, issueDate: try? reader.date("effective_at") ?? reader.date("created"),
                seller: try? mapper.seller(), buyer: try? mapper.buyer())
        }
        return numbers
    }

    /// Returns the line where each record starts, from the offsets the parser recorded: the
    /// elements of the root array or of the list's `data`, or the root object.
    static func lines(of records: [Record], parsed: JSONParser.Parsed, bytes: [UInt8]) -> [Int?] {
        let single = records.count == 1 && records[0].path.isEmpty
        let keyPath = records.first?.path.hasPrefix("data") == true ? ["data"] : []
        let array = JSONRecordArray(keyPath: keyPath, elements: records.map(\.value), fields: [], isSingleObject: single)
        return JSONRecordsImporter.lines(of: array, elementStarts: parsed.elementStarts, in: bytes)
    }
}
