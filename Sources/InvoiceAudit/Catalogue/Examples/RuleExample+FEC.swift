import InvoiceModel

extension RuleExample {
    /// The FEC file rules. Their input is a FEC file, so each example gives what the FEC importer
    /// records when it reads the file described; Tests/InvoiceImportTests read such files.
    static let fecExamples: [String: RuleExample] = [
        "FR-FEC-01": fec(
            LocalizedText(
                fr: "l'en-tête du FEC écrit le treizième champ 'Crédit', avec un accent",
                en: "the FEC header writes its thirteenth field 'Crédit', with an accent"),
            .headerName(position: 13, found: "Crédit", expected: "Credit"), line: 1),
        "FR-FEC-02": fec(
            LocalizedText(
                fr: "la ligne 4 omet les deux derniers champs, Montantdevise et Idevise",
                en: "line 4 leaves out the last two fields, Montantdevise and Idevise"),
            .fieldCount(found: 16, expected: 18), line: 4),
        "FR-FEC-03": fec(
            LocalizedText(
                fr: "une ligne du journal d'achats date l'écriture '2026-01-06' au lieu de 20260106",
                en: "a line of the purchases journal dates its entry '2026-01-06' instead of 20260106"),
            .dateFormat(column: "EcritureDate", text: "2026-01-06"), line: 5),
        "FR-FEC-04": fec(
            LocalizedText(
                fr: "une ligne écrit son débit '50.00' avec un point décimal",
                en: "a line writes its debit '50.00' with a decimal point"),
            .decimalPoint(column: "Debit", text: "50.00"), line: 5),
        "FR-FEC-05": fec(
            LocalizedText(
                fr: "une écriture d'achat débite 50,00 et ne crédite que 40,00",
                en: "a purchase entry debits 50.00 and credits only 40.00"),
            .unbalanced(entry: "AC/1", debits: Amount(units: 5000, scale: 2), credits: Amount(units: 4000, scale: 2)), line: 5),
        "FR-FEC-06": fec(
            LocalizedText(
                fr: "le journal d'achats passe de l'écriture 1 à l'écriture 3",
                en: "the purchases journal goes from entry 1 to entry 3"),
            .numberGap(journal: "AC", previous: "1", next: "3"), line: 7),
        "FR-FEC-07": fec(
            LocalizedText(
                fr: "une ligne impute le compte 'F401', qui ne commence pas par trois chiffres",
                en: "a line posts to account 'F401', which does not start with three digits"),
            .accountNumber("F401"), line: 6),
        "FR-FEC-08": RuleExample(
            LocalizedText(
                fr: "le FEC s'appelle 'export-compta.txt' au lieu de 847315926FEC20261231.txt",
                en: "the FEC is named 'export-compta.txt' instead of 847315926FEC20261231.txt")
        ) {
            let name = "export-compta.txt"
            return [Source(name, [], fecFaults: [FECFault(.fileName(name), location: SourceLocation(file: name))])]
        },
        "FR-FEC-09": fec(
            LocalizedText(
                fr: "le FEC sépare ses champs par des points-virgules, comme un export de tableur",
                en: "the FEC separates its fields with semicolons, as a spreadsheet export does"),
            .separator(";"), line: 1),
        "FR-FEC-10": fec(
            LocalizedText(
                fr: "une écriture d'opérations diverses laisse vides PieceRef, PieceDate et ValidDate",
                en: "a miscellaneous-operations entry leaves PieceRef, PieceDate and ValidDate empty"),
            .emptyMandatoryFields(entry: "OD/1", fields: ["PieceRef", "PieceDate", "ValidDate"]), line: 8),
    ]

    /// An example FEC named as the regulation asks, where the importer found `kind` at `line`.
    private static func fec(_ situation: LocalizedText, _ kind: FECFault.Kind, line: Int) -> RuleExample {
        RuleExample(situation) {
            let name = "847315926FEC20261231.txt"
            return [Source(name, [], fecFaults: [FECFault(kind, location: SourceLocation(file: name, line: line))])]
        }
    }
}
