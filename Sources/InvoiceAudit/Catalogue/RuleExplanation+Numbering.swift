import InvoiceModel

extension RuleExplanation {
    /// Numbering: FR-NUM-* (FR-NUM-08 is with the e-invoicing mentions).
    static let numberingExplanations: [String: RuleExplanation] = [
        "FR-NUM-01": RuleExplanation(
            fr: "Toute facture émise porte un numéro unique (BT-1). Les brouillons et pro forma, qui ne sont pas des factures émises, en sont dispensés. Un numéro provisoire de brouillon, comme « (PROV2) » de Dolibarr, ne compte pas comme numéro quand le statut indique un document émis.",
            en: "Every issued invoice carries a unique number (BT-1). Drafts and pro forma documents, which are not issued invoices, are exempt. A draft's provisional number, such as Dolibarr's \"(PROV2)\", does not count as a number when the status says the document was issued."),
        "FR-NUM-02": RuleExplanation(
            fr: "Un numéro ne sert qu'une fois par vendeur, ou par acheteur et fournisseur en autofacturation. La règle signale chaque réutilisation après la première, avec l'emplacement du premier document qui porte le numéro. Une même facture lue dans deux fichiers (son PDF et son XML par exemple) n'est comptée qu'une fois, avec un avertissement.",
            en: "A number is used once per seller, or per buyer and supplier under self-billing. The rule reports every reuse after the first, with the location of the first document that carries the number. One invoice read from two files (its PDF and its XML, for example) is counted once, with a warning."),
        "FR-NUM-03": RuleExplanation(
            fr: "Chaque série de numérotation est continue : entre le premier et le dernier numéro émis, aucun numéro ne manque. Un trou peut signifier une facture supprimée ou absente de l'export. Les séries sont propres à chaque vendeur, et à chaque année quand les numéros en portent une. Un document autofacturé (type 389) suit la série que l'acheteur tient pour ce fournisseur.",
            en: "Each numbering series is continuous: no number is missing between the first and last issued number. A gap can mean a deleted invoice or one missing from the export. Series are kept per seller, and per year when the numbers carry one. A self-billed document (type 389) follows the series the buyer keeps for that supplier."),
        "FR-NUM-04": RuleExplanation(
            fr: "Dans une série, les numéros suivent l'ordre des dates d'émission : un numéro plus grand ne peut pas être daté avant un numéro plus petit. La règle nomme les documents mal datés, les moins nombreux possible : une facture datée un mois trop tôt donne un seul constat, sur elle, et non un constat sur chacune des factures suivantes.",
            en: "Within a series, numbers follow the order of issue dates: a higher number cannot be dated before a lower one. The rule names the fewest misdated documents: an invoice dated a month early gives one finding, on that invoice, not one on each invoice after it."),
        "FR-NUM-05": RuleExplanation(
            fr: "Dans une période, le compteur d'une série ne fait que monter : repartir à 1, ou à un numéro plus bas, en cours d'année rompt la suite chronologique et continue qu'exige l'article 242 nonies A de l'annexe II du CGI. Une série ne recommence qu'au début d'une période, en général l'année, que le numéro porte alors. C'est souvent le signe d'un logiciel réinstallé ou d'un nouveau dossier créé en cours d'année. Un document daté d'avant les premières factures de sa série, sans numéro réutilisé, est une erreur de date (FR-NUM-04) et non une remise à zéro.",
            en: "Within a period, a series' counter only goes up: starting again at 1, or at a lower number, in the middle of the year breaks the chronological and continuous sequence that CGI ann. II art. 242 nonies A requires. A series restarts only at the start of a period, usually the year, which the number then carries. It is often the sign of reinstalled software or a new company file created mid-year. A document dated before the first invoices of its series, with no number used twice, is a wrong date (FR-NUM-04), not a restart."),
        "FR-NUM-06": RuleExplanation(
            fr: "Une série dont les numéros ne portent pas l'année ne doit pas réémettre les mêmes numéros l'année suivante : un numéro désigne une seule facture. Recommencer chaque année n'est admis que si le numéro indique l'année, par exemple FA-2025-0001. La cause habituelle est un logiciel réglé pour remettre son compteur à zéro en janvier avec un format sans {yyyy}.",
            en: "A series whose numbers carry no year must not issue the same numbers again the next year, because a number designates one invoice only. Restarting every year is accepted only when the number shows the year, for example FA-2025-0001. The usual cause is software set to reset its counter in January with a format without {yyyy}."),
        "FR-NUM-07": RuleExplanation(
            fr: "Un brouillon ne doit pas porter un numéro de la série définitive : le numéro n'est attribué qu'à l'émission, sinon l'abandon du brouillon crée un trou.",
            en: "A draft must not carry a number of the final series, because a number is assigned only at issue and an abandoned draft would leave a gap."),
        "FR-NUM-09": RuleExplanation(
            fr: "Des séries distinctes sont admises quand l'activité les justifie, par exemple une par établissement, et chacune doit garder cet usage. La règle signale une série réservée à un établissement (establishment, son SIRET, dans la configuration) qui numérote des documents d'un autre établissement de la même société. C'est souvent un utilisateur rattaché au mauvais site dans le logiciel.",
            en: "Separate series are accepted when the business justifies them, for example one per establishment, and each must keep that use. The rule reports a series kept for one establishment (establishment, its SIRET, in the configuration) that numbers documents of another establishment of the same company. It is often a user attached to the wrong site in the software."),
    ]
}
