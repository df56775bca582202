import InvoiceModel

/// The parties liable for the VAT besides the seller (CGI ann. II art. 242 nonies A, I-5° and
/// I-5° bis). A fiscal representative gives its name, VAT number and address (FR-MENT-11), and a
/// member of a VAT group states "Membre d'un assujetti unique" (FR-SPEC-11).
///
/// EN 16931 already requires the representative's name (BR-18), VAT number (BR-56) and an
/// address group with a country (BR-19, BR-20), so FR-MENT-11 reports only what those leave
/// open: an address that gives nothing but a country.
///
/// The representative is the document's BG-11. Membership of a VAT group is not in the data, so
/// it comes from the configuration (`issuer.vatGroupMember`).
public enum RepresentativeRules {
    public static let fiscalRepresentative = RuleDescriptor(
        id: "FR-MENT-11", severity: .error,
        title: LocalizedText(
            fr: "adresse du représentant fiscal réduite au pays",
            en: "fiscal representative's address gives only a country"),
        reference: "CGI ann. II art. 242 nonies A, I-5°; CGI art. 289 A; EN 16931-1 BG-11")

    public static let vatGroup = RuleDescriptor(
        id: "FR-SPEC-11", severity: .error,
        title: LocalizedText(
            fr: "membre d'un assujetti unique sans la mention « Membre d'un assujetti unique »",
            en: "VAT group member without the \"Membre d'un assujetti unique\" mention"),
        reference: "CGI ann. II art. 242 nonies A, I-5° bis; CGI art. 256 C")

    public static let descriptors = [fiscalRepresentative, vatGroup]

    /// The mandated label of a VAT group member, compared with ``MentionText``.
    static let vatGroupLabel: MentionFragments = ["membre d'un assujetti unique"]

    static func check(_ document: Document, context: AuditContext, texts documentTexts: DocumentTexts) -> [Finding] {
        guard !document.isDraft, document.isStructured, document.sellerIsFrench else { return [] }
        var findings: [Finding] = []
        if let representative = document.taxRepresentative, let address = representative.address, !hasPostalAddress(address) {
            let name = representative.name ?? ""
            findings.append(
                fiscalRepresentative.finding(
                    on: document,
                    fr: "l'adresse du représentant fiscal '\(name)' (BG-12) ne donne que le pays : indiquez sa rue, son code postal et sa ville",
                    en: "the address of fiscal representative '\(name)' (BG-12) gives only the country: state its street, postcode and city"))
        }
        if context.configuration.issuer.vatGroupMember {
            let texts = [document.seller?.additionalLegalInfo].compactMap(\.self).map(NormalisedText.init) + documentTexts.notes
            if !MentionText.contains(texts, anyOf: vatGroupLabel) {
                findings.append(
                    vatGroup.finding(
                        on: document,
                        fr: "le vendeur est membre d'un assujetti unique (configuration) mais la facture ne porte pas « Membre d'un assujetti unique » : ajoutez la mention en note ou dans ses informations juridiques (BT-33)",
                        en: "the seller is a VAT group member (configuration) but the invoice lacks \"Membre d'un assujetti unique\": add the mention as a note or to its legal information (BT-33)"))
            }
        }
        return findings
    }

    /// True when an address gives more than a country: a line, a city or a postcode.
    static func hasPostalAddress(_ address: PostalAddress?) -> Bool {
        guard let address else { return false }
        let parts = address.lines + [address.city, address.postalCode].compactMap(\.self)
        return parts.contains { !$0.trimmingSpaces.isEmpty }
    }
}
