import InvoiceModel

/// What each line must say (CGI ann. II art. 242 nonies A, I-8°; C. com. L441-9) and the VAT
/// total in euros on foreign-currency invoices (CGI art. 289-IV).
public enum LineMentionRules {
    public static let lineMentions = RuleDescriptor(
        id: "FR-MENT-17", severity: .error,
        title: LocalizedText(
            fr: "ligne sans désignation précise, quantité, prix unitaire HT ou taux de TVA",
            en: "line without a precise description, quantity, net unit price or VAT rate"),
        reference: "CGI ann. II art. 242 nonies A, I-8°; C. com. L441-9")

    public static let vatInEuros = RuleDescriptor(
        id: "FR-MENT-21", severity: .error,
        title: LocalizedText(
            fr: "facture en devise sans montant de TVA en euros", en: "foreign-currency invoice without the VAT amount in euros"),
        reference: "CGI art. 289-IV; EN 16931-1 BT-111")

    public static let descriptors = [lineMentions, vatInEuros]

    /// Words that alone do not designate a good or service.
    static let genericDescriptions: Set<String> = [
        "divers", "diverses", "prestation", "prestations", "produit", "produits", "article", "articles", "service",
        "services", "marchandise", "marchandises", "fourniture", "fournitures", "various", "misc", "miscellaneous",
        "item", "items", "goods", "product", "products", "-", ".",
    ]

    public static func check(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.sellerIsFrench else { return [] }
        var findings: [Finding] = []
        for (index, line) in document.lines.enumerated() {
            var missing: [(fr: String, en: String)] = []
            let description = (line.description ?? "").trimmingSpaces
            let label = line.id ?? String(index + 1)
            if !description.isEmpty, genericDescriptions.contains(MentionText.normalise(description)) {
                findings.append(
                    lineMentions.finding(
                        on: document,
                        fr: "ligne \(label) : la désignation '\(description)' est trop générale ; nommez précisément le bien ou le service",
                        en: "line \(label): the description '\(description)' is too generic; name the good or service precisely",
                        location: line.source))
            }
            guard document.isStructured else { continue }
            if description.isEmpty { missing.append(("désignation", "description")) }
            if line.quantity == nil { missing.append(("quantité", "quantity")) }
            if line.netPrice == nil { missing.append(("prix unitaire HT", "net unit price")) }
            if line.vatCategory == nil && line.vatRate == nil { missing.append(("taux ou catégorie de TVA", "VAT rate or category")) }
            // A quantity of 0 is written, but it bills nothing, so it gets its own wording.
            let zero = line.quantity.flatMap { $0.isZero ? $0 : nil }
            guard !missing.isEmpty || zero != nil else { continue }
            let message: LocalizedText
            if let zero, missing.isEmpty {
                message = LocalizedText(
                    fr: "ligne \(label) : la quantité est '\(zero.frenchText)', la ligne ne facture rien ; indiquez la quantité vendue, ou retirez la ligne",
                    en: "line \(label): the quantity is '\(zero)', so the line bills nothing; write the quantity sold, or remove the line")
            } else if let zero {
                message = LocalizedText(
                    fr: "ligne \(label) incomplète, il manque : \(missing.map(\.fr).joined(separator: ", ")), et sa quantité est '\(zero.frenchText)' : complétez la ligne et indiquez la quantité vendue",
                    en: "line \(label) is incomplete, missing: \(missing.map(\.en).joined(separator: ", ")), and its quantity is '\(zero)': complete the line and write the quantity sold")
            } else {
                message = LocalizedText(
                    fr: "ligne \(label) incomplète, il manque : \(missing.map(\.fr).joined(separator: ", ")) ; complétez la ligne",
                    en: "line \(label) is incomplete, missing: \(missing.map(\.en).joined(separator: ", ")); complete the line")
            }
            findings.append(lineMentions.finding(on: document, fr: message.fr, en: message.en, location: line.source))
        }
        if document.isStructured, document.sellerIsFrench, let currency = document.currency?.uppercased(), currency != "EUR",
            document.totals.vatInAccountingCurrency == nil
        {
            findings.append(
                vatInEuros.finding(
                    on: document,
                    fr: "facture en '\(currency)' sans le total de TVA en euros (BT-111) : ajoutez-le avec la devise de comptabilisation EUR",
                    en: "invoice in '\(currency)' without the VAT total in euros (BT-111): add it with EUR as accounting currency"))
        }
        return findings
    }
}
