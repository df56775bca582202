import InvoiceModel

/// Special mentions by VAT situation (CGI ann. II art. 242 nonies A, I-3°, I-12° to I-16°):
/// franchise en base, exemptions, intra-EU supplies, exports, reverse charge and margin schemes,
/// and the option for VAT on debits. Applies to structured documents, which carry VAT categories;
/// of the others, only VAT charged under a configured franchise en base is checked.
public enum SpecialMentionRules {
    public static let franchise = RuleDescriptor(
        id: "FR-SPEC-01", severity: .error,
        title: LocalizedText(
            fr: "franchise en base sans la mention « TVA non applicable, art. 293 B du CGI »",
            en: "franchise en base without the \"TVA non applicable, art. 293 B du CGI\" mention"),
        reference: LocalizedText(fr: "CGI art. 293 B et 293 E (CIBS, franchise en base); CGI ann. II art. 242 nonies A, I-12°", en: "CGI art. 293 B and 293 E (CIBS, VAT franchise); CGI ann. II art. 242 nonies A, I-12°"))

    public static let exemptionReason = RuleDescriptor(
        id: "FR-SPEC-02", severity: .error,
        title: LocalizedText(fr: "exonération sans motif", en: "exemption without a reason"),
        reference: "CGI ann. II art. 242 nonies A, I-12°; BOI-TVA-DECLA-30-20-20-20; EN 16931-1 BT-120/BT-121")

    public static let intraEUSupply = RuleDescriptor(
        id: "FR-SPEC-03", severity: .error,
        title: LocalizedText(
            fr: "livraison intracommunautaire sans mention d'exonération ou vers la France",
            en: "intra-EU supply without its exemption mention, or to France"),
        reference: LocalizedText(fr: "CGI art. 262 ter I (équivalent CIBS); Directive 2006/112/CE art. 138; CGI ann. II art. 242 nonies A, I-3° et I-12°", en: "CGI art. 262 ter I (CIBS equivalent); Directive 2006/112/CE art. 138; CGI ann. II art. 242 nonies A, I-3° and I-12°"))

    public static let export = RuleDescriptor(
        id: "FR-SPEC-04", severity: .error,
        title: LocalizedText(fr: "exportation sans mention d'exonération", en: "export without its exemption mention"),
        reference: LocalizedText(fr: "CGI art. 262 I (équivalent CIBS); Directive 2006/112/CE art. 146; CGI ann. II art. 242 nonies A, I-12°", en: "CGI art. 262 I (CIBS equivalent); Directive 2006/112/CE art. 146; CGI ann. II art. 242 nonies A, I-12°"))

    public static let reverseCharge = RuleDescriptor(
        id: "FR-SPEC-05", severity: .error,
        title: LocalizedText(fr: "autoliquidation sans la mention « Autoliquidation »", en: "reverse charge without the \"Autoliquidation\" mention"),
        reference: "CGI ann. II art. 242 nonies A, I-13°; CGI art. 283")

    public static let marginScheme = RuleDescriptor(
        id: "FR-SPEC-08", severity: .error,
        title: LocalizedText(
            fr: "régime de la marge sans la mention « Régime particulier – … »",
            en: "margin scheme without the \"Régime particulier – …\" mention"),
        reference: "CGI art. 297 A; CGI ann. II art. 242 nonies A, I-16°")

    public static let bothVATNumbers = RuleDescriptor(
        id: "FR-MENT-10", severity: .error,
        title: LocalizedText(
            fr: "numéros de TVA du vendeur et de l'acheteur requis (livraison intracommunautaire, autoliquidation)",
            en: "seller and buyer VAT numbers required (intra-EU supply, reverse charge)"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A, I-3° et I-4°; CGI art. 262 ter I", en: "CGI ann. II art. 242 nonies A, I-3° and I-4°; CGI art. 262 ter I"))

    public static let vatShownWithoutRight = RuleDescriptor(
        id: "FR-MENT-22", severity: .error,
        title: LocalizedText(
            fr: "TVA facturée en franchise en base ou sous le régime de la marge",
            en: "VAT shown under the franchise en base or a margin scheme"),
        reference: LocalizedText(fr: "CGI art. 293 E et 297 E", en: "CGI art. 293 E and 297 E"))

    public static let debitOption = RuleDescriptor(
        id: "FR-SPEC-10", severity: .warning,
        title: LocalizedText(
            fr: "mention de l'option pour les débits sans option déclarée",
            en: "VAT-on-debits mention without a declared option"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A (décret 2022-1299); CE 21 mai 2014 n° 364610", en: "CGI ann. II art. 242 nonies A (decree 2022-1299); Conseil d'État 21 May 2014 no. 364610"))

    public static let descriptors = [
        franchise, exemptionReason, intraEUSupply, export, reverseCharge, selfBilling, travelAgents, marginScheme,
        newMeansOfTransport, bothVATNumbers, vatShownWithoutRight, debitOption,
    ]

    /// Margin schemes of second-hand goods, art and collectors' items (CGI art. 297 A) by VATEX
    /// code, with the mandated label each needs. The travel agents' scheme is FR-SPEC-07.
    static let marginSchemes: [(code: String, labels: MentionFragments, fr: String, en: String)] = [
        ("VATEX-EU-F", LegalCitations.secondHand, "Régime particulier – Biens d'occasion", "second-hand goods"),
        ("VATEX-EU-I", LegalCitations.worksOfArt, "Régime particulier – Objets d'art", "works of art"),
        (
            "VATEX-EU-J", LegalCitations.collectors, "Régime particulier – Objets de collection et d'antiquité",
            "collectors' items and antiques"
        ),
    ]

    /// The article of the franchise en base, which shows the seller claims it.
    static let franchiseArticle: MentionFragments = ["293 B", "293B"]

    static func check(_ document: Document, context: AuditContext, texts documentTexts: DocumentTexts) -> [Finding] {
        guard !document.isDraft else { return [] }
        guard document.isStructured else { return unstructuredFranchiseFindings(document, context: context) }
        guard document.sellerIsFrench else { return [] }
        let texts = documentTexts.mentions
        let categories = document.vatCategories
        let codes = document.exemptionCodes
        var findings: [Finding] = []

        let isFranchise =
            context.configuration.issuer.franchise || codes.contains("VATEX-FR-FRANCHISE")
            || MentionText.contains(texts, anyOf: franchiseArticle)
        let vatShown = (document.totals.vat ?? .zero) > .zero || document.vatBreakdown.contains { ($0.taxAmount ?? .zero) > .zero }
        if isFranchise {
            if !MentionText.contains(texts, anyOf: LegalCitations.franchise) {
                findings.append(
                    franchise.finding(
                        on: document,
                        fr: "vendeur en franchise en base sans la mention « TVA non applicable, art. 293 B du CGI » (ou sa référence CIBS) : ajoutez-la en note",
                        en: "seller under the franchise en base without the \"TVA non applicable, art. 293 B du CGI\" mention (or its CIBS reference): add it as a note"))
            }
            findings += franchiseVATFindings(document)
        }

        for scheme in marginSchemes where codes.contains(scheme.code) {
            if !MentionText.contains(texts, anyOf: scheme.labels) {
                findings.append(
                    marginScheme.finding(
                        on: document,
                        fr: "régime de la marge (\(scheme.code)) sans la mention « \(scheme.fr) » : ajoutez-la en note",
                        en: "margin scheme for \(scheme.en) (\(scheme.code)) without the \"\(scheme.fr)\" mention: add it as a note"))
            }
            if vatShownUnderMarginScheme(document, vatShown: vatShown, isScheme: { hasExemptionCode($0, scheme.code) }) {
                findings.append(
                    vatShownWithoutRight.finding(
                        on: document,
                        fr: "TVA affichée sous le régime de la marge (\(scheme.code)) : la TVA ne doit pas apparaître séparément",
                        en: "VAT shown under the margin scheme (\(scheme.code)): VAT must not appear separately"))
            }
        }

        findings += travelAgentFindings(document, texts: documentTexts, vatShown: vatShown)
        findings += exemptionFindings(document, texts: texts, isFranchise: isFranchise)
        if categories.contains("K") || categories.contains("AE") {
            findings += vatNumberFindings(document, categories: categories)
        }
        if categories.contains("K"), let country = document.buyer?.address?.country, country == "FR" {
            findings.append(
                intraEUSupply.finding(
                    on: document,
                    fr: "livraison intracommunautaire (catégorie K) vers un acheteur en France : utilisez la catégorie S ou corrigez le pays",
                    en: "intra-EU supply (category K) to a buyer in France: use category S or correct the country"))
        }
        findings += debitOptionFindings(document, texts: texts, context: context)
        findings += selfBillingFindings(document, texts: texts)
        findings += newMeansOfTransportFindings(document)
        return findings
    }

    private static func exemptionFindings(_ document: Document, texts: [NormalisedText], isFranchise: Bool) -> [Finding] {
        var findings: [Finding] = []
        let categories = document.vatCategories
        // Breakdown entries of each category carry their own reason; a note may also state it.
        func hasReason(_ category: String) -> Bool {
            document.vatBreakdown.contains { entry in
                entry.category?.uppercased() == category
                    && (!(entry.exemptionReason ?? "").trimmingSpaces.isEmpty
                        || !(entry.exemptionReasonCode ?? "").trimmingSpaces.isEmpty)
            }
        }
        let codes = document.exemptionCodes
        if categories.contains("K"), !codes.contains("VATEX-EU-IC"),
            !MentionText.contains(texts, anyOf: LegalCitations.intraEUSupply)
        {
            findings.append(
                intraEUSupply.finding(
                    on: document,
                    fr: "livraison intracommunautaire (catégorie K) sans la mention « Exonération de TVA, article 262 ter, I du CGI » (ou art. 138 de la directive) : ajoutez-la",
                    en: "intra-EU supply (category K) without the \"Exonération de TVA, article 262 ter, I du CGI\" mention (or Directive art. 138): add it"))
        }
        if categories.contains("G"), !codes.contains("VATEX-EU-G"), !MentionText.contains(texts, anyOf: LegalCitations.export),
            !hasReason("G")
        {
            findings.append(
                export.finding(
                    on: document,
                    fr: "exportation (catégorie G) sans la mention « Exonération de TVA, article 262 I du CGI » (ou art. 146 de la directive) : ajoutez-la",
                    en: "export (category G) without the \"Exonération de TVA, article 262 I du CGI\" mention (or Directive art. 146): add it"))
        }
        if categories.contains("AE"), !MentionText.contains(texts, anyOf: LegalCitations.reverseCharge) {
            findings.append(
                reverseCharge.finding(
                    on: document,
                    fr: "autoliquidation (catégorie AE) sans le mot « Autoliquidation » : ajoutez-le en note ou en motif d'exonération",
                    en: "reverse charge (category AE) without the word \"Autoliquidation\": add it as a note or exemption reason"))
        }
        // Other exemptions (E, O): a reason text or code, except on simplified invoices.
        let small = document.totals.taxExclusive.map { $0.magnitude <= IdentityRules.simplifiedInvoiceLimit } ?? false
        for category in ["E", "O"] where categories.contains(category) && !hasReason(category) && !small && !isFranchise {
            findings.append(
                exemptionReason.finding(
                    on: document,
                    fr: "opération exonérée ou hors champ (catégorie \(category)) sans motif (BT-120 ou BT-121) : citez l'article qui l'exonère",
                    en: "exempt or out-of-scope operation (category \(category)) without a reason (BT-120 or BT-121): cite the exempting article"))
        }
        return findings
    }

    private static func vatNumberFindings(_ document: Document, categories: Set<String>) -> [Finding] {
        var missing: [(fr: String, en: String)] = []
        if (document.seller?.vatID ?? "").trimmingSpaces.isEmpty { missing.append(("du vendeur", "seller's")) }
        if (document.buyer?.vatID ?? "").trimmingSpaces.isEmpty { missing.append(("de l'acheteur", "buyer's")) }
        guard !missing.isEmpty else { return [] }
        let situation = categories.contains("K") ? ("livraison intracommunautaire", "intra-EU supply") : ("autoliquidation", "reverse charge")
        return [
            bothVATNumbers.finding(
                on: document,
                fr: "\(situation.0) : numéro de TVA \(missing.map(\.fr).joined(separator: " et ")) manquant ; les deux numéros sont obligatoires",
                en: "\(situation.1): \(missing.map(\.en).joined(separator: " and ")) VAT number missing; both numbers are mandatory")
        ]
    }

    private static func debitOptionFindings(_ document: Document, texts: [NormalisedText], context: AuditContext) -> [Finding] {
        let printed = MentionText.contains(texts, anyOf: LegalCitations.vatOnDebits)
        guard printed, context.configuration.issuer.vatOnDebits == false else { return [] }
        return [
            debitOption.finding(
                on: document,
                fr: "la facture mentionne l'option pour le paiement de la TVA d'après les débits, que la configuration dit non exercée : retirez la mention ou corrigez la configuration",
                en: "the invoice states the option for VAT on debits, which the configuration says was not taken: remove the mention or correct the configuration")
        ]
    }
}
