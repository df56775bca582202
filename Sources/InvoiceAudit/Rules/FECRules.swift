import InvoiceModel

/// The FEC file rules: the format of the Fichier des Écritures Comptables (LPF art. A47 A-1), as
/// the DGFiP's Test Compta Demat tool checks it before a tax audit.
///
/// They run over the whole file, every journal included, while the FEC importer reads it: the
/// importer records each ``FECFault`` and these rules word it. A fault that an import rejection
/// already reports (an unreadable value or the balance of a sales entry that could not be
/// imported, a line whose fields cannot be told apart) is not reported again here.
public enum FECRules {
    static let reference = "LPF art. A47 A-1; BOI-CF-IOR-60-40-20"

    public static let header = RuleDescriptor(
        id: "FR-FEC-01", severity: .error,
        title: LocalizedText(
            fr: "en-tête du FEC différent des 18 noms de champs réglementaires",
            en: "FEC header differs from the 18 regulatory field names"),
        reference: reference)

    public static let fieldCount = RuleDescriptor(
        id: "FR-FEC-02", severity: .error,
        title: LocalizedText(
            fr: "ligne du FEC sans le nombre de champs de l'en-tête",
            en: "FEC line without the header's number of fields"),
        reference: reference)

    public static let date = RuleDescriptor(
        id: "FR-FEC-03", severity: .error,
        title: LocalizedText(
            fr: "date du FEC invalide ou pas au format AAAAMMJJ", en: "FEC date invalid or not written YYYYMMDD"),
        reference: reference)

    public static let amount = RuleDescriptor(
        id: "FR-FEC-04", severity: .error,
        title: LocalizedText(
            fr: "montant du FEC sans virgule décimale ou avec séparateur de milliers",
            en: "FEC amount without decimal comma or with a thousands separator"),
        reference: reference)

    public static let balance = RuleDescriptor(
        id: "FR-FEC-05", severity: .error,
        title: LocalizedText(
            fr: "écriture du FEC déséquilibrée ou ligne sans un seul sens",
            en: "FEC entry unbalanced or line without exactly one side"),
        reference: reference)

    public static let numbering = RuleDescriptor(
        id: "FR-FEC-06", severity: .warning,
        title: LocalizedText(
            fr: "numéros d'écriture du FEC discontinus ou hors de l'ordre de validation",
            en: "FEC entry numbers broken or out of validation order"),
        reference: reference)

    public static let account = RuleDescriptor(
        id: "FR-FEC-07", severity: .error,
        title: LocalizedText(
            fr: "numéro de compte du FEC sans trois chiffres en tête",
            en: "FEC account number not starting with three digits"),
        reference: reference)

    public static let fileName = RuleDescriptor(
        id: "FR-FEC-08", severity: .warning,
        title: LocalizedText(
            fr: "nom du FEC hors du modèle SIRENFECAAAAMMJJ ou SIREN invalide",
            en: "FEC file name not SIRENFECYYYYMMDD or invalid SIREN"),
        reference: reference)

    public static let separator = RuleDescriptor(
        id: "FR-FEC-09", severity: .error,
        title: LocalizedText(
            fr: "champs du FEC séparés par un autre caractère que la tabulation ou |",
            en: "FEC fields separated by another character than a tab or |"),
        reference: reference)

    public static let mandatoryField = RuleDescriptor(
        id: "FR-FEC-10", severity: .error,
        title: LocalizedText(
            fr: "écriture du FEC avec un champ obligatoire vide (libellés, PieceRef, PieceDate, ValidDate)",
            en: "FEC entry with an empty mandatory field (labels, PieceRef, PieceDate, ValidDate)"),
        reference: reference)

    public static let descriptors = [
        header, fieldCount, date, amount, balance, numbering, account, fileName, separator, mandatoryField,
    ]

    /// Returns the rule that reports `check`.
    static func rule(_ check: FECFault.Check) -> RuleDescriptor {
        switch check {
        case .header: header
        case .fieldCount: fieldCount
        case .date: date
        case .amount: amount
        case .balance: balance
        case .numbering: numbering
        case .account: account
        case .fileName: fileName
        case .separator: separator
        case .mandatoryField: mandatoryField
        }
    }

    /// Words the faults a FEC import found as findings.
    public static func findings(_ faults: [FECFault]) -> [Finding] {
        faults.map { fault in
            Finding(rule: rule(fault.check), location: fault.location, documentNumber: nil, message: message(fault))
        }
    }
}
