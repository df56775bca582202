import InvoiceModel

/// FR-SPEC-07: the margin scheme of travel agents needs the label "Régime particulier – Agences de
/// voyages" and shows no VAT (CGI art. 266-1-e; CGI ann. II art. 242 nonies A, I-15°). The scheme
/// is recognised by the VATEX-EU-D code or by an exemption reason that names travel agents. VAT
/// shown under it is FR-MENT-22; VAT on the other categories of a mixed invoice is not.
extension SpecialMentionRules {
    public static let travelAgents = RuleDescriptor(
        id: "FR-SPEC-07", severity: .error,
        title: LocalizedText(
            fr: "régime des agences de voyages sans la mention « Régime particulier – Agences de voyages »",
            en: "travel agents' scheme without the \"Régime particulier – Agences de voyages\" mention"),
        reference: "CGI art. 266-1-e; CGI ann. II art. 242 nonies A, I-15°")

    /// Exemption-reason words that name the travel agents' scheme without being its label.
    static let travelAgentWords: MentionFragments = ["agence de voyage", "agences de voyage", "travel agent"]

    static func travelAgentFindings(_ document: Document, texts: DocumentTexts, vatShown: Bool) -> [Finding] {
        let reasons = Array(texts.breakdownReasons) + document.lines.compactMap(\.vatExemptionReason).map(NormalisedText.init)
        let byCode = document.exemptionCodes.contains("VATEX-EU-D")
            || document.lines.contains { $0.vatExemptionReasonCode?.trimmingSpaces.uppercased() == "VATEX-EU-D" }
        guard byCode || MentionText.contains(reasons, anyOf: travelAgentWords) else { return [] }
        let trigger: (fr: String, en: String) = byCode ? ("VATEX-EU-D", "VATEX-EU-D") : ("motif d'exonération", "exemption reason")
        var findings: [Finding] = []
        if !MentionText.contains(texts.mentions + reasons, anyOf: LegalCitations.travelAgents) {
            findings.append(
                travelAgents.finding(
                    on: document,
                    fr: "régime particulier des agences de voyages (\(trigger.fr)) sans la mention « Régime particulier – Agences de voyages » : ajoutez-la en note",
                    en: "travel agents' margin scheme (\(trigger.en)) without the \"Régime particulier – Agences de voyages\" mention: add it as a note"))
        }
        let isScheme = { (entry: VATBreakdown) in
            hasExemptionCode(entry, "VATEX-EU-D") || MentionText.contains([entry.exemptionReason ?? ""], anyOf: travelAgentWords)
        }
        if vatShownUnderMarginScheme(document, vatShown: vatShown, isScheme: isScheme) {
            findings.append(
                vatShownWithoutRight.finding(
                    on: document,
                    fr: "TVA affichée sous le régime des agences de voyages : la TVA ne doit pas apparaître séparément",
                    en: "VAT shown under the travel agents' margin scheme: VAT must not appear separately"))
        }
        return findings
    }
}
