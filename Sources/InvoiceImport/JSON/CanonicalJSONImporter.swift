import InvoiceModel

/// Imports facturaudit's canonical JSON (``CanonicalJSON``): the documents come back exactly as
/// they were exported, with their original source locations and syntax.
///
/// Other JSON shapes (arrays, other tools' objects) are rejected with a message saying so.
struct CanonicalJSONImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let location = SourceLocation(file: file)
        switch CanonicalJSON.shape(of: bytes) {
        case .canonical:
            break
        case .other:
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

    // NOTE: only facturaudit's own canonical JSON is imported; other tools' JSON (Stripe
    // invoice objects and the like) is rejected with this message.
    static let otherShape = LocalizedText(
        fr: "JSON non reconnu : seul le JSON canonique de facturaudit ({\"formatVersion\":1,\"documents\":[…]}) est importé pour l'instant",
        en: "unrecognised JSON: only facturaudit's canonical JSON ({\"formatVersion\":1,\"documents\":[…]}) is imported for now")
}
