import InvoiceModel

/// The commands that write documents in another form: `export` and `extract`.
extension CommandHelp {
    static let export = CommandHelp(
        name: "export",
        synopsis: [
            LocalizedText(
                fr: "export --to canonical-json|csv|lines-csv|fec CHEMIN… [-o FICHIER]",
                en: "export --to canonical-json|csv|lines-csv|fec PATH… [-o FILE]"),
            LocalizedText(
                fr: "export --db FICHIER --to canonical-json|csv|lines-csv|fec [--batch N] [-o FICHIER]",
                en: "export --db FILE --to canonical-json|csv|lines-csv|fec [--batch N] [-o FILE]"),
        ],
        summary: LocalizedText(
            fr: "exporte les documents de fichiers ou d'une base, sans les auditer",
            en: "export the documents of files or of a store, without auditing them"),
        description: LocalizedText(
            fr: """
                Importe les fichiers et dossiers donnés, ou lit les documents d'une base avec --db, et les
                écrit en JSON canonique, en CSV ou en FEC, sans les auditer. Une entrée rejetée, ou un
                document qu'un FEC ne peut pas équilibrer, est signalé sur la sortie d'erreur et absent de
                l'export.
                """,
            en: """
                Imports the files and folders given, or reads the documents of a store with --db, and writes
                them as canonical JSON, CSV or FEC, without auditing them. A rejected input, or a document
                a FEC cannot balance, is reported on standard error and left out of the export.
                """),
        options: [
            OptionHelp.exportTarget,
            OptionHelp.store.describing(
                LocalizedText(
                    fr: "exporte les documents de cette base au lieu de fichiers",
                    en: "export the documents of this store instead of files")),
            OptionHelp.batch.describing(
                LocalizedText(
                    fr: "avec --db : la base telle qu'après le lot N (défaut : le dernier)",
                    en: "with --db: the store as it was after batch N (default: the newest)")),
            OptionHelp(
                ["--output", "-o"], value: OptionHelp.file,
                LocalizedText(
                    fr: "écrit l'export dans FICHIER plutôt que sur la sortie standard (- : sortie standard)",
                    en: "write the export to FILE instead of standard output (- means standard output)")),
            OptionHelp(
                ["--config"], value: OptionHelp.file,
                LocalizedText(
                    fr: "avec --to fec : journal et comptes de fec.export (défaut : facturaudit.json)",
                    en: "with --to fec: journal and accounts from fec.export (default: facturaudit.json)")),
            OptionHelp.language.describing(
                LocalizedText(
                    fr: "langue des messages ; pour le CSV, en fr séparateur ';' et BOM UTF-8,\nen en séparateur ','",
                    en: "message language; for CSV, fr uses ';' and a UTF-8 BOM,\nen uses ','")),
            OptionHelp.mapping.describing(
                LocalizedText(
                    fr: "sans --db : correspondance JSON des colonnes d'un export CSV\nou des clés d'une liste de factures en JSON",
                    en: "without --db: JSON column mapping for a CSV export\nor the keys of an invoice list in JSON")),
            OptionHelp.maximumFileSize.describing(
                LocalizedText(
                    fr: "sans --db : taille maximale d'un fichier lu (défaut : 67108864)",
                    en: "without --db: largest file read (default: 67108864)")),
            OptionHelp.quiet.describing(
                LocalizedText(
                    fr: "sans --db : ne signale pas les entrées rejetées sur la sortie d'erreur",
                    en: "without --db: do not report rejected inputs on standard error")),
            .help,
        ],
        exitCodes: [
            ExitCode(code: 0, meaning: LocalizedText(fr: "export écrit", en: "export written")),
            ExitCode(
                code: 2,
                meaning: LocalizedText(
                    fr: "une entrée ou un document a été laissé hors de l'export, ou la base n'a pas pu être lue",
                    en: "an input or a document was left out of the export, or the store could not be read")),
            .usage,
        ],
        examples: [
            "facturaudit export --to canonical-json exports/2025/ -o documents.json",
            "facturaudit export --db invoices.sqlite --to lines-csv --lang en -o lines.csv",
            "facturaudit export --to fec exports/2026/ -o 847315926FEC20261231.txt",
        ])

    static let extract = CommandHelp(
        name: "extract",
        synopsis: [LocalizedText(fr: "extract FICHIER.pdf [-o FICHIER]", en: "extract FILE.pdf [-o FILE]")],
        summary: LocalizedText(
            fr: "écrit le XML de facture joint à un PDF Factur-X ou ZUGFeRD",
            en: "write the invoice XML embedded in a Factur-X or ZUGFeRD PDF"),
        description: LocalizedText(
            fr: "Écrit le XML de facture joint à un PDF Factur-X ou ZUGFeRD, octet pour octet, sur la sortie\n"
                + "standard ou dans un fichier.",
            en: "Writes the invoice XML embedded in a Factur-X or ZUGFeRD PDF, byte for byte, to standard\n"
                + "output or to a file."),
        options: [
            OptionHelp(
                ["--output", "-o"], value: OptionHelp.file,
                LocalizedText(
                    fr: "écrit le XML dans FICHIER, octet pour octet (défaut et - : sortie standard)",
                    en: "write the XML to FILE, byte for byte (default and -: standard output)")),
            OptionHelp.maximumFileSize.describing(
                LocalizedText(
                    fr: "taille maximale du PDF et du XML joint (défaut : 67108864)",
                    en: "largest PDF and embedded XML read (default: 67108864)")),
            .language, .help,
        ],
        exitCodes: [
            ExitCode(code: 0, meaning: LocalizedText(fr: "XML écrit", en: "XML written")),
            ExitCode(
                code: 2,
                meaning: LocalizedText(
                    fr: "fichier absent ou illisible, qui n'est pas un PDF, ou PDF sans XML de facture",
                    en: "file missing or unreadable, not a PDF, or a PDF without invoice XML")),
            .usage,
        ],
        examples: [
            "facturaudit extract invoice.pdf -o factur-x.xml",
            "facturaudit extract invoice.pdf | xmllint --format -",
        ])
}
