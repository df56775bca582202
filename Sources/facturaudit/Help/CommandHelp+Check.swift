import InvoiceModel

extension CommandHelp {
    static let check = CommandHelp(
        name: "check",
        synopsis: [
            LocalizedText(fr: "check CHEMIN… [options]", en: "check PATH… [options]"),
            LocalizedText(fr: "check --db FICHIER [--batch N] [options]", en: "check --db FILE [--batch N] [options]"),
        ],
        summary: LocalizedText(
            fr: "audite des fichiers ou dossiers (CSV, XLSX, FEC, UBL, CII/Factur-X, ZUGFeRD 1.0, PDF,\n"
                + "JSON canonique, Stripe ou json-records)",
            en: "audit files or folders (CSV, XLSX, FEC, UBL, CII/Factur-X, ZUGFeRD 1.0, PDF,\n"
                + "canonical, Stripe or json-records JSON)"),
        description: LocalizedText(
            fr: """
                Lit chaque facture des fichiers et dossiers donnés, applique les règles à chaque document
                et à l'ensemble du registre, puis écrit le journal de facturation sur la sortie standard.
                Avec --db, audite les documents d'une base remplie par 'facturaudit import'.
                """,
            en: """
                Reads every invoice in the files and folders given, runs the rules on each document and
                on the whole ledger, then writes the billing journal to standard output.
                With --db, audits the documents of a store filled by 'facturaudit import' instead.
                """),
        options: [
            .journalFormat, .language, .failOn, .journalOutput, .mapping,
            OptionHelp(
                ["--config"], value: OptionHelp.file,
                LocalizedText(
                    fr: "configuration (défaut : facturaudit.json du dossier courant, s'il existe)",
                    en: "configuration (default: facturaudit.json in the current folder, if any)")),
            OptionHelp(
                ["--as-of"], value: LocalizedText(fr: "AAAA-MM-JJ", en: "YYYY-MM-DD"),
                LocalizedText(
                    fr: """
                        date d'appréciation des statuts, des retards et des acomptes
                        (défaut : asOf de la configuration, sinon la dernière date d'émission
                        ou de paiement des données, sans dépasser aujourd'hui ; le journal
                        indique la date retenue) ; une date d'émission postérieure à cette
                        date, ou à aujourd'hui si aucune date n'est fixée, est signalée
                        (FR-MENT-12) ; aujourd'hui est la date du système, ou
                        SOURCE_DATE_EPOCH (secondes depuis 1970) s'il est défini
                        """,
                    en: """
                        date at which statuses, overdue invoices and deposits are judged
                        (default: the configuration's asOf, else the latest issue or payment
                        date in the data, never after today; the journal shows the date
                        used); an issue date after this date, or after today when no date
                        is set, is reported (FR-MENT-12); today is the system date, or
                        SOURCE_DATE_EPOCH (seconds since 1970) when set
                        """)),
            .maximumFileSize, .quiet,
            OptionHelp.store.describing(
                LocalizedText(
                    fr: "audite les documents de la base au lieu de fichiers",
                    en: "audit the documents of a store instead of files")),
            OptionHelp.batch.describing(
                LocalizedText(
                    fr: "avec --db : audite la base telle qu'après le lot N (défaut : le dernier)",
                    en: "with --db: audit the store as it was after batch N (default: the newest)")),
            OptionHelp(
                ["--baseline"], value: OptionHelp.file,
                LocalizedText(
                    fr: """
                        journal JSON antérieur (check --format json) : ses constats ne sont
                        plus affichés ni comptés pour le code de sortie, seuls les nouveaux
                        """,
                    en: """
                        earlier JSON journal (check --format json): its findings are no
                        longer shown nor counted for the exit code, only new ones are
                        """)),
            .help,
        ],
        exitCodes: [
            .clean, .findings,
            ExitCode(
                code: 2,
                meaning: LocalizedText(
                    fr: "une entrée ou la base n'a pas pu être lue (chemin absent, fichier illisible,\n"
                        + "     enregistrement rejeté), aucun document lu, ou --config ou --baseline illisible",
                    en: "an input or the store could not be read (missing path, unreadable file,\n"
                        + "     rejected record), no document was read, or --config or --baseline is unreadable")),
            .usage,
        ],
        notes: LocalizedText(
            fr: """
                Dans un dossier, les fichiers .csv, .tsv, .txt, .xlsx, .xlsm, .xml, .json, .jsonl, .ndjson
                et .pdf sont lus, sous-dossiers compris ; le format est reconnu d'après le contenu. Chaque
                feuille d'un classeur dont l'en-tête est celui d'un export de factures est lue comme un CSV
                (docs/xlsx.fr.md). Chaque chemin est une source : avec 'check ancien-outil/ nouvel-outil/',
                la numérotation du nouvel outil doit prolonger celle de l'ancien (trou : FR-NUM-03,
                chevauchement : FA-MIG-01).
                """,
            en: """
                In a folder, .csv, .tsv, .txt, .xlsx, .xlsm, .xml, .json, .jsonl, .ndjson and .pdf files
                are read, subfolders included; the format is detected from the content. Each sheet of a
                workbook whose header is an invoice export's is read like a CSV (docs/xlsx.md). Each path
                is a source: with 'check old-tool/ new-tool/', the new tool's numbering must continue the
                old one's (gap: FR-NUM-03, overlap: FA-MIG-01).
                """),
        examples: [
            "facturaudit check exports/2025/ invoices.csv --lang en",
            "facturaudit check exports/ --format json --output journal.json --fail-on warning",
            "facturaudit check --db invoices.sqlite --batch 3 --format html --output report.html",
        ])
}
