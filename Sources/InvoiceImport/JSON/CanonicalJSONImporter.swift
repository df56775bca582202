import InvoiceModel

/// Imports facturaudit's canonical JSON (``CanonicalJSON``): the documents come back exactly as
/// they were exported, with their original source locations and syntax.
///
/// JSON in one of Stripe's shapes goes to ``StripeJSONImporter``; other shapes are rejected with
/// a message saying so.
struct CanonicalJSONImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let location = SourceLocation(file: file)
        switch CanonicalJSON.shape(of: bytes) {
        case .canonical:
            break
        case .other:
            if case .success(let root) = JSONParser.parse(bytes), let records = StripeJSONImporter.records(in: root) {
                return StripeJSONImporter().importDocuments(records, file: file)
            }
            return ImportResult(
                file: file, format: .json,
                rejections: [Rejection(location: location, reason: CanonicalJSONImporter.otherShape)])
        case .invalidSyntax:
            let reason = CanonicalJSONError(path: "", problem: .invalidSyntax).message
            return ImportResult(file: file, format: .json, rejections: [Rejection(location: location, reason: reason)])
        }
        do {
            let documents = try CanonicalJSON.decode(bytes)
            return ImportResult(file: file, format: .json, documents: documents)
        } catch {
            let element = error.path.isEmpty ? nil : error.path
            return ImportResult(
                file: file, format: .json,
                rejections: [Rejection(location: SourceLocation(file: file, element: element), reason: error.message)])
        }
    }

    static let otherShape = LocalizedText(
        fr: "JSON non reconnu : attendu le JSON canonique de facturaudit ({\"formatVersion\":1,\"documents\":[…]}) ou des factures et avoirs Stripe ({\"object\": \"invoice\", …}, seuls, en tableau ou en liste {\"object\": \"list\", \"data\": […]})",
        en: "unrecognised JSON: expected facturaudit's canonical JSON ({\"formatVersion\":1,\"documents\":[…]}) or Stripe invoices and credit notes ({\"object\": \"invoice\", …}, alone, in an array or in a list {\"object\": \"list\", \"data\": […]})")
}
