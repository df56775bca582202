import InvoiceModel

/// The commands that describe the tool itself: `rules`, `explain` and `help`.
extension CommandHelp {
    static let rules = CommandHelp(
        name: "rules",
        synopsis: [LocalizedText(fr: "rules [--format text|json|markdown]", en: "rules [--format text|json|markdown]")],
        summary: LocalizedText(
            fr: "liste les règles (id, gravité, titre, référence)", en: "list the rules (id, severity, title, reference)"),
        description: LocalizedText(
            fr: "Liste toutes les règles : identifiant, gravité par défaut, titres français et anglais, référence.",
            en: "Lists every rule: id, default severity, French and English titles, reference."),
        options: [
            OptionHelp(
                ["--format"], value: "text|json|markdown",
                LocalizedText(
                    fr: """
                        text (défaut : une règle par ligne, champs séparés par des tabulations),
                        json, ou markdown (la page docs/rules.md ou docs/rules.fr.md)
                        """,
                    en: """
                        text (default: one rule per line, tab-separated fields), json,
                        or markdown (the page docs/rules.md or docs/rules.fr.md)
                        """)),
            .language, .help,
        ],
        exitCodes: [],
        examples: [
            "facturaudit rules",
            "facturaudit rules --format markdown --lang en > docs/rules.md",
        ])

    static let explain = CommandHelp(
        name: "explain",
        synopsis: [LocalizedText(fr: "explain ID", en: "explain ID")],
        summary: LocalizedText(
            fr: "explique une règle : référence, détail et exemple",
            en: "explain one rule: reference, details and an example"),
        description: LocalizedText(
            fr: "Explique une règle : gravité, référence, détail du contrôle, et un exemple qui la déclenche\n"
                + "avec les constats qu'il donne.",
            en: "Explains one rule: severity, reference, what it checks, and an example that fires it with\n"
                + "the findings it gives."),
        options: [.language, .help],
        exitCodes: [
            ExitCode(code: 0, meaning: LocalizedText(fr: "règle expliquée", en: "rule explained")),
            ExitCode(
                code: 2,
                meaning: LocalizedText(
                    fr: "la règle demandée n'existe pas (facturaudit rules les liste)",
                    en: "the requested rule does not exist (facturaudit rules lists them)")),
            ExitCode(
                code: 64,
                meaning: LocalizedText(
                    fr: "identifiant manquant, argument en trop ou option inconnue",
                    en: "missing id, extra argument or unknown option")),
        ],
        examples: ["facturaudit explain FR-NUM-03"])

    static let help = CommandHelp(
        name: "help",
        synopsis: [LocalizedText(fr: "help [COMMANDE]", en: "help [COMMAND]")],
        summary: LocalizedText(
            fr: "affiche l'aide générale, ou celle d'une commande", en: "print the general help, or one command's help"),
        description: LocalizedText(
            fr: "Sans argument, affiche l'aide générale ; avec une commande, son aide (comme COMMANDE --help).",
            en: "Without an argument, prints the general help; with a command, its help (as COMMAND --help)."),
        options: [.language, .help],
        exitCodes: [
            ExitCode(code: 0, meaning: LocalizedText(fr: "aide affichée", en: "help printed")),
            ExitCode(
                code: 64, meaning: LocalizedText(fr: "commande inconnue", en: "unknown command")),
        ],
        examples: ["facturaudit help check", "facturaudit help export --lang en"])
}
