/// The text fragments that show a legal mention, by situation, with both the CGI reference and
/// its CIBS equivalent (VAT law moved to the CIBS on 2026-09-01; old CGI references are
/// tolerated until 2027-12-31).
///
/// Matching ignores case, accents and dash variants (see ``MentionText``). The CIBS article
/// numbers are kept loose on purpose (the digest marks them uncertain): a mention that names the
/// regime in words is accepted too.
enum LegalCitations {
    /// Franchise en base: "TVA non applicable, art. 293 B du CGI" or its CIBS equivalent.
    static let franchise: MentionFragments = ["293 B", "293B", "franchise en base", "L. 223-", "L.223-"]
    /// Exempt intra-EU supply of goods: CGI 262 ter I, or Directive 2006/112 art. 138.
    static let intraEUSupply: MentionFragments = [
        "262 ter", "262ter", "article 138", "art. 138", "livraison intracommunautaire", "intra-community supply",
        "intracommunity supply",
    ]
    /// Export outside the EU: CGI 262 I, or Directive 2006/112 art. 146.
    static let export: MentionFragments = ["262 I", "262-I", "article 146", "art. 146", "exportation", "export"]
    /// Reverse charge: the word itself is the mandated label (242 nonies A, I-13°).
    static let reverseCharge: MentionFragments = ["autoliquidation", "reverse charge"]
    /// Margin schemes, with the mandated labels (242 nonies A, I-15° and I-16°).
    static let travelAgents: MentionFragments = ["regime particulier - agences de voyages"]
    static let secondHand: MentionFragments = ["regime particulier - biens d'occasion"]
    static let worksOfArt: MentionFragments = ["regime particulier - objets d'art"]
    static let collectors: MentionFragments = ["regime particulier - objets de collection et d'antiquite"]
    /// The option for VAT on debits (FR-SPEC-10).
    static let vatOnDebits: MentionFragments = ["d'apres les debits"]
    /// Late-payment penalties, the 40 € indemnity and early-payment discount terms.
    static let penalties: MentionFragments = ["penalite", "interet de retard", "interets de retard", "late payment interest", "late payment penalt"]
    static let recoveryIndemnity: MentionFragments = ["40 €", "40 eur", "40,00 €", "40.00 €", "40 euros", "quarante euros"]
    static let recoveryIndemnityWords: MentionFragments = ["indemnite forfaitaire", "frais de recouvrement", "recovery"]
    static let discount: MentionFragments = ["escompte", "early payment discount", "discount for early payment", "early-payment discount"]
}
