import InvoiceModel

extension RuleExplanation {
    /// Explanations of the EN 16931 consistency rules BR-CO-*, merged into ``byRuleID``.
    static let en16931ConsistencyExplanations: [String: RuleExplanation] = [
        "BR-CO-03": explained(
            fr: "La date d'exigibilité de la TVA (BT-7) et le code de cette date (BT-8) s'excluent : l'une donne la date, l'autre nomme l'événement dont elle découle (émission, livraison, paiement). Donner les deux laisse deux réponses possibles, ce qui arrive quand l'outil ajoute un code par défaut à une date saisie.",
            en: "The VAT point date (BT-7) and the VAT point date code (BT-8) exclude each other: one gives the date, the other names the event it follows from (issue, delivery, payment). Giving both leaves two possible answers, which happens when a tool adds a default code to a typed date."),
        "BR-CO-04": explained(
            fr: "Chaque ligne porte la catégorie de TVA de son article (BT-151), qui rattache son montant net à une entrée de la ventilation de TVA. Sans elle, la base imposable de chaque catégorie ne peut pas être recalculée. Elle manque souvent dans les exports qui ne donnent qu'un taux par ligne.",
            en: "Every line carries the VAT category of its item (BT-151), which ties its net amount to one entry of the VAT breakdown. Without it the taxable amount of each category cannot be recomputed. It is often missing from exports that give only a rate per line."),
        "BR-CO-05": reasonAgreement(fr: "d'une remise au niveau du document (BT-97, BT-98)", en: "of a document-level allowance (BT-97, BT-98)"),
        "BR-CO-06": reasonAgreement(fr: "d'une charge au niveau du document (BT-104, BT-105)", en: "of a document-level charge (BT-104, BT-105)"),
        "BR-CO-07": reasonAgreement(fr: "d'une remise de ligne (BT-139, BT-140)", en: "of a line allowance (BT-139, BT-140)"),
        "BR-CO-08": reasonAgreement(fr: "d'une charge de ligne (BT-144, BT-145)", en: "of a line charge (BT-144, BT-145)"),
        "BR-CO-09": explained(
            fr: "Un numéro de TVA (vendeur BT-31, acheteur BT-48, représentant fiscal BT-63) commence par le code pays ISO 3166 de l'État qui l'attribue, FR en France, EL pour la Grèce. Sans ce préfixe, le numéro ne peut pas être vérifié dans le système VIES. Le plus souvent, l'outil a enregistré la clé et le SIREN sans le préfixe FR.",
            en: "A VAT identifier (seller BT-31, buyer BT-48, tax representative BT-63) starts with the ISO 3166 country code of the state that issued it, FR in France, EL for Greece. Without that prefix the identifier cannot be checked in the VIES system. Most often the tool stored the key and the SIREN without the FR prefix."),
        "BR-CO-11": documentSum(
            fr: ("remises", "BT-107", "BT-92", "d'une remise supprimée ou modifiée"),
            en: ("allowances", "BT-107", "BT-92", "an allowance removed or edited")),
        "BR-CO-12": documentSum(
            fr: ("charges", "BT-108", "BT-99", "de frais supprimés ou modifiés"),
            en: ("charges", "BT-108", "BT-99", "a charge removed or edited")),
        "BR-CO-13": explained(
            fr: "Le total hors TVA (BT-109) vaut la somme des lignes (BT-106), moins les remises (BT-107), plus les charges (BT-108) au niveau du document, arrondi au centime. En UBL, sans total de remises ni de charges, BT-109 est comparé à BT-106 sans arrondi. Un écart vient le plus souvent d'une remise ou de frais de port oubliés dans l'un des totaux.",
            en: "The total without VAT (BT-109) equals the sum of lines (BT-106), minus the document-level allowances (BT-107), plus the document-level charges (BT-108), rounded to the cent. In UBL, without an allowance or charge total, BT-109 is compared with BT-106 unrounded. A difference most often comes from an allowance or a delivery charge left out of one of the totals."),
        "BR-CO-14": explained(
            fr: "Le total de TVA (BT-110) est la somme, arrondie au centime, des montants de TVA de chaque catégorie de la ventilation (BT-117). Un écart vient d'une catégorie absente de la ventilation ou d'un total calculé ligne par ligne puis arrondi autrement.",
            en: "The VAT total (BT-110) is the sum, rounded to the cent, of the VAT amounts of every category of the breakdown (BT-117). A difference comes from a category missing from the breakdown or from a total computed line by line and rounded differently."),
        "BR-CO-16": explained(
            fr: "Le montant à payer (BT-115) vaut le total TVA comprise (BT-112), moins le montant déjà payé (BT-113), plus l'arrondi (BT-114). Un acompte déclaré mais non déduit, ou déduit sans être déclaré, fait réclamer à l'acheteur un montant faux.",
            en: "The amount due (BT-115) equals the total with VAT (BT-112), minus the paid amount (BT-113), plus the rounding amount (BT-114). A prepayment declared but not deducted, or deducted without being declared, asks the buyer for a wrong amount."),
        "BR-CO-17": explained(
            fr: "Pour chaque catégorie, la TVA déclarée (BT-117) doit rester à moins d'une unité monétaire de la base (BT-116) multipliée par le taux (BT-119), arrondie au centime. La syntaxe CII accepte aussi un écart d'une unité exactement. Les écarts d'arrondi ligne par ligne passent, alors qu'un taux ou une base erronés sont signalés.",
            en: "For each category, the declared VAT (BT-117) must stay within one currency unit of the taxable amount (BT-116) times the rate (BT-119), rounded to the cent. The CII syntax also accepts a difference of exactly one unit. Differences from rounding line by line pass, while a wrong rate or taxable amount is reported."),
        "BR-CO-18": explained(
            fr: "Une facture porte au moins une entrée de ventilation de TVA (BG-23), même exonérée ou hors champ : elle donne par catégorie et par taux la base et la TVA que l'acheteur déduit. Elle manque quand l'outil n'exporte que les totaux.",
            en: "An invoice carries at least one VAT breakdown entry (BG-23), even when exempt or out of scope, because it gives per category and rate the taxable amount and the VAT the buyer deducts. It is missing when a tool exports only the totals."),
        "BR-CO-19": explained(
            fr: "Une période de facturation (BG-14), quand elle est donnée, a au moins une date de début (BT-73) ou de fin (BT-74). En UBL, le code de date d'exigibilité de la TVA (BT-8), écrit dans le même élément, suffit aussi. Un groupe vide vient d'un outil qui écrit l'élément même quand la période n'est pas renseignée.",
            en: "An invoicing period (BG-14), when given, has at least a start date (BT-73) or an end date (BT-74). In UBL the VAT point date code (BT-8), written in the same element, is also enough. An empty group comes from a tool that writes the element even when no period was entered."),
        "BR-CO-20": explained(
            fr: "Une période de ligne (BG-26), quand elle est donnée, a au moins une date de début (BT-134) ou de fin (BT-135). Un groupe vide vient d'un outil qui écrit l'élément même quand la ligne n'a pas de période.",
            en: "A line period (BG-26), when given, has at least a start date (BT-134) or an end date (BT-135). An empty group comes from a tool that writes the element even when the line has no period."),
        "BR-CO-21": reasonPresence(
            fr: ("Une remise au niveau du document (BG-20)", "BT-97", "BT-98", "BR-33"), isCharge: false,
            en: ("A document-level allowance (BG-20)", "BT-97", "BT-98", "BR-33")),
        "BR-CO-22": reasonPresence(
            fr: ("Une charge au niveau du document (BG-21)", "BT-104", "BT-105", "BR-38"), isCharge: true,
            en: ("A document-level charge (BG-21)", "BT-104", "BT-105", "BR-38")),
        "BR-CO-23": reasonPresence(
            fr: ("Une remise de ligne (BG-27)", "BT-139", "BT-140", "BR-42"), isCharge: false,
            en: ("A line allowance (BG-27)", "BT-139", "BT-140", "BR-42")),
        "BR-CO-24": reasonPresence(
            fr: ("Une charge de ligne (BG-28)", "BT-144", "BT-145", "BR-44"), isCharge: true,
            en: ("A line charge (BG-28)", "BT-144", "BT-145", "BR-44")),
        "BR-CO-26": explained(
            fr: "Le vendeur est identifiable par au moins un identifiant (BT-29), une immatriculation (BT-30, le SIREN en France) ou un numéro de TVA (BT-31). Sans aucun des trois, ni l'acheteur ni l'administration ne peuvent rattacher la facture à une entreprise. En UBL, un identifiant de créancier SEPA ne compte pas.",
            en: "The seller is identified by at least an identifier (BT-29), a legal registration (BT-30, the SIREN in France) or a VAT identifier (BT-31). Without any of them neither the buyer nor the tax authority can link the invoice to a company. In UBL a SEPA creditor identifier does not count."),
    ]

    /// Explanations of the EN 16931 decimal rules BR-DEC-*, one per amount, merged into ``byRuleID``.
    static let en16931DecimalExplanations: [String: RuleExplanation] = Dictionary(
        uniqueKeysWithValues: EN16931Catalogue.decimalTerms.map { entry in
            // Among these French names only "base" and "somme" are feminine.
            let article = entry.fr.hasPrefix("base") || entry.fr.hasPrefix("somme") ? "la" : "le"
            let explanation = explained(
                fr: "Comme tout montant d'une facture EN 16931, \(article) \(entry.fr) (\(entry.term)) s'écrit avec au plus deux décimales, parce que les contrôles de totaux et la comptabilité de l'acheteur travaillent au centime. La règle compte les chiffres écrits après le point, si bien que '10.500' échoue comme '10.505'. Ces montants viennent d'un outil qui écrit ses calculs sans les arrondir au centime.",
                en: "Like every amount of an EN 16931 invoice, the \(entry.en) (\(entry.term)) is written with at most two decimals, because the totals checks and the buyer's accounting work in cents. The rule counts the digits written after the point, so '10.500' fails as '10.505' does. Such amounts come from a tool that writes its computations without rounding them to the cent.")
            return (entry.id, explanation)
        })

    private static func explained(fr: String, en: String) -> RuleExplanation {
        RuleExplanation(explanation: LocalizedText(fr: fr, en: en))
    }

    /// Explains BR-CO-05 to BR-CO-08, which facturaudit lists but never reports.
    private static func reasonAgreement(fr: String, en: String) -> RuleExplanation {
        explained(
            fr: "Le motif en clair et le code motif \(fr) doivent dire la même chose. Aucun programme ne peut le vérifier, et les artefacts officiels acceptent toujours : facturaudit liste la règle sans jamais la signaler. Relisez le motif quand l'outil écrit les deux.",
            en: "The reason text and the reason code \(en) must say the same thing. No program can check it, and the official artefacts always pass it, so facturaudit lists the rule but never reports it. Read the reason again when a tool writes both.")
    }

    /// Explains BR-CO-11 and BR-CO-12 from the total's name, its term, the summed term and a usual cause.
    private static func documentSum(
        fr: (name: String, total: String, amount: String, cause: String),
        en: (name: String, total: String, amount: String, cause: String)
    ) -> RuleExplanation {
        explained(
            fr: "La somme des \(fr.name) au niveau du document (\(fr.total)) est égale à la somme, arrondie au centime, de leurs montants (\(fr.amount)), et les deux sont absentes ensemble. Un écart vient souvent \(fr.cause) après le calcul des totaux.",
            en: "The sum of document-level \(en.name) (\(en.total)) equals the sum, rounded to the cent, of their amounts (\(en.amount)), and both are absent together. A difference often comes from \(en.cause) after the totals were computed.")
    }

    /// Explains BR-CO-21 to BR-CO-24 from the subject, its reason and reason code terms, and the
    /// sibling rule.
    private static func reasonPresence(
        fr: (subject: String, reason: String, code: String, sibling: String),
        isCharge: Bool, en: (subject: String, reason: String, code: String, sibling: String)
    ) -> RuleExplanation {
        explained(
            fr: "\(fr.subject) dit pourquoi elle est \(isCharge ? "facturée" : "accordée"), par un motif en clair (\(fr.reason)), un code motif (\(fr.code)) ou les deux. Sans l'un ni l'autre, l'acheteur ne peut pas la rapprocher de ses conditions commerciales. La règle \(fr.sibling) vérifie la même chose et se déclenche avec elle.",
            en: "\(en.subject) states why it is \(isCharge ? "billed" : "granted"), with a reason text (\(en.reason)), a reason code (\(en.code)) or both. Without either, the buyer cannot match it with the agreed terms. Rule \(en.sibling) checks the same thing and fires with it.")
    }
}
