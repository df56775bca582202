import InvoiceModel

/// The seller's legal status on its invoices: a company states its legal form and share capital
/// (C. com. R123-238), a sole trader "EI" or "entrepreneur individuel" (C. com. R526-26, since
/// 15 May 2022). Checked only where the seller's additional legal information (BT-33) is given,
/// because that text carries them. Without it, the data cannot show which status applies.
public enum LegalFormRules {
    public static let companyForm = RuleDescriptor(
        id: "FR-MENT-07", severity: .warning,
        title: LocalizedText(
            fr: "forme juridique ou capital social du vendeur absent", en: "seller's legal form or share capital missing"),
        reference: LocalizedText(fr: "C. com. R123-237 et R123-238", en: "C. com. R123-237 and R123-238"))

    public static let soleTrader = RuleDescriptor(
        id: "FR-MENT-08", severity: .warning,
        title: LocalizedText(
            fr: "entrepreneur individuel sans la mention « EI »", en: "sole trader without the \"EI\" mention"),
        reference: LocalizedText(fr: "C. com. L526-22 et R526-26 (loi 2022-172, décret 2022-725)", en: "C. com. L526-22 and R526-26 (law 2022-172, decree 2022-725)"))

    public static let descriptors = [registry, companyForm, soleTrader]

    /// Words of the normalised text that name a company's legal form.
    static let companyForms: Set<String> = [
        "sa", "sas", "sasu", "sarl", "eurl", "snc", "scs", "sca", "sci", "scp", "scop", "sel", "selarl", "selas", "selafa", "selca",
        "sem", "spl",
    ]
    static let companyPhrases = ["societe anonyme", "societe par actions simplifiee", "societe a responsabilite limitee"]
    /// Words that describe the seller as a sole trader but are not the mandated mention.
    static let soleTraderWords = ["micro-entrepreneur", "auto-entrepreneur", "micro-entreprise", "auto-entreprise"]

    /// The word that states a company's share capital ("au capital de …").
    static let shareCapital: MentionFragments = ["capital"]

    static func check(_ document: Document, context: AuditContext, texts: DocumentTexts) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench, let seller = document.seller,
            let legal = seller.additionalLegalInfo?.trimmingSpaces, !legal.isEmpty
        else { return [] }
        let statusText = Self.statusText(of: seller)
        let words = Self.words(of: statusText)
        if words.contains("ei") || statusText.contains("entrepreneur individuel") { return [] }
        if soleTraderWords.contains(where: statusText.contains) {
            return [
                soleTrader.finding(
                    on: document,
                    fr: "le vendeur se présente comme micro-entrepreneur ('\(legal)') sans la mention « EI » ou « entrepreneur individuel » : ajoutez-la à côté de son nom",
                    en: "the seller presents itself as a micro-entrepreneur ('\(legal)') without the \"EI\" or \"entrepreneur individuel\" mention: add it next to its name")
            ]
        }
        if !isCompany(words: words, text: statusText) {
            return [
                companyForm.finding(
                    on: document,
                    fr: "les informations juridiques du vendeur ('\(legal)') ne donnent ni forme juridique ni la mention « EI » : indiquez la forme et le capital social d'une société, ou « EI » pour un entrepreneur individuel",
                    en: "the seller's legal information ('\(legal)') gives neither a legal form nor the \"EI\" mention: state a company's legal form and share capital, or \"EI\" for a sole trader")
            ]
        }
        let capitalTexts = [NormalisedText(legal)] + texts.notes
        guard !MentionText.contains(capitalTexts, anyOf: shareCapital) else { return [] }
        return [
            companyForm.finding(
                on: document,
                fr: "la société venderesse ne donne pas son capital social ('\(legal)') : ajoutez « au capital de … € » à ses informations juridiques",
                en: "the selling company does not state its share capital ('\(legal)'): add \"au capital de … €\" to its legal information")
        ]
    }

    /// Returns the seller's name, trading name and legal information (BT-33), normalised.
    static func statusText(of seller: Party) -> String {
        MentionText.normalise([seller.name, seller.tradingName, seller.additionalLegalInfo].compactMap(\.self).joined(separator: " "))
    }

    /// Splits a normalised text into words at anything but letters, digits and dashes.
    static func words(of text: String) -> Set<String> {
        Set(text.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init))
    }

    /// True when the words or phrases of a normalised status text name a company's legal form.
    static func isCompany(words: Set<String>, text: String) -> Bool {
        !words.isDisjoint(with: companyForms) || companyPhrases.contains(where: text.contains)
    }
}
