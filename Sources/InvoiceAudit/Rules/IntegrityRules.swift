import InvoiceModel

/// Integrity rules: an issued invoice is never modified nor deleted, and any correction goes
/// through a new document (credit note or corrective invoice).
///
/// They compare two states of the same ledger, so they run in `facturaudit import` (the new
/// version of a stored document) and `facturaudit verify` (a sealed state against a later one),
/// not in `check`.
public enum IntegrityRules {
    public static let changed = RuleDescriptor(
        id: "FR-CORR-01", severity: .error,
        title: LocalizedText(
            fr: "document émis modifié entre deux imports", en: "issued document changed between two imports"),
        reference: LocalizedText(fr: "CGI art. 289-I-4 et 289-V; BOI-TVA-DECLA-30-20-20-20 §§ 190-260", en: "CGI art. 289-I-4 and 289-V; BOI-TVA-DECLA-30-20-20-20 §§ 190-260"))

    public static let disappeared = RuleDescriptor(
        id: "FR-CORR-02", severity: .error,
        title: LocalizedText(fr: "document scellé disparu", en: "sealed document disappeared"),
        reference: LocalizedText(fr: "CGI art. 289-I-4 et 289-V; LPF art. L102 B", en: "CGI art. 289-I-4 and 289-V; LPF art. L102 B"))

    public static let backdated = RuleDescriptor(
        id: "FA-SEAL-01", severity: .error,
        title: LocalizedText(
            fr: "document inséré dans une plage déjà scellée", en: "document inserted inside a sealed range"),
        reference: "CGI ann. II art. 242 nonies A, I-7°; CGI art. 289-V")

    public static let brokenChain = RuleDescriptor(
        id: "FA-SEAL-02", severity: .error,
        title: LocalizedText(fr: "chaîne de scellement rompue", en: "broken seal chain"),
        reference: "CGI art. 289-V")

    public static let descriptors = [changed, disappeared, backdated, brokenChain]

    /// FR-CORR-01: the document at `location` has other content than the version at `previous`.
    ///
    /// When the other version comes from another file with another issue date and another buyer or
    /// total, the message also names the likelier cause: a new tool that reused the number.
    public static func changedFinding(
        number: String, location: SourceLocation, previous: LocalizedText, previousFile: String? = nil, fields: [String]
    ) -> Finding {
        let names = fieldList(fields)
        var message = LocalizedText(
            fr: "le document émis '\(number)' diffère de \(previous.fr) (champs modifiés : \(names)) : "
                + "une facture émise se corrige par un avoir ou une facture rectificative",
            en: "issued document '\(number)' differs from \(previous.en) (changed fields: \(names)): "
                + "correct an issued invoice with a credit note or a corrective invoice")
        let otherInvoice = fields.contains("issue_date") && fields.contains { $0.hasPrefix("buyer.") || $0 == "total.tax_inclusive" }
        if let previousFile, previousFile != location.file, otherInvoice {
            message = LocalizedText(
                fr: message.fr + " ; si c'est une autre facture, le nouvel outil a réutilisé ce numéro : "
                    + "vérifiez la jonction avec 'facturaudit check ANCIEN/ NOUVEAU/'",
                en: message.en + "; if this is another invoice, the new tool reused this number: "
                    + "check the junction with 'facturaudit check OLD/ NEW/'")
        }
        return Finding(rule: changed, location: location, documentNumber: number, message: message)
    }

    /// FR-CORR-01 from the seal history: the document was sealed again with other content. A
    /// change accepted with `seal --accept-changes` is a warning, any other an error.
    /// `brokenSeal` names a seal of the two that fails its integrity check (FA-SEAL-02): the
    /// difference may then come from an edit outside facturaudit, and is not called accepted.
    public static func resealedFinding(
        number: String, location: SourceLocation, previousSealID: Int, sealID: Int, accepted: Bool, fields: [String],
        brokenSeal: Int? = nil
    ) -> Finding {
        let names = fieldList(fields)
        let accepted = accepted && brokenSeal == nil
        let reason =
            brokenSeal.map(editedOutsideReason)
            ?? (accepted
            ? LocalizedText(
                fr: "le changement a été accepté au scellement (--accept-changes) : gardez la pièce qui le justifie",
                en: "the change was accepted when sealing (--accept-changes): keep the record that justifies it")
            : LocalizedText(
                fr: "le changement n'a pas été accepté : une facture émise se corrige par un avoir ou une facture "
                    + "rectificative",
                en: "the change was not accepted: correct an issued invoice with a credit note or a corrective invoice"))
        return Finding(
            rule: changed, location: location, documentNumber: number,
            message: LocalizedText(
                fr: "le document émis '\(number)' a été scellé à nouveau (sceau \(sealID)) avec un autre contenu "
                    + "qu'au sceau \(previousSealID) (champs modifiés : \(names)) ; \(reason.fr)",
                en: "issued document '\(number)' was sealed again in seal \(sealID) with other content than in seal "
                    + "\(previousSealID) (changed fields: \(names)); \(reason.en)"),
            severity: accepted ? .warning : .error)
    }

    /// FR-CORR-02: a document of one seal that the next seal left out.
    public static func unsealedFinding(
        number: String, location: SourceLocation, previousSealID: Int, sealID: Int, accepted: Bool,
        brokenSeal: Int? = nil
    ) -> Finding {
        let accepted = accepted && brokenSeal == nil
        let reason =
            brokenSeal.map(editedOutsideReason)
            ?? (accepted
            ? LocalizedText(
                fr: "la suppression a été acceptée au scellement (--accept-changes) : gardez la pièce qui la justifie",
                en: "the deletion was accepted when sealing (--accept-changes): keep the record that justifies it")
            : LocalizedText(
                fr: "la suppression n'a pas été acceptée : une facture émise s'annule par un avoir",
                en: "the deletion was not accepted: cancel an issued invoice with a credit note"))
        return Finding(
            rule: disappeared, location: location, documentNumber: number,
            message: LocalizedText(
                fr: "le document '\(number)' scellé au sceau \(previousSealID) est absent du sceau \(sealID) ; \(reason.fr)",
                en: "document '\(number)' sealed in seal \(previousSealID) is missing from seal \(sealID); \(reason.en)"),
            severity: accepted ? .warning : .error)
    }

    /// Explains why a difference between two seals is not called accepted when one of them is broken.
    private static func editedOutsideReason(_ sealID: Int) -> LocalizedText {
        LocalizedText(
            fr: "le sceau \(sealID) ne passe pas son contrôle d'intégrité (FA-SEAL-02) : la différence peut venir "
                + "d'une modification de la base hors de facturaudit et ne compte pas comme acceptée au scellement",
            en: "seal \(sealID) fails its integrity check (FA-SEAL-02): the difference may come from an edit of the "
                + "store outside facturaudit, and does not count as accepted when sealing")
    }

    /// FR-CORR-02: a sealed document is absent from the compared state.
    public static func disappearedFinding(
        number: String, sealedLocation: SourceLocation, sealID: Int, comparedName: LocalizedText
    ) -> Finding {
        Finding(
            rule: disappeared, location: sealedLocation, documentNumber: number,
            message: LocalizedText(
                fr: "le document '\(number)' scellé (sceau \(sealID)) est absent \(fromFR(comparedName.fr)) "
                    + "alors que sa série y figure : retrouvez-le ou expliquez sa suppression",
                en: "document '\(number)' sealed in seal \(sealID) is missing from \(comparedName.en) "
                    + "although its series is there: find it or explain its removal"))
    }

    /// "de" before a French name, contracted with its article: "du lot 2", "de l'export comparé".
    static func fromFR(_ name: String) -> String {
        name.hasPrefix("le ") ? "du " + name.dropFirst(3) : "de " + name
    }

    /// FR-CORR-02: a sealed document is absent from a new version of the file it was sealed from.
    public static func disappearedFromFileFinding(
        number: String, sealedLocation: SourceLocation, sealID: Int, comparedName: LocalizedText
    ) -> Finding {
        Finding(
            rule: disappeared, location: sealedLocation, documentNumber: number,
            message: LocalizedText(
                fr: "le document '\(number)' scellé (sceau \(sealID)) est absent \(fromFR(comparedName.fr)), "
                    + "qui contient une nouvelle version de '\(sealedLocation.file)' : retrouvez-le ou expliquez sa suppression",
                en: "document '\(number)' sealed in seal \(sealID) is missing from \(comparedName.en), "
                    + "which holds a new version of '\(sealedLocation.file)': find it or explain its removal"))
    }

    /// FA-SEAL-01: a document absent from the seal whose number or date falls inside the sealed range.
    public static func backdatedFinding(number: String, location: SourceLocation, sealID: Int, reason: LocalizedText)
        -> Finding
    {
        Finding(
            rule: backdated, location: location, documentNumber: number,
            message: LocalizedText(
                fr: "le document '\(number)' n'était pas scellé (sceau \(sealID)) mais \(reason.fr) : "
                    + "vérifiez qu'il n'a pas été antidaté ou inséré après coup",
                en: "document '\(number)' was not sealed in seal \(sealID) but \(reason.en): "
                    + "check that it was not backdated or inserted afterwards"))
    }

    /// FA-SEAL-02: a seal row no longer matches its content or its predecessor.
    public static func brokenChainFinding(store: String, sealID: Int, problem: LocalizedText) -> Finding {
        Finding(
            rule: brokenChain, location: SourceLocation(file: store), documentNumber: nil,
            message: LocalizedText(
                fr: "le sceau \(sealID) ne correspond plus : \(problem.fr) ; la base a été modifiée hors de facturaudit",
                en: "seal \(sealID) does not match: \(problem.en); the store was modified outside facturaudit"))
    }

    /// Up to five field names, then the count of the others.
    static func fieldList(_ fields: [String]) -> String {
        let shown = fields.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
        return fields.count > 5 ? shown + ", +\(fields.count - 5)" : shown
    }
}
