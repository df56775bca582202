import InvoiceModel

/// Imports facturaudit's canonical JSON (``CanonicalJSON``): the documents come back exactly as
/// they were exported, with their original source locations and syntax.
///
/// JSON in one of Stripe's shapes goes to ``StripeJSONImporter``, and invoice lists of other tools
/// go to ``JSONRecordsImporter``. Other shapes are rejected with a message naming the accepted ones.
struct CanonicalJSONImporter {
    /// Imports JSON text. JSON is UTF-8 (RFC 8259), but an export written in Windows-1252 would
    /// otherwise have its accented names replaced with U+FFFD: it is read as Windows-1252 with a
    /// warning, as CSV exports are.
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        guard case .success(let decoded) = TextDecoding.decode(bytes, forced: nil), decoded.fellBackToWindows1252 else {
            return importUTF8(bytes, file: file, options: options)
        }
        var result = importUTF8(decoded.bytes, file: file, options: options)
        result.warnings.insert(Rejection(location: SourceLocation(file: file), reason: Self.readAsWindows1252), at: 0)
        return result
    }

    private func importUTF8(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let location = SourceLocation(file: file)
        switch CanonicalJSON.shape(of: bytes) {
        case .canonical:
            break
        case .other:
            switch JSONParser.parseRecordingElements(bytes) {
            case .success(let parsed):
                if let result = importParsed(parsed, bytes: bytes, file: file, options: options) { return result }
            case .failure(let failure):
                // Foundation's decoder accepted the text, yet it is deeper than the parser's limit
                // or has what Foundation tolerates and JSON forbids, such as a trailing comma.
                let line = bytes.prefix(failure.offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                let reason =
                    failure.tooDeep
                    ? JSONRecordMessages.tooDeep(offset: failure.offset) : JSONRecordMessages.invalidSyntax(offset: failure.offset)
                return ImportResult(
                    file: file, format: .json, rejections: [Rejection(location: SourceLocation(file: file, line: line), reason: reason)])
            }
            return ImportResult(
                file: file, format: .json,
                rejections: [Rejection(location: location, reason: CanonicalJSONImporter.otherShape)])
        case .invalidSyntax:
            // Foundation's decoder reports deep nesting as a syntax error, so the parser finds the cause.
            if case .failure(let failure) = JSONParser.parse(bytes), failure.tooDeep {
                let line = bytes.prefix(failure.offset).reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
                let rejection = Rejection(location: SourceLocation(file: file, line: line), reason: JSONRecordMessages.tooDeep(offset: failure.offset))
                return ImportResult(file: file, format: .json, rejections: [rejection])
            }
            if let lines = JSONLines.parse(bytes) {
                return importLines(lines, bytes: bytes, file: file, options: options)
            }
            let reason = CanonicalJSONError(path: "", problem: .invalidSyntax).message
            return ImportResult(file: file, format: .json, rejections: [Rejection(location: location, reason: reason)])
        }
        do {
            return Self.withoutDuplicateKeys(try CanonicalJSON.decode(bytes), bytes: bytes, file: file)
        } catch {
            let element = error.path.isEmpty ? nil : error.path
            return ImportResult(
                file: file, format: .json,
                rejections: [Rejection(location: SourceLocation(file: file, element: element), reason: error.message)])
        }
    }

    /// Imports parsed JSON that is not canonical: Stripe's objects or an invoice list, or returns
    /// `nil` for any other shape.
    private func importParsed(_ parsed: JSONParser.Parsed, bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult? {
        if let records = StripeJSONImporter.records(in: parsed.value) {
            let duplicates = JSONRecordsImporter.duplicatesByRecord(parsed.duplicateKeys, records: records.map(\.objectPath))
            if let outside = duplicates.outside {
                return ImportResult(
                    file: file, format: .stripe, rejections: [JSONRecordsImporter.fileRejection(outside, bytes: bytes, file: file)])
            }
            let lines = StripeJSONImporter.lines(of: records, parsed: parsed, bytes: bytes)
            let rejections = duplicates.byRecord.mapValues { JSONRecordsImporter.recordRejection($0, bytes: bytes, file: file) }
            return StripeJSONImporter().importDocuments(
                records, file: file, lines: lines, otherFiles: options.stripeInvoices, duplicates: rejections)
        }
        if let arrays = JSONRecordArrays.locate(in: parsed.value, mapping: options.csvMapping) {
            return JSONRecordsImporter().importDocuments(arrays, bytes: bytes, parsed: parsed, file: file, options: options)
        }
        return nil
    }

    /// Imports JSON Lines: each line is a record, and a line that is not JSON is a rejected record.
    private func importLines(
        _ lines: (parsed: JSONParser.Parsed, invalidLines: [JSONLines.InvalidLine]), bytes: [UInt8], file: String,
        options: ImportOptions
    ) -> ImportResult {
        guard var result = importParsed(lines.parsed, bytes: bytes, file: file, options: options) else {
            return ImportResult(
                file: file, format: .json, rejections: [Rejection(location: SourceLocation(file: file), reason: CanonicalJSONImporter.otherShape)])
        }
        for invalid in lines.invalidLines {
            let reason =
                invalid.failure.tooDeep
                ? JSONRecordMessages.tooDeep(offset: invalid.failure.offset)
                : JSONRecordMessages.invalidJSONLine(invalid.line, offset: invalid.failure.offset)
            result.rejections.append(Rejection(location: SourceLocation(file: file, line: invalid.line), reason: reason))
        }
        // Keep file order: the invalid lines sit between the records.
        result.rejections = result.rejections.enumerated().sorted { left, right in
            (left.element.location.line ?? Int.max, left.offset) < (right.element.location.line ?? Int.max, right.offset)
        }.map(\.element)
        return result
    }

    /// Returns the documents decoded from `bytes`, each one holding a key written twice replaced
    /// by its rejection, or the whole file rejected when the key sits outside the documents.
    private static func withoutDuplicateKeys(_ documents: [Document], bytes: [UInt8], file: String) -> ImportResult {
        let paths = documents.indices.map { [JSONPathComponent.key("documents"), .index($0)] }
        let duplicates = JSONRecordsImporter.duplicatesByRecord(JSONParser.duplicateKeys(bytes), records: paths)
        if let outside = duplicates.outside {
            return ImportResult(file: file, format: .json, rejections: [JSONRecordsImporter.fileRejection(outside, bytes: bytes, file: file)])
        }
        var result = ImportResult(file: file, format: .json)
        for (index, document) in documents.enumerated() {
            if let duplicate = duplicates.byRecord[index] {
                var rejection = JSONRecordsImporter.recordRejection(duplicate, bytes: bytes, file: file)
                rejection.documentNumber = document.number
                result.rejections.append(rejection)
            } else {
                result.documents.append(document)
            }
        }
        return result
    }

    static let readAsWindows1252 = LocalizedText(
        fr: "fichier JSON lu en Windows-1252 car il n'est pas en UTF-8 valide : vérifiez les lettres accentuées, ou exportez le JSON en UTF-8",
        en: "JSON file read as Windows-1252 because it is not valid UTF-8: check accented letters, or export the JSON in UTF-8")

    static let otherShape = LocalizedText(
        fr: "JSON non reconnu : attendu le JSON canonique de facturaudit ({\"formatVersion\":1,\"documents\":[…]}), des factures et avoirs Stripe ({\"object\": \"invoice\", …}, seuls, en tableau ou en liste {\"object\": \"list\", \"data\": […]}), ou une liste de factures d'un logiciel de facturation : un tableau d'objets, seul ou sous une clé comme \"data\", \"invoices\" ou \"QueryResponse.Invoice\", dont les clés nomment un numéro de facture et au moins deux autres champs (date, total, statut…) ; voir docs/json-records.md, ou nommez les clés dans un fichier de correspondance (--mapping)",
        en: "unrecognised JSON: expected facturaudit's canonical JSON ({\"formatVersion\":1,\"documents\":[…]}), Stripe invoices and credit notes ({\"object\": \"invoice\", …}, alone, in an array or in a list {\"object\": \"list\", \"data\": […]}), or an invoicing tool's invoice list: an array of objects, alone or under a key such as \"data\", \"invoices\" or \"QueryResponse.Invoice\", whose keys name an invoice number and at least two other fields (date, total, status…); see docs/json-records.md, or name the keys in a mapping file (--mapping)")
}
