import InvoiceModel

/// Documents that exports list beside sales invoices and that a sales audit leaves out: estimates
/// and quotes, pro forma invoices, and purchase documents (supplier bills and their credit notes).
///
/// A type value is skipped only when the mapping file does not translate it, so a user can still
/// read one as an invoice.
enum SkippedDocumentKind: Sendable, Hashable, CaseIterable {
    case quote
    /// A pro forma invoice: an offer written like an invoice, without the legal value of one.
    case proforma
    case purchase

    /// Returns the kind of skipped document a type value names, or `nil` for any other value.
    static func of(_ typeText: String) -> SkippedDocumentKind? {
        let key = CSVColumnRecognition.normalise(typeText)
        if quoteTypes.contains(key) { return .quote }
        if proformaTypes.contains(key) { return .proforma }
        if purchaseTypes.contains(key) { return .purchase }
        return nil
    }

    private static let quoteTypes = Set(
        ["Estimate", "Quote", "Quotation", "Devis", "Offre", "Offre de prix", "Proposition commerciale"].map(
            CSVColumnRecognition.normalise))
    private static let proformaTypes = Set(
        ["Proforma", "Pro forma", "Pro-forma", "Facture proforma", "Facture pro forma", "Proforma invoice", "Pro forma invoice"]
            .map(CSVColumnRecognition.normalise))
    /// Supplier bills and their credit notes: Xero's, Odoo's move types, and common labels.
    private static let purchaseTypes = Set(
        [
            "ACCPAY", "ACCPAYCREDIT", "in_invoice", "in_refund", "Vendor Bill", "Vendor Credit Note", "Bill",
            "Supplier Invoice", "Supplier Credit Note", "Purchase Invoice", "Purchase Credit Note",
            "Facture fournisseur", "Avoir fournisseur", "Facture d'achat", "Avoir d'achat", "Facture achat", "Avoir achat",
        ].map(CSVColumnRecognition.normalise))
}

/// Counts the documents of one file skipped by kind, and gives one warning per kind.
///
/// Skipped documents are neither imported nor rejected, as the FEC reader's skipped journals: the
/// warning gives their count, so the file's records still add up.
struct SkippedDocumentTally: Sendable {
    private struct Entry: Sendable {
        var count = 0
        var firstLine: Int?
        /// The JSON path of the first document, when its source has one.
        var firstElement: String?
        var types: [String] = []
    }

    private var entries: [SkippedDocumentKind: Entry] = [:]

    /// The documents skipped, all kinds together.
    var count: Int { entries.values.reduce(0) { $0 + $1.count } }

    /// Notes one skipped document of `kind`, whose type value is `type`, starting at `line`, at
    /// `element` in a JSON file.
    mutating func note(_ kind: SkippedDocumentKind, type: String, line: Int?, element: String? = nil) {
        var entry = entries[kind] ?? Entry(firstLine: line, firstElement: element)
        entry.count += 1
        if !entry.types.contains(type) { entry.types.append(type) }
        entries[kind] = entry
    }

    /// Returns one warning per kind skipped, located at its first document.
    func warnings(file: String) -> [Rejection] {
        SkippedDocumentKind.allCases.compactMap { kind in
            guard let entry = entries[kind] else { return nil }
            let reason = SkippedDocumentTally.message(kind, count: entry.count, types: entry.types, firstLine: entry.firstLine)
            return Rejection(location: SourceLocation(file: file, line: entry.firstLine, element: entry.firstElement), reason: reason)
        }
    }

    static func message(_ kind: SkippedDocumentKind, count: Int, types: [String], firstLine: Int?) -> LocalizedText {
        let list = types.map { "'\($0)'" }.joined(separator: ", ")
        let example = types.first ?? ""
        let mapFR = "si l'un d'eux est une facture de vente, donnez son type dans un fichier de correspondance, par exemple {\"values\": {\"type\": {\"\(example)\": \"invoice\"}}}"
        let mapEN = "if one of them is a sales invoice, give its type in a mapping file, for example {\"values\": {\"type\": {\"\(example)\": \"invoice\"}}}"
        let whereFR = firstLine.map { ", le premier à la ligne \($0)" } ?? ""
        let whereEN = firstLine.map { ", the first at line \($0)" } ?? ""
        switch kind {
        case .quote:
            let countFR = count == 1 ? "1 devis ignoré" : "\(count) devis ignorés"
            let countEN = count == 1 ? "1 estimate or quote skipped" : "\(count) estimates or quotes skipped"
            return LocalizedText(
                fr: "\(countFR) (type \(list)\(whereFR)) : un devis n'est pas une facture, l'audit le laisse de côté ; \(mapFR)",
                en: "\(countEN) (type \(list)\(whereEN)): an estimate is not an invoice, so the audit leaves it out; \(mapEN)")
        case .proforma:
            let countFR = count == 1 ? "1 facture pro forma ignorée" : "\(count) factures pro forma ignorées"
            let countEN = count == 1 ? "1 pro forma invoice skipped" : "\(count) pro forma invoices skipped"
            return LocalizedText(
                fr: "\(countFR) (type \(list)\(firstLine.map { ", la première à la ligne \($0)" } ?? "")) : une facture pro forma est une offre, pas une facture, l'audit la laisse de côté ; \(mapFR.replacing("si l'un d'eux", with: "si l'une d'elles"))",
                en: "\(countEN) (type \(list)\(whereEN)): a pro forma invoice is an offer, not an invoice, so the audit leaves it out; \(mapEN)")
        case .purchase:
            let countFR = count == 1 ? "1 document d'achat ignoré" : "\(count) documents d'achat ignorés"
            let countEN = count == 1 ? "1 purchase document skipped" : "\(count) purchase documents skipped"
            return LocalizedText(
                fr: "\(countFR) (type \(list)\(whereFR)) : factures et avoirs de fournisseurs, laissés hors d'un audit des ventes ; exportez-les à part pour les contrôler, et \(mapFR)",
                en: "\(countEN) (type \(list)\(whereEN)): supplier bills and credit notes are purchases, left out of a sales audit; export them apart to check them, and \(mapEN)")
        }
    }
}
