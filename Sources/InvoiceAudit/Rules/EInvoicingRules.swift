import InvoiceModel

/// The mentions of the e-invoicing reform (décret 2022-1299 in CGI ann. II art. 242 nonies A),
/// enforced from the issuer's own obligation date: buyer SIREN, delivery address, operation
/// category and the option for VAT on debits; and the e-invoice number syntax.
///
/// The date follows the configured issuer category (large and mid-size companies 2026-09-01,
/// SMEs and micro-businesses 2027-09-01) or an explicit date. Without either, the earliest date
/// applies and findings are warnings, because the obligation may not bind this issuer yet.
public enum EInvoicingRules {
    public static let buyerSIREN = RuleDescriptor(
        id: "FR-EINV-01", severity: .error,
        title: LocalizedText(fr: "SIREN de l'acheteur absent (facturation électronique)", en: "buyer SIREN missing (e-invoicing)"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A (décret 2022-1299); décret 2024-266; EN 16931-1 BT-47 (0002)", en: "CGI ann. II art. 242 nonies A (decree 2022-1299); decree 2024-266; EN 16931-1 BT-47 (0002)"))

    public static let deliveryAddress = RuleDescriptor(
        id: "FR-EINV-02", severity: .warning,
        title: LocalizedText(
            fr: "adresse de livraison absente pour une livraison de biens (facturation électronique)",
            en: "delivery address missing for a supply of goods (e-invoicing)"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A (décret 2022-1299); EN 16931-1 BG-15", en: "CGI ann. II art. 242 nonies A (decree 2022-1299); EN 16931-1 BG-15"))

    public static let operationCategory = RuleDescriptor(
        id: "FR-EINV-03", severity: .error,
        title: LocalizedText(
            fr: "catégorie d'opération (biens, services, mixte) absente (facturation électronique)",
            en: "operation category (goods, services, mixed) missing (e-invoicing)"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A (décret 2022-1299); EN 16931-1 BT-23 (B1, S1, M1…)", en: "CGI ann. II art. 242 nonies A (decree 2022-1299); EN 16931-1 BT-23 (B1, S1, M1…)"))

    public static let debitOption = RuleDescriptor(
        id: "FR-EINV-04", severity: .error,
        title: LocalizedText(
            fr: "option pour le paiement de la TVA d'après les débits non mentionnée",
            en: "option for VAT on debits not stated"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A (décret 2022-1299); CGI art. 269-2-c", en: "CGI ann. II art. 242 nonies A (decree 2022-1299); CGI art. 269-2-c"))

    public static let numberSyntax = RuleDescriptor(
        id: "FR-NUM-08", severity: .warning,
        title: LocalizedText(
            fr: "numéro de facture hors de la syntaxe des factures électroniques",
            en: "invoice number outside the e-invoice syntax"),
        reference: LocalizedText(fr: "DGFiP spécifications externes, règle G1.05 (35 caractères, lettres, chiffres, espace, - + _ /)", en: "DGFiP external specifications, rule G1.05 (35 characters, letters, digits, space, - + _ /)"))

    public static let descriptors = [
        buyerSIREN, deliveryAddress, operationCategory, debitOption, numberSyntax, finalAfterDeposit,
    ]

    static func check(_ document: Document, context: AuditContext, texts: DocumentTexts) -> [Finding] {
        // A seller with no country and no identifier, as in most CSV exports, counts as French
        // for the number syntax. The other mentions need a seller shown to be French.
        guard !document.isDraft, let issue = document.issueDate, document.sellerCountsAsFrench else { return [] }
        let start = context.eInvoicingStart
        let applies = issue >= start.date
        var findings = numberFindings(document, enforced: applies && document.isStructured)
        guard applies, document.isStructured, document.sellerIsFrench else { return findings }
        let severity: Severity? = start.configured ? nil : .warning
        let since = start.date.frenchText
        if document.buyerIsFrenchBusiness, document.buyer?.siren == nil, document.buyer?.siret == nil {
            findings.append(
                buyerSIREN.finding(
                    on: document,
                    fr: "le SIREN de l'acheteur manque (BT-47, schéma 0002) : obligatoire sur les factures émises depuis le \(since)",
                    en: "the buyer's SIREN is missing (BT-47, scheme 0002): mandatory on invoices issued since \(start.date)",
                    severity: severity))
        }
        let category = document.operationCategory
        if category == nil {
            findings.append(
                operationCategory.finding(
                    on: document,
                    fr: "la catégorie de l'opération (livraison de biens, prestation de services ou mixte) manque : indiquez-la en BT-23 (B1, S1, M1…) depuis le \(since)",
                    en: "the operation category (goods, services or mixed) is missing: state it in BT-23 (B1, S1, M1…) since \(start.date)",
                    severity: severity))
        }
        if category == .goods || category == .mixed, document.deliveryAddress == nil {
            findings.append(
                deliveryAddress.finding(
                    on: document,
                    fr: "livraison de biens sans adresse de livraison (BG-15) : indiquez-la si elle diffère de l'adresse de l'acheteur",
                    en: "supply of goods without a delivery address (BG-15): state it when it differs from the buyer's address"))
        }
        if context.configuration.issuer.vatOnDebits == true,
            !MentionText.contains(texts.mentions, anyOf: LegalCitations.vatOnDebits)
        {
            findings.append(
                debitOption.finding(
                    on: document,
                    fr: "le vendeur a opté pour la TVA d'après les débits mais la facture ne porte pas « Option pour le paiement de la taxe d'après les débits » : ajoutez la mention",
                    en: "the seller opted for VAT on debits but the invoice lacks \"Option pour le paiement de la taxe d'après les débits\": add the mention",
                    severity: severity))
        }
        return findings
    }

    /// FR-NUM-08: at most 35 characters among letters, digits, space, `-`, `+`, `_` and `/`,
    /// with no leading, trailing or double space.
    private static func numberFindings(_ document: Document, enforced: Bool) -> [Finding] {
        guard let number = document.number, !number.isEmpty else { return [] }
        if isPlainSyntax(number) { return [] }
        var problems: [(fr: String, en: String)] = []
        if number.count > 35 { problems.append(("plus de 35 caractères", "more than 35 characters")) }
        let allowed = number.allSatisfy { character in
            character.isASCII && (character.isLetter || character.isNumber || " -+_/".contains(character))
        }
        if !allowed {
            problems.append(("caractères hors lettres, chiffres, espace, - + _ /", "characters other than letters, digits, space, - + _ /"))
        }
        if number.hasPrefix(" ") || number.hasSuffix(" ") || number.contains("  ") {
            problems.append(("espaces en début, en fin ou doublés", "leading, trailing or double spaces"))
        }
        guard !problems.isEmpty else { return [] }
        return [
            numberSyntax.finding(
                on: document,
                fr: "le numéro '\(number)' ne suit pas la syntaxe des factures électroniques (\(problems.map(\.fr).joined(separator: ", "))) : adaptez le format de numérotation",
                en: "number '\(number)' does not follow the e-invoice syntax (\(problems.map(\.en).joined(separator: ", "))): adapt the numbering format",
                severity: enforced ? .error : nil)
        ]
    }

    /// True for the usual number, checked on its bytes: at most 35 ASCII letters, digits, `-`,
    /// `+`, `_`, `/` and single inner spaces. Anything else goes through the full check.
    private static func isPlainSyntax(_ number: String) -> Bool {
        let bytes = number.utf8
        guard bytes.count <= 35, bytes.first != 0x20, bytes.last != 0x20 else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "_"),
                UInt8(ascii: "/"):
                break
            case 0x20 where previous != 0x20:
                break
            default:
                return false
            }
            previous = byte
        }
        return true
    }
}
