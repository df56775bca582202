import InvoiceModel

/// Identification of the parties (CGI ann. II art. 242 nonies A, I-1° and I-2°; C. com. L441-9,
/// R123-237): names, addresses, SIREN/SIRET and the French VAT number's key.
///
/// Missing values are reported on structured documents only; values a CSV column does carry
/// are checked like any other.
public enum IdentityRules {
    public static let sellerIdentity = RuleDescriptor(
        id: "FR-MENT-01", severity: .error,
        title: LocalizedText(fr: "nom ou adresse du vendeur manquant", en: "seller name or address missing"),
        reference: "CGI ann. II art. 242 nonies A, I-1°; C. com. L441-9")

    public static let buyerIdentity = RuleDescriptor(
        id: "FR-MENT-02", severity: .error,
        title: LocalizedText(fr: "nom ou adresse de l'acheteur manquant", en: "buyer name or address missing"),
        reference: "CGI ann. II art. 242 nonies A, I-1°; C. com. L441-9")

    public static let sellerSIREN = RuleDescriptor(
        id: "FR-MENT-04", severity: .error,
        title: LocalizedText(fr: "SIREN ou SIRET du vendeur absent ou invalide", en: "seller SIREN or SIRET missing or invalid"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A, I-1° (décret 2022-1299); C. com. R123-237", en: "CGI ann. II art. 242 nonies A, I-1° (decree 2022-1299); C. com. R123-237"))

    public static let buyerSIREN = RuleDescriptor(
        id: "FR-MENT-05", severity: .error,
        title: LocalizedText(fr: "SIREN ou SIRET de l'acheteur invalide", en: "buyer SIREN or SIRET invalid"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A (décret 2022-1299); C. com. R123-221", en: "CGI ann. II art. 242 nonies A (decree 2022-1299); C. com. R123-221"))

    public static let sellerVATNumber = RuleDescriptor(
        id: "FR-MENT-09", severity: .error,
        title: LocalizedText(fr: "numéro de TVA intracommunautaire du vendeur manquant", en: "seller VAT number missing"),
        reference: "CGI ann. II art. 242 nonies A, I-2°; CGI art. 286 ter; BOI-TVA-DECLA-30-20-20-20 § 20")

    public static let vatKey = RuleDescriptor(
        id: "FR-ID-01", severity: .error,
        title: LocalizedText(fr: "clé du numéro de TVA français fausse", en: "French VAT number key is wrong"),
        reference: LocalizedText(fr: "CGI art. 286 ter; CGI ann. IV art. 3 (clé = (12 + 3 × (SIREN mod 97)) mod 97)", en: "CGI art. 286 ter; CGI ann. IV art. 3 (key = (12 + 3 × (SIREN mod 97)) mod 97)"))

    public static let vatSIREN = RuleDescriptor(
        id: "FR-ID-02", severity: .error,
        title: LocalizedText(
            fr: "le SIREN du numéro de TVA diffère du SIREN de la partie",
            en: "the SIREN inside the VAT number differs from the party's SIREN"),
        reference: "CGI art. 286 ter; C. com. R123-221")

    public static let descriptors = [sellerIdentity, buyerIdentity, sellerSIREN, buyerSIREN, sellerVATNumber, vatKey, vatSIREN]

    /// Invoices up to this total without VAT may omit the seller's VAT number (242 nonies A II).
    static let simplifiedInvoiceLimit = Amount(150)

    public static func check(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft else { return [] }
        var findings: [Finding] = []
        // French mentions bind French sellers; a foreign seller's identifiers are still checked.
        if document.isStructured, document.sellerIsFrench {
            findings += missingNameOrAddress(document, party: document.seller, rule: sellerIdentity, role: .seller)
            findings += missingNameOrAddress(document, party: document.buyer, rule: buyerIdentity, role: .buyer)
        }
        findings += sirenChecks(document, party: document.seller, role: .seller)
        findings += sirenChecks(document, party: document.buyer, role: .buyer)
        if document.isStructured, document.sellerIsFrench, !context.configuration.issuer.franchise,
            (document.seller?.vatID ?? "").trimmingSpaces.isEmpty, needsSellerVATNumber(document)
        {
            findings.append(
                sellerVATNumber.finding(
                    on: document,
                    fr: "le numéro de TVA intracommunautaire du vendeur (BT-31) manque : ajoutez-le, il n'est facultatif que sous 150 € HT ou en franchise en base",
                    en: "the seller's VAT number (BT-31) is missing: add it; it is optional only below 150 € without VAT or under the franchise en base"))
        }
        findings += vatNumberChecks(document, party: document.seller, role: .seller)
        findings += vatNumberChecks(document, party: document.buyer, role: .buyer)
        return findings
    }

    enum Role {
        case seller
        case buyer

        var fr: String { self == .seller ? "du vendeur" : "de l'acheteur" }
        var en: String { self == .seller ? "seller's" : "buyer's" }
    }

    private static func needsSellerVATNumber(_ document: Document) -> Bool {
        // The franchise en base seller has none; a simplified invoice may omit it, except for
        // intra-EU supplies and reverse charge (242 nonies A II).
        if document.exemptionCodes.contains("VATEX-FR-FRANCHISE") { return false }
        // An invoice wholly outside the scope of VAT (category O) comes from a seller that need not
        // hold a VAT number there, and BR-O-02 forbids writing one.
        let categories = document.vatCategories
        if !categories.isEmpty, categories == ["O"] { return false }
        let special = !document.vatCategories.isDisjoint(with: ["K", "AE"])
        if let net = document.totals.taxExclusive, net.magnitude <= simplifiedInvoiceLimit, !special { return false }
        return true
    }

    private static func missingNameOrAddress(_ document: Document, party: Party?, rule: RuleDescriptor, role: Role) -> [Finding] {
        var missing: [(fr: String, en: String)] = []
        if (party?.name ?? "").trimmingSpaces.isEmpty { missing.append(("nom", "name")) }
        let address = party?.address
        if address == nil {
            missing.append(("adresse", "address"))
        } else {
            if address?.lines.allSatisfy({ $0.trimmingSpaces.isEmpty }) ?? true { missing.append(("rue", "street")) }
            if (address?.postalCode ?? "").trimmingSpaces.isEmpty { missing.append(("code postal", "postcode")) }
            if (address?.city ?? "").trimmingSpaces.isEmpty { missing.append(("ville", "city")) }
            if (address?.country ?? "").trimmingSpaces.isEmpty { missing.append(("pays", "country")) }
        }
        guard !missing.isEmpty else { return [] }
        let listFR = missing.map(\.fr).joined(separator: ", ")
        let listEN = missing.map(\.en).joined(separator: ", ")
        return [
            rule.finding(
                on: document, fr: "identification \(role.fr) incomplète, il manque : \(listFR) ; complétez la fiche de la partie",
                en: "the \(role.en) identification is incomplete, missing: \(listEN); complete the party's record")
        ]
    }

    private static func sirenChecks(_ document: Document, party: Party?, role: Role) -> [Finding] {
        let rule = role == .seller ? sellerSIREN : buyerSIREN
        guard let party else { return [] }
        var findings: [Finding] = []
        let siretIsValid = party.siret.map(FrenchIdentifier.isValidSIRET) ?? true
        // A SIREN taken from an invalid SIRET's first nine digits is reported with that SIRET.
        let sirenFromInvalidSIRET =
            !siretIsValid && party.siren.map(FrenchIdentifier.compact) == party.siret.map { String(FrenchIdentifier.compact($0).prefix(9)) }
        if let siren = party.siren, !FrenchIdentifier.isValidSIREN(siren), !sirenFromInvalidSIRET {
            findings.append(
                rule.finding(
                    on: document,
                    fr: "SIREN \(role.fr) '\(siren)' invalide : il faut 9 chiffres qui passent la clé de Luhn ; vérifiez-le sur l'avis de situation INSEE",
                    en: "\(role.en) SIREN '\(siren)' is invalid: it needs 9 digits that pass the Luhn check; check it against the INSEE register"))
        }
        if let siret = party.siret, !siretIsValid {
            findings.append(
                rule.finding(
                    on: document,
                    fr: "SIRET \(role.fr) '\(siret)' invalide : il faut 14 chiffres qui passent la clé de Luhn ; vérifiez-le sur l'avis de situation INSEE",
                    en: "\(role.en) SIRET '\(siret)' is invalid: it needs 14 digits that pass the Luhn check; check it against the INSEE register"))
        } else if let siret = party.siret, let siren = party.siren,
            FrenchIdentifier.compact(siret).prefix(9) != FrenchIdentifier.compact(siren)
        {
            findings.append(
                rule.finding(
                    on: document,
                    fr: "SIRET \(role.fr) '\(siret)' ne commence pas par son SIREN '\(siren)' : corrigez l'un des deux",
                    en: "\(role.en) SIRET '\(siret)' does not start with its SIREN '\(siren)': correct one of them"))
        }
        if role == .seller, document.isStructured, document.sellerIsFrench, party.siren == nil, party.siret == nil {
            findings.append(
                rule.finding(
                    on: document,
                    fr: "le SIREN du vendeur manque (BT-30, schéma 0002) : une entreprise immatriculée doit le mentionner",
                    en: "the seller's SIREN is missing (BT-30, scheme 0002): a registered business must state it"))
        }
        return findings
    }

    private static func vatNumberChecks(_ document: Document, party: Party?, role: Role) -> [Finding] {
        guard let vat = party?.vatID, let check = FrenchIdentifier.checkVATNumber(vat) else { return [] }
        switch check {
        case .malformed:
            return [
                vatKey.finding(
                    on: document,
                    fr: "numéro de TVA \(role.fr) '\(vat)' mal formé : attendu FR, une clé de 2 caractères et le SIREN",
                    en: "\(role.en) VAT number '\(vat)' is malformed: expected FR, a 2-character key and the SIREN")
            ]
        case .unverifiableKey:
            return [
                vatKey.finding(
                    on: document,
                    fr: "numéro de TVA \(role.fr) '\(vat)' à clé alphanumérique : impossible à vérifier hors ligne, contrôlez-le dans VIES",
                    en: "\(role.en) VAT number '\(vat)' has an alphanumeric key that cannot be checked offline: check it in VIES",
                    severity: .warning)
            ]
        case .wrongKey(let siren, let expected):
            return [
                vatKey.finding(
                    on: document,
                    fr: "numéro de TVA \(role.fr) '\(vat)' : la clé devrait être '\(expected)' pour le SIREN \(siren) ; corrigez le numéro",
                    en: "\(role.en) VAT number '\(vat)': the key should be '\(expected)' for SIREN \(siren); correct the number")
            ]
        case .valid(let siren):
            guard let partySIREN = party.flatMap(partySIREN), partySIREN != siren else { return [] }
            return [
                vatSIREN.finding(
                    on: document,
                    fr: "le numéro de TVA \(role.fr) '\(vat)' contient le SIREN \(siren), pas '\(partySIREN)' : l'un des deux est faux",
                    en: "the \(role.en) VAT number '\(vat)' contains SIREN \(siren), not '\(partySIREN)': one of them is wrong")
            ]
        }
    }

    private static func partySIREN(_ party: Party) -> String? {
        if let siren = party.siren { return String(FrenchIdentifier.compact(siren).prefix(9)) }
        if let siret = party.siret { return String(FrenchIdentifier.compact(siret).prefix(9)) }
        return nil
    }
}
