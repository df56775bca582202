import InvoiceModel

/// FA-NUM-02: documents without any seller identity, whose numbering the ledger checks with a
/// seller it assumes (see ``Ledger/attributingUnidentifiedSellers(_:)``).
///
/// Numbering is checked per seller. A CSV export without a seller column, or a Pennylane, Sellsy
/// or Invoice Ninja JSON export, names no seller. Its documents join the run's only identified
/// seller (an information). Otherwise they form one unidentified seller across all files, which
/// is a warning when it spans several files or sits beside identified sellers. One finding per
/// run says which, and how to name the seller.
public enum SellerIdentityRules {
    public static let unidentifiedSeller = RuleDescriptor(
        id: "FA-NUM-02", severity: .warning,
        title: LocalizedText(
            fr: "documents sans identité du vendeur : vendeur supposé pour la numérotation",
            en: "documents without seller identity: seller assumed for numbering"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A, I-1° et I-7°", en: "CGI ann. II art. 242 nonies A, I-1° and I-7°"))

    public static let descriptors = [unidentifiedSeller]

    public static func check(_ ledger: Ledger) -> [Finding] {
        guard let unidentified = ledger.unidentifiedSellers else { return [] }
        let subject = subject(unidentified)
        let fix = LocalizedText(
            fr: "donnez son SIREN par defaults.sellerSiren dans un fichier de correspondance (--mapping)",
            en: "give its SIREN as defaults.sellerSiren in a mapping file (--mapping)")
        let message: LocalizedText
        var severity: Severity?
        if let seller = unidentified.attributedTo {
            let name = sellerName(seller, name: unidentified.attributedName)
            message = LocalizedText(
                fr: "\(subject.fr) : \(unidentified.count <= 1 ? "il est numéroté" : "ils sont numérotés") avec le seul "
                    + "vendeur identifié, \(name.fr) ; s'\(unidentified.count <= 1 ? "il vient" : "ils viennent") "
                    + "d'un autre vendeur, \(fix.fr)",
                en: "\(subject.en): \(unidentified.count == 1 ? "it is" : "they are") numbered with the only identified "
                    + "seller, \(name.en); if \(unidentified.count == 1 ? "it comes" : "they come") from another seller, "
                    + fix.en)
            severity = .info
        } else if unidentified.identifiedSellers > 1 {
            message = LocalizedText(
                fr: "\(subject.fr) alors que l'audit compte \(unidentified.identifiedSellers) vendeurs identifiés : "
                    + "\(unidentified.count <= 1 ? "il est numéroté" : "ils sont numérotés") à part, comme un vendeur "
                    + "non identifié ; pour le rattacher à son vendeur, \(fix.fr)",
                en: "\(subject.en) while the run holds \(unidentified.identifiedSellers) identified sellers: "
                    + "\(unidentified.count == 1 ? "it is" : "they are") numbered apart as one unidentified seller; "
                    + "to join \(unidentified.count == 1 ? "it" : "them") to \(unidentified.count == 1 ? "its" : "their") "
                    + "seller, \(fix.en)")
        } else if unidentified.files.count > 1 {
            message = LocalizedText(
                fr: "\(subject.fr) : leur numérotation est vérifiée d'un fichier à l'autre comme celle d'un seul vendeur "
                    + "non identifié ; pour nommer ce vendeur, \(fix.fr), et vérifiez séparément les exports de vendeurs "
                    + "différents",
                en: "\(subject.en): their numbering is checked across the files as one unidentified seller's; to name "
                    + "that seller, \(fix.en), and check the exports of different sellers in separate runs")
        } else {
            // One file without a seller, alone in the run: the usual single-company export, checked
            // as it always was.
            return []
        }
        return [
            Finding(
                rule: unidentifiedSeller, location: unidentified.first, documentNumber: nil, message: message,
                severity: severity)
        ]
    }

    /// "3 documents in 'a.csv' and 1 other file carry no seller identity (…)".
    private static func subject(_ unidentified: UnidentifiedSellers) -> LocalizedText {
        let count = unidentified.count
        let file = unidentified.files.first ?? ""
        let others = unidentified.files.count - 1
        let whereFR =
            others == 0
            ? "de '\(file)'"
            : "de '\(file)' et " + (others == 1 ? "d'un autre fichier" : "de \(others) autres fichiers")
        let whereEN = others == 0 ? "in '\(file)'" : "in '\(file)' and \(LocalizedText.countEN(others, "other file", "other files"))"
        return LocalizedText(
            fr: "\(LocalizedText.countFR(count, "document", "documents")) \(whereFR) "
                + "\(count <= 1 ? "ne porte" : "ne portent") aucune identité du vendeur (SIREN, SIRET, numéro de TVA ou nom)",
            en: "\(LocalizedText.countEN(count, "document", "documents")) \(whereEN) "
                + "\(count == 1 ? "carries" : "carry") no seller identity (SIREN, SIRET, VAT number or name)")
    }

    /// `Atelier SARL (SIREN 812476356)`, `SIREN 812476356` without a name, or the name alone.
    private static func sellerName(_ key: PartyKey, name: String?) -> LocalizedText {
        let value = key.value
        guard let colon = value.firstIndex(of: ":") else { return LocalizedText(fr: value, en: value) }
        let kind = value[..<colon]
        let rest = value[value.index(after: colon)...]
        let identity: LocalizedText
        switch kind {
        case "NAME": return LocalizedText(fr: name ?? String(rest), en: name ?? String(rest))
        case "VAT": identity = LocalizedText(fr: "TVA \(rest)", en: "VAT \(rest)")
        default: identity = LocalizedText(fr: "\(kind) \(rest)", en: "\(kind) \(rest)")
        }
        guard let name else { return identity }
        return LocalizedText(fr: "\(name) (\(identity.fr))", en: "\(name) (\(identity.en))")
    }
}
