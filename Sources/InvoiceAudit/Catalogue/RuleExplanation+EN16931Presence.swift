import InvoiceModel

extension RuleExplanation {
    /// One paragraph for the EN 16931 core rules (BR-01 to BR-65) that no other table explains:
    /// rules that require a business term or a link between terms, whose title names what is missing.
    static let en16931PresenceExplanations: [String: RuleExplanation] = {
        let explained = Set(writtenFamilies.flatMap(\.keys))
        var table: [String: RuleExplanation] = [:]
        for rule in EN16931Rules.descriptors where isCoreRule(rule.id) && !explained.contains(rule.id) {
            table[rule.id] = presence(rule)
        }
        return table
    }()

    /// True for `BR-` followed by digits only, such as `BR-07`.
    static func isCoreRule(_ id: String) -> Bool {
        id.hasPrefix("BR-") && id.dropFirst(3).allSatisfy(\.isNumber)
    }

    static func presence(_ rule: RuleDescriptor) -> RuleExplanation {
        let blocking = rule.severity == .error
        return RuleExplanation(
            explanation: LocalizedText(
                fr: "Cette règle fait partie de celles par lesquelles EN 16931 fixe les termes qu'une facture doit porter et la façon dont ils se rattachent : « \(rule.title.fr) ». "
                    + (blocking
                        ? "Les artefacts de validation du CEN la classent comme fatale : une plateforme de dématérialisation rejette une telle facture. "
                        : "Les artefacts de validation du CEN en font un avertissement : la facture passe, mais l'information manque à son destinataire. ")
                    + "La cause habituelle est un champ laissé vide dans l'outil de facturation, ou qu'il n'écrit pas dans son export.",
                en: "This is one of the rules by which EN 16931 sets the terms an invoice must carry and how they belong together: \"\(rule.title.en)\". "
                    + (blocking
                        ? "The CEN validation artefacts treat it as fatal, so an e-invoicing platform rejects such an invoice. "
                        : "The CEN validation artefacts make it a warning: the invoice goes through, but its receiver lacks the information. ")
                    + "The usual cause is a field left empty in the invoicing tool, or one it does not write to its export."))
    }
}
