import InvoiceModel

/// The receivables commands: `aging` and `dunning`.
extension CommandHelp {
    static let aging = CommandHelp(
        name: "aging",
        synopsis: [
            LocalizedText(fr: "aging CHEMIN… [options]", en: "aging PATH… [options]"),
            LocalizedText(fr: "aging --db FICHIER [--batch N] [options]", en: "aging --db FILE [--batch N] [options]"),
        ],
        summary: LocalizedText(
            fr: "balance âgée : créances ouvertes par client et par ancienneté",
            en: "receivables aging: open invoices by buyer and by age"),
        description: LocalizedText(
            fr: """
                Lit les factures comme check, calcule le reste dû de chaque facture émise à la date
                d'appréciation (paiements, avoirs et acomptes déduits) et le range par client, devise et
                tranche de retard : non échu, 1–30, 31–60, 61–90 et plus de 90 jours par défaut.
                """,
            en: """
                Reads the invoices as check does, computes what is still owed on each issued invoice on
                the as-of date (payments, credit notes and deposits deducted) and groups it by buyer,
                currency and days past due: not yet due, 1–30, 31–60, 61–90 and over 90 days by default.
                """),
        options: receivablesOptions,
        exitCodes: receivablesExitCodes,
        notes: LocalizedText(
            fr: """
                Les tranches, le délai appliqué aux factures sans échéance (30 jours par défaut, C. com.
                L441-10 I) et la devise des documents qui n'en donnent pas se règlent dans la section
                "aging" de facturaudit.json ; docs/aging.fr.md détaille le calcul.
                """,
            en: """
                The buckets, the term given to invoices without a due date (30 days by default, C. com.
                L441-10 I) and the currency of documents that state none are set in the "aging" section
                of facturaudit.json; docs/aging.md details the computation.
                """),
        examples: [
            "facturaudit aging exports/ --as-of 2025-12-31",
            "facturaudit aging --db invoices.sqlite --format csv --output aging.csv",
        ])

    static let dunning = CommandHelp(
        name: "dunning",
        synopsis: [
            LocalizedText(fr: "dunning CHEMIN… [options]", en: "dunning PATH… [options]"),
            LocalizedText(fr: "dunning --db FICHIER [--batch N] [options]", en: "dunning --db FILE [--batch N] [options]"),
        ],
        summary: LocalizedText(
            fr: "relances dues à la date d'appréciation selon un plan de relance",
            en: "reminders due on the as-of date under a reminder plan"),
        description: LocalizedText(
            fr: """
                Pour chaque facture échue et non réglée, donne l'étape la plus avancée du plan de relance
                atteinte, les jours de retard, le reste dû et, entre professionnels en France, les
                pénalités de retard courues et l'indemnité forfaitaire de 40 € due par facture.
                """,
            en: """
                For each overdue unpaid invoice, gives the furthest step of the reminder plan reached,
                the days past due, the amount due and, between businesses in France, the late-payment
                penalties accrued and the 40 € fixed recovery indemnity due per invoice.
                """),
        options: receivablesOptions,
        exitCodes: receivablesExitCodes,
        notes: LocalizedText(
            fr: """
                Plan par défaut : relance amiable (reminder) à 7 jours, mise en demeure (formal-notice) à
                30 jours ; autres niveaux : final-reminder, collection. Le plan et le taux des pénalités
                des factures qui n'en indiquent pas se règlent dans la section "dunning" de
                facturaudit.json ; docs/aging.fr.md détaille le calcul.
                """,
            en: """
                Default plan: reminder at 7 days, formal-notice at 30 days; other levels: final-reminder,
                collection. The plan and the penalty rate of invoices that state none are set in the
                "dunning" section of facturaudit.json; docs/aging.md details the computation.
                """),
        examples: [
            "facturaudit dunning exports/ --as-of 2025-12-31",
            "facturaudit dunning --db invoices.sqlite --format json --output dunning.json",
        ])

    private static let receivablesOptions: [OptionHelp] = [
        OptionHelp(
            ["--format"], value: "text|json|csv|markdown",
            LocalizedText(
                fr: "format du rapport (défaut : text, tableau aligné) ; csv : séparateur ';'\net BOM en français ; markdown : court, pour un commentaire de revue",
                en: "report format (default: text, an aligned table); csv: ';' and a BOM\nin French; markdown: short, for a review comment")),
        .language,
        OptionHelp(
            ["--output", "-o"], value: OptionHelp.file,
            LocalizedText(fr: "écrit le rapport dans FICHIER, remplacé d'un coup", en: "write the report to FILE, replaced at once")),
        .mapping,
        OptionHelp(
            ["--config"], value: OptionHelp.file,
            LocalizedText(
                fr: "configuration (défaut : facturaudit.json du dossier courant, s'il existe)",
                en: "configuration (default: facturaudit.json in the current folder, if any)")),
        OptionHelp(
            ["--as-of"], value: LocalizedText(fr: "AAAA-MM-JJ", en: "YYYY-MM-DD"),
            LocalizedText(
                fr: """
                    date d'appréciation (défaut : asOf de la configuration, sinon la dernière
                    date d'émission ou de paiement des données, sans dépasser aujourd'hui) ;
                    le rapport indique la date retenue
                    """,
                en: """
                    as-of date (default: the configuration's asOf, else the latest issue or
                    payment date in the data, never after today); the report shows the
                    date used
                    """)),
        .maximumFileSize,
        OptionHelp.quiet.describing(
            LocalizedText(
                fr: "n'écrit sur la sortie d'erreur que les erreurs fatales, sans ligne par chemin\nintrouvable ni par enregistrement rejeté ; le code de sortie reste 2",
                en: "write only fatal errors on standard error, no line per path not found or\nrejected record; the exit code stays 2")),
        OptionHelp.store.describing(
            LocalizedText(fr: "lit les documents de la base au lieu de fichiers", en: "read the documents of a store instead of files")),
        .batch, .help,
    ]

    private static let receivablesExitCodes: [ExitCode] = [
        ExitCode(code: 0, meaning: LocalizedText(fr: "rapport produit", en: "report produced")),
        ExitCode(
            code: 2,
            meaning: LocalizedText(
                fr: "une entrée ou la base n'a pas pu être lue (chemin absent, fichier illisible,\n"
                    + "     enregistrement rejeté), aucun document lu, ou --config illisible",
                en: "an input or the store could not be read (missing path, unreadable file,\n"
                    + "     rejected record), no document was read, or --config is unreadable")),
        .usage,
    ]
}
