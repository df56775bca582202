import InvoiceModel

/// FR-SPEC-06: an invoice the buyer issues on the seller's behalf carries the word
/// "Autofacturation" (CGI ann. II art. 242 nonies A, I-14°; CGI art. 289-I-2).
extension SpecialMentionRules {
    public static let selfBilling = RuleDescriptor(
        id: "FR-SPEC-06", severity: .error,
        title: LocalizedText(
            fr: "autofacturation sans la mention « Autofacturation »", en: "self-billed invoice without the \"Autofacturation\" mention"),
        reference: "CGI ann. II art. 242 nonies A, I-14°; CGI art. 289-I-2")

    /// The UNTDID 1001 codes of self-billed invoices, credit notes, corrective and deposit invoices.
    static let selfBilledTypeCodes: Set<String> = ["389", "261", "501", "471", "473", "500", "502", "527"]

    /// True when the buyer issued the document on the seller's behalf, by its kind or type code.
    static func isSelfBilled(_ document: Document) -> Bool {
        if document.kind == .selfBilled { return true }
        guard let code = document.typeCode?.trimmingSpaces else { return false }
        return selfBilledTypeCodes.contains(code)
    }

    static let selfBillingLabel: MentionFragments = ["Autofacturation"]

    static func selfBillingFindings(_ document: Document, texts: [NormalisedText]) -> [Finding] {
        guard isSelfBilled(document), !MentionText.contains(texts, anyOf: selfBillingLabel) else { return [] }
        let code = document.typeCode.map { " (type \($0))" } ?? ""
        return [
            selfBilling.finding(
                on: document,
                fr: "document autofacturé\(code) sans la mention « Autofacturation » : ajoutez-la en note",
                en: "self-billed document\(code) without the \"Autofacturation\" mention: add it as a note")
        ]
    }
}
