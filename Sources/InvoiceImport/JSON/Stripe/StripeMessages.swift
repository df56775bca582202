import InvoiceModel

/// The French and English messages of the Stripe JSON importer.
enum StripeMessages {
    static func unreadableValue(_ error: StripeValueError) -> LocalizedText {
        let path = error.path
        guard let value = error.value else {
            return LocalizedText(
                fr: "devise manquante à '\(path)' : sans elle les montants en unités mineures sont illisibles, exportez de nouveau l'objet depuis l'API Stripe",
                en: "missing currency at '\(path)': amounts in minor units cannot be read without it, export the object again from the Stripe API")
        }
        let (fr, en): (String, String)
        switch error.expected {
        case .text:
            (fr, en) = ("attendu une chaîne de caractères ou null", "expected a string or null")
        case .minorUnits:
            (fr, en) = (
                "attendu un nombre entier d'unités mineures de la devise, comme 1350 pour 13,50 EUR",
                "expected a whole number of the currency's minor unit, such as 1350 for 13.50 EUR"
            )
        case .decimal:
            (fr, en) = ("attendu un nombre décimal comme 20 ou \"5.5\"", "expected a decimal number such as 20 or \"5.5\"")
        case .unixSeconds:
            (fr, en) = ("attendu des secondes Unix comme 1611792000", "expected Unix seconds such as 1611792000")
        case .unixSecondsInRange:
            (fr, en) = (
                "date hors de la plage lue, du 01/01/1970 (0) au 31/12/9999 (253402300799) en secondes Unix",
                "date outside the range read, 1970-01-01 (0) to 9999-12-31 (253402300799) in Unix seconds"
            )
        case .currency:
            (fr, en) = ("attendu un code de devise ISO 4217 comme \"eur\"", "expected an ISO 4217 currency code such as \"eur\"")
        case .object:
            (fr, en) = ("attendu un objet ou un identifiant", "expected an object or an id")
        }
        return LocalizedText(
            fr: "valeur illisible '\(value)' à '\(path)' : \(fr) ; l'objet n'est pas importé",
            en: "unreadable value '\(value)' at '\(path)': \(en); the object is not imported")
    }

    static func notADocument(path: String, object: String?, value: String) -> LocalizedText {
        let location = path.isEmpty ? "la racine" : "'\(path)'"
        let locationEN = path.isEmpty ? "the root" : "'\(path)'"
        guard let object else {
            return LocalizedText(
                fr: "valeur \(value) à \(location) : ce n'est pas un objet Stripe, attendu {\"object\": \"invoice\", …} ou {\"object\": \"credit_note\", …}",
                en: "value \(value) at \(locationEN) is not a Stripe object: expected {\"object\": \"invoice\", …} or {\"object\": \"credit_note\", …}")
        }
        return LocalizedText(
            fr: "objet Stripe '\(object)' à \(location) non importé : seuls les factures ('invoice') et les avoirs ('credit_note') le sont, exportez-les depuis /v1/invoices et /v1/credit_notes",
            en: "Stripe object '\(object)' at \(locationEN) not imported: only invoices ('invoice') and credit notes ('credit_note') are, export them from /v1/invoices and /v1/credit_notes")
    }

    static func unknownStatus(_ status: String, path: String) -> LocalizedText {
        LocalizedText(
            fr: "statut Stripe inconnu '\(status)' à '\(path)', laissé vide : attendu draft, open, paid, uncollectible ou void (issued ou void pour un avoir)",
            en: "unknown Stripe status '\(status)' at '\(path)', left empty: expected draft, open, paid, uncollectible or void (issued or void for a credit note)")
    }

    static func unresolvedInvoice(id: String, creditNote: String?, count: Int) -> LocalizedText {
        let number = creditNote.map { " '\($0)'" } ?? ""
        let others = count > 1
            ? (fr: " (et \(LocalizedText.countFR(count - 1, "autre", "autres")))",
               en: " (and \(LocalizedText.countEN(count - 1, "other", "others")))")
            : (fr: "", en: "")
        return LocalizedText(
            fr: "l'avoir\(number)\(others.fr) ne désigne sa facture que par l'identifiant Stripe '\(id)', et aucun fichier lu ne contient cette facture : les contrôles d'avoir (FR-CORR-03 à 05) ne s'appliquent pas ; ajoutez les factures (/v1/invoices) aux fichiers contrôlés",
            en: "credit note\(number)\(others.en) names its invoice by the Stripe id '\(id)' only, and no file read holds that invoice: the credit-note checks (FR-CORR-03 to 05) do not apply; add the invoices (/v1/invoices) to the files checked")
    }
}
