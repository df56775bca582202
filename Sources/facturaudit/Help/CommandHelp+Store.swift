import InvoiceModel

/// The store commands: `import`, `seal` and `verify` (`export` has its own file).
extension CommandHelp {
    /// The environment variables the store commands read.
    static let storeEnvironment = LocalizedText(
        fr: """
            SOURCE_DATE_EPOCH (secondes depuis 1970) fixe l'heure enregistrée des lots et des sceaux.
            FACTURAUDIT_BUSY_TIMEOUT (secondes, défaut 60) : attente maximale quand un autre processus
            écrit dans la même base.
            """,
        en: """
            SOURCE_DATE_EPOCH (seconds since 1970) fixes the time recorded for batches and seals.
            FACTURAUDIT_BUSY_TIMEOUT (seconds, default 60): how long a write waits while another process
            writes to the same store.
            """)

    static let importing = CommandHelp(
        name: "import",
        synopsis: [LocalizedText(fr: "import CHEMIN… --db FICHIER [options]", en: "import PATH… --db FILE [options]")],
        summary: LocalizedText(
            fr: "charge des fichiers dans une base SQLite, en un lot", en: "load files into an SQLite store, as one batch"),
        description: LocalizedText(
            fr: """
                Charge les fichiers et dossiers donnés dans une base SQLite, en un lot, et écrit le journal
                du lot : fichiers, séries de numérotation, documents modifiés depuis un import antérieur et
                documents scellés absents du lot. Un fichier déjà importé (même SHA-256) n'est pas réimporté ;
                un fichier de même chemin mais de contenu nouveau remplace sa version antérieure. Chaque chemin
                donné est une source, comme pour check : importez l'export de l'ancien logiciel puis celui du
                nouveau, et 'facturaudit check --db' contrôle la jonction entre eux. Un fichier CSV ou Excel
                nommé sans --source, rangé dans le dossier d'un fichier d'un lot antérieur et lu avec les mêmes
                colonnes, en prolonge la source : c'est l'export suivant du même logiciel. Avec --source, tous
                les fichiers du lot forment la source nommée : une copie renommée d'un export déjà importé,
                donnée avec le même nom, en remplace les documents au lieu de former une jonction.
                """,
            en: """
                Loads the files and folders given into an SQLite store as one batch, then writes the batch's
                journal: files, numbering series, documents changed since an earlier import and sealed
                documents the batch lacks. A file already imported (same SHA-256) is not imported again; a
                file with the same path but new content replaces its earlier version. Each path given is a
                source, as for check: import the old tool's export, then the new tool's, and
                'facturaudit check --db' checks the junction between them. A CSV or Excel file named without
                --source, saved in the folder of an earlier batch's file and read with the same columns,
                continues its source: it is the next export of the same tool. With --source, every file of the
                batch belongs to the named source: a renamed copy of an export imported before, given the same
                name, replaces its documents instead of forming a junction.
                """),
        options: [
            OptionHelp.store.describing(
                LocalizedText(
                    fr: "base SQLite de facturaudit, créée si elle n'existe pas (obligatoire)",
                    en: "facturaudit SQLite store, created when missing (required)")),
            OptionHelp(
                ["--source"], value: LocalizedText(fr: "NOM", en: "NAME"),
                LocalizedText(
                    fr: "source de tous les fichiers du lot (défaut : chaque chemin donné) ;\n"
                        + "le nom d'un import antérieur dit que c'est le même logiciel",
                    en: "source of every file of the batch (default: each path given);\n"
                        + "the name of an earlier import says it is the same tool")),
            OptionHelp(
                ["--config"], value: OptionHelp.file,
                LocalizedText(
                    fr: "configuration lue comme check la lit (défaut : facturaudit.json\ndu dossier courant, s'il existe)",
                    en: "configuration, read as check reads it (default: facturaudit.json\nin the current folder, if any)")),
            .journalFormat, .language, .failOn, .journalOutput, .mapping, .maximumFileSize, .quiet, .help,
        ],
        exitCodes: [.clean, .findings, .unreadable, .usage],
        notes: storeEnvironment,
        examples: [
            "facturaudit import exports/2025/ --db invoices.sqlite",
            "facturaudit import export-2025-03.csv --db invoices.sqlite --source export-2025-01.csv",
            "facturaudit import new-tool.csv --db invoices.sqlite --source new-tool",
            "facturaudit import february.csv --db invoices.sqlite --format json --output batch-2.json",
        ])

    static let seal = CommandHelp(
        name: "seal",
        synopsis: [LocalizedText(fr: "seal --db FICHIER [options]", en: "seal --db FILE [options]")],
        summary: LocalizedText(
            fr: "scelle les empreintes des documents émis", en: "seal the fingerprints of the issued documents"),
        description: LocalizedText(
            fr: """
                Enregistre l'empreinte de chaque document émis de la base, chaînée au sceau précédent, et
                affiche l'empreinte du nouveau sceau, à conserver hors de la base. Un document émis modifié
                depuis le dernier sceau, ou un document scellé que la base ne contient plus, arrête le
                scellement : les changements sont écrits en journal.
                """,
            en: """
                Records the fingerprint of every issued document in the store, chained to the previous seal,
                and prints the new seal hash, to keep outside the store. An issued document changed since
                the last seal, or a sealed document the store no longer holds, stops the seal: the changes
                are written as a journal.
                """),
        options: [
            OptionHelp.store.describing(
                LocalizedText(fr: "base SQLite de facturaudit (obligatoire)", en: "facturaudit SQLite store (required)")),
            OptionHelp(
                ["--accept-changes"],
                LocalizedText(
                    fr: """
                        scelle aussi les documents modifiés depuis le dernier sceau (changement
                        légitime, décision de justice par exemple) ; sans elle, seal refuse
                        """,
                    en: """
                        also seal documents changed since the last seal (a legitimate change,
                        a court decision for example); without it, seal refuses
                        """)),
            OptionHelp.journalFormat.describing(
                LocalizedText(
                    fr: "format du journal des changements refusés (défaut : text), comme pour check",
                    en: "format of the journal of refused changes (default: text), as for check")),
            .language,
            OptionHelp.journalOutput.describing(
                LocalizedText(
                    fr: "écrit le sceau, ou le journal des changements refusés, dans FICHIER\n(- : sortie standard)",
                    en: "write the seal, or the journal of refused changes, to FILE\n(- means standard output)")),
            .quiet, .help,
        ],
        exitCodes: [
            ExitCode(code: 0, meaning: LocalizedText(fr: "sceau enregistré", en: "seal recorded")),
            ExitCode(
                code: 1,
                meaning: LocalizedText(
                    fr: "des documents émis ont changé ou disparu depuis le dernier sceau : rien n'a été scellé",
                    en: "issued documents changed or disappeared since the last seal: nothing was sealed")),
            ExitCode(
                code: 2,
                meaning: LocalizedText(
                    fr: "la base n'a pas pu être lue, ou sa chaîne de scellement est rompue",
                    en: "the store could not be read, or its seal chain is broken")),
            .usage,
        ],
        notes: storeEnvironment,
        examples: [
            "facturaudit seal --db invoices.sqlite",
            "facturaudit seal --db invoices.sqlite --accept-changes --output seal-2.txt",
        ])

    static let verify = CommandHelp(
        name: "verify",
        synopsis: [
            LocalizedText(fr: "verify --db FICHIER [CHEMIN… | --batch N] [options]", en: "verify --db FILE [PATH… | --batch N] [options]")
        ],
        summary: LocalizedText(
            fr: "compare le dernier sceau à un export ou à un lot", en: "compare the newest seal with an export or a batch"),
        description: LocalizedText(
            fr: """
                Compare le dernier sceau à un état ultérieur et vérifie la chaîne de scellement. L'état
                comparé est soit les fichiers donnés, soit les seuls documents importés par le lot N (par
                défaut le dernier lot), tels que ses fichiers les contenaient, et non toute la base. Chaque
                modification, suppression ou insertion antidatée est un constat du journal.
                """,
            en: """
                Compares the newest seal with a later state and checks the seal chain. The compared state is
                either the files given, or only the documents that batch N imported (by default the newest
                batch), as its files held them, not the whole store. Every change, deletion or backdated
                insertion is a finding in the journal.
                """),
        options: [
            OptionHelp.store.describing(
                LocalizedText(fr: "base SQLite de facturaudit (obligatoire)", en: "facturaudit SQLite store (required)")),
            OptionHelp.batch.describing(
                LocalizedText(
                    fr: "compare à ce qu'a importé le lot N (défaut : le dernier) ; pas avec des chemins",
                    en: "compare with what batch N imported (default: the newest); not with paths")),
            OptionHelp(
                ["--config"], value: OptionHelp.file,
                LocalizedText(
                    fr: "configuration, lue comme import la lit, pour lire les fichiers\ncomme à l'import (défaut : facturaudit.json du dossier courant,\ns'il existe)",
                    en: "configuration, read as import reads it, so that files are read\nas when imported (default: facturaudit.json in the current folder,\nif any)")),
            .journalFormat, .language, .failOn, .journalOutput, .mapping, .maximumFileSize, .quiet, .help,
        ],
        exitCodes: [
            .clean, .findings,
            ExitCode(
                code: 2,
                meaning: LocalizedText(
                    fr: "une entrée ou la base n'a pas pu être lue, ou la base n'a aucun sceau",
                    en: "an input or the store could not be read, or the store has no seal")),
            .usage,
        ],
        examples: [
            "facturaudit verify --db invoices.sqlite",
            "facturaudit verify --db invoices.sqlite exports/2025/ --format json --output verify.json",
        ])
}
