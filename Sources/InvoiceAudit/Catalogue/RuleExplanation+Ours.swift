import InvoiceModel

extension RuleExplanation {
    /// Our own rules on numbering, migrations and seals: FA-NUM-01, FA-MIG-01 and FA-SEAL-*.
    static let ourExplanations: [String: RuleExplanation] = [
        "FA-NUM-01": RuleExplanation(
            explanation: LocalizedText(
                fr: "Les trous, l'ordre chronologique et les remises à zéro se vérifient dans une série, repérée par le compteur : la suite de chiffres qui change d'un numéro à l'autre, à la fin du numéro (FA-2025-0042) ou avant une année (001/2025, 001/25), les parties de date lues à part quand elles suivent les dates d'émission (FA2501001, F2025-02-003). Un numéro sans chiffre, comme « ABC », ou dont le compteur dépasse 18 chiffres, n'entre dans aucune série : aucune autre règle de numérotation ne peut le vérifier. La règle le signale une fois par vendeur, avec ses premiers numéros. C'est souvent un numéro saisi à la main ou une référence client exportée à la place du numéro de facture.",
                en: "Gaps, chronological order and restarts are checked within a series, found from its counter: the run of digits that changes from one number to the next, at the end of the number (FA-2025-0042) or before a year (001/2025, 001/25), with date parts read apart when they follow the issue dates (FA2501001, F2025-02-003). A number without digits, such as \"ABC\", or whose counter has more than 18 digits, belongs to no series, so no other numbering rule can check it. The rule reports it once per seller, with its first numbers. It is often a number typed by hand or a customer reference exported in place of the invoice number.")),
        "FA-MIG-01": RuleExplanation(
            explanation: LocalizedText(
                fr: "Chaque chemin passé à check est une source, par exemple l'export de l'ancien outil puis celui du nouveau. Quand une même série d'un vendeur traverse deux sources, la plus récente doit reprendre après le dernier numéro de la précédente. Une plage utilisée par les deux sources signale une numérotation repartie trop tôt ou un même document exporté deux fois ; ses numéros communs ne sont pas signalés une seconde fois comme doublons (FR-NUM-02).",
                en: "Each path given to check is a source, such as the old tool's export and then the new one's. When one seller's series runs through two sources, the newer one must continue after the older one's last number. A range used by both sources means the numbering restarted too early or one document was exported twice; its shared numbers are not reported again as duplicates (FR-NUM-02).")),
        "FA-SEAL-01": RuleExplanation(
            explanation: LocalizedText(
                fr: "Un sceau (facturaudit seal) fige la liste des documents émis d'une base. verify signale un document absent du sceau dont le compteur tombe dans une plage scellée de sa série, ou dont la date précède la dernière date scellée du vendeur : il a été inséré après coup, comme une facture antidatée. Cette règle est vérifiée par verify sur une base, pas par check sur des fichiers.",
                en: "A seal (facturaudit seal) fixes the list of a store's issued documents. verify reports a document missing from the seal whose counter falls inside a sealed range of its series, or whose date is earlier than the seller's last sealed date: it was inserted afterwards, like a backdated invoice. This rule is checked by verify on a store, not by check on files.")),
        "FA-SEAL-02": RuleExplanation(
            explanation: LocalizedText(
                fr: "Chaque sceau enregistre l'empreinte SHA-256 de ses documents et celle du sceau précédent. verify recalcule la chaîne : un sceau dont le contenu ne correspond plus à son empreinte, ou qui ne cite plus son prédécesseur, montre que la base a été modifiée hors de facturaudit. Cette règle est vérifiée par verify sur une base, pas par check sur des fichiers.",
                en: "Each seal records the SHA-256 fingerprint of its documents and that of the previous seal. verify recomputes the chain: a seal whose content no longer matches its fingerprint, or that no longer cites its predecessor, shows that the store was changed outside facturaudit. This rule is checked by verify on a store, not by check on files.")),
    ]
}
