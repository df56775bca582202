import InvoiceModel

/// The options several commands accept, described once.
extension OptionHelp {
    static let file = LocalizedText(fr: "FICHIER", en: "FILE")

    static let language = OptionHelp(
        ["--lang"], value: "fr|en",
        LocalizedText(
            fr: "langue des messages (défaut : FACTURAUDIT_LANG, puis la locale, puis fr)",
            en: "message language (default: FACTURAUDIT_LANG, then the locale, then fr)"))

    static let journalFormat = OptionHelp(
        ["--format"], value: LocalizedText(fr: "FORMAT", en: "FORMAT"),
        LocalizedText(
            fr: """
                format du journal (défaut : text) : text, json, csv (constats,
                séparateur ';' et BOM en français), lines-csv (lignes de facture),
                html (rapport autonome imprimable), junit, sarif, markdown
                """,
            en: """
                journal format (default: text): text, json, csv (findings; ';'
                and a BOM in French), lines-csv (invoice lines), html (self-contained
                printable report), junit, sarif, markdown
                """))

    static let failOn = OptionHelp(
        ["--fail-on"], value: "error|warning|info|never",
        LocalizedText(
            fr: "gravité à partir de laquelle le code de sortie vaut 1 (défaut : error)",
            en: "lowest severity that makes the exit code 1 (default: error)"))

    static let journalOutput = OptionHelp(
        ["--output", "-o"], value: file,
        LocalizedText(
            fr: "écrit le journal dans FICHIER (même si le code de sortie vaut 1) ;\n- : sortie standard",
            en: "write the journal to FILE (even when the exit code is 1);\n- means standard output"))

    static let mapping = OptionHelp(
        ["--mapping"], value: file,
        LocalizedText(
            fr: "correspondance JSON des colonnes d'un export CSV ou XLSX\nou des clés d'une liste de factures en JSON",
            en: "JSON column mapping for a CSV or XLSX export\nor the keys of an invoice list in JSON"))

    static let maximumFileSize = OptionHelp(
        ["--max-file-size"], value: LocalizedText(fr: "OCTETS", en: "BYTES"),
        LocalizedText(
            fr: "taille maximale d'un fichier lu, et d'une partie décompressée d'un classeur\n(défaut : 67108864, soit 64 Mio)",
            en: "largest file read, and largest part unpacked from a workbook\n(default: 67108864, that is 64 MiB)"))

    static let quiet = OptionHelp(
        ["--quiet", "-q"],
        LocalizedText(
            fr: "ni barre de progression ni ligne de fin (rejets) sur la sortie d'erreur, où ne vont\n"
                + "plus que les erreurs fatales ; le journal garde son bilan",
            en: "no progress bar and no closing line (rejections) on standard error, which then\n"
                + "gets only fatal errors; the journal keeps its summary"))

    static let store = OptionHelp(
        ["--db"], value: file,
        LocalizedText(fr: "base SQLite de facturaudit", en: "facturaudit SQLite store"))

    static let batch = OptionHelp(
        ["--batch"], value: "N",
        LocalizedText(
            fr: "la base telle qu'après le lot N (défaut : le dernier)",
            en: "the store as it was after batch N (default: the newest)"))

    static let exportTarget = OptionHelp(
        ["--to"], value: "canonical-json|csv|lines-csv|fec",
        LocalizedText(
            fr: """
                format écrit : JSON canonique (schemas/canonical-document.schema.json),
                une ligne CSV par document, ou par ligne de facture, ou un FEC du journal
                des ventes, une écriture par document (docs/fec.fr.md)
                """,
            en: """
                form written: canonical JSON (schemas/canonical-document.schema.json),
                one CSV row per document, or per invoice line, or a sales-journal FEC,
                one entry per document (docs/fec.md)
                """))

    /// `-h` and `--help`, which every command accepts before its own options are read.
    static let help = OptionHelp(
        ["--help", "-h"], LocalizedText(fr: "affiche cette aide", en: "print this help"))
}
