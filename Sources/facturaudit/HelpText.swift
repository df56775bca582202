import InvoiceModel

/// `--help` and usage text in both languages.
enum HelpText {
    static func usage(_ language: Language) -> String {
        switch language {
        case .fr:
            """
            Usage : facturaudit check CHEMIN… [options]
                    facturaudit extract FICHIER.pdf [-o FICHIER]
                    facturaudit check --db FICHIER [--batch N] [options]
                    facturaudit import CHEMIN… --db FICHIER
                    facturaudit export --db FICHIER --to canonical-json|csv|lines-csv
                    facturaudit seal --db FICHIER
                    facturaudit verify --db FICHIER [CHEMIN… | --batch N]
                    facturaudit export --to canonical-json|csv|lines-csv CHEMIN… [-o FICHIER]
                    facturaudit rules [--format text|json|markdown]
                    facturaudit explain ID
            Lancez 'facturaudit --help' pour l'aide complète (in English: --lang en).

            """
        case .en:
            """
            Usage: facturaudit check PATH… [options]
                   facturaudit extract FILE.pdf [-o FILE]
                   facturaudit check --db FILE [--batch N] [options]
                   facturaudit import PATH… --db FILE
                   facturaudit export --db FILE --to canonical-json|csv|lines-csv
                   facturaudit seal --db FILE
                   facturaudit verify --db FILE [PATH… | --batch N]
                   facturaudit export --to canonical-json|csv|lines-csv PATH… [-o FILE]
                   facturaudit rules [--format text|json|markdown]
                   facturaudit explain ID
            Run 'facturaudit --help' for full help.

            """
        }
    }

    static func full(_ language: Language) -> String {
        switch language {
        case .fr:
            """
            facturaudit : audit des factures et du journal de facturation
            (In English: facturaudit --help --lang en, or FACTURAUDIT_LANG=en)

            Usage :
              facturaudit check CHEMIN… [options]   audite des fichiers ou dossiers (CSV, FEC, UBL, CII/Factur-X, ZUGFeRD 1.0, PDF, JSON canonique ou Stripe)
              facturaudit extract FICHIER.pdf       écrit le XML de facture joint à un PDF Factur-X ou ZUGFeRD
              facturaudit import CHEMIN… --db FICHIER
                                                    charge des fichiers dans une base SQLite, en un lot
              facturaudit export --db FICHIER --to canonical-json|csv|lines-csv
                                                    exporte les documents de la base
              facturaudit seal --db FICHIER         scelle les empreintes des documents émis
              facturaudit verify --db FICHIER [CHEMIN… | --batch N]
                                                    compare le dernier sceau à un export ou à un lot
              facturaudit export --to FORMAT CHEMIN…
                                                    exporte les documents des fichiers, sans base
              facturaudit rules                     liste les règles (id, gravité, titre, référence)
              facturaudit explain ID                explique une règle : référence, détail et exemple
              facturaudit --version                 affiche la version

            Options de check :
              --format FORMAT          format du journal (défaut : text) : text, json, csv (constats,
                                       séparateur ';' et BOM en français), lines-csv (lignes de facture),
                                       html (rapport autonome imprimable), junit, sarif, markdown
              --lang fr|en             langue des messages (défaut : FACTURAUDIT_LANG, puis la locale, puis fr)
              --fail-on error|warning|info|never
                                       gravité à partir de laquelle le code de sortie vaut 1 (défaut : error)
              --output FICHIER         écrit le journal dans FICHIER (même si le code de sortie vaut 1)
              --mapping FICHIER        correspondance JSON des colonnes d'un export CSV
                                       ou des clés d'une liste de factures en JSON
              --config FICHIER         configuration (défaut : facturaudit.json du dossier courant, s'il existe)
              --as-of AAAA-MM-JJ       date d'appréciation des statuts, retards et acomptes
                                       (défaut : la dernière date d'émission ou de paiement des données) ;
                                       aucune date d'émission ne doit la dépasser, ni sans elle la date du
                                       jour, que SOURCE_DATE_EPOCH (secondes depuis 1970) peut fixer
              --max-file-size OCTETS   taille maximale d'un fichier lu (défaut : 67108864, soit 64 Mio)
              --quiet                  n'écrit rien sur la sortie d'erreur (ni barre de progression)
              --db FICHIER             audite les documents de la base au lieu de fichiers
              --batch N                avec --db : audite l'état de la base au lot N (défaut : le dernier)
              --baseline FICHIER       journal JSON antérieur (check --format json) : ses constats ne sont
                                       plus affichés ni comptés pour le code de sortie, seuls les nouveaux

            Options des commandes de base (import, export, seal, verify) :
              --db FICHIER             base SQLite de facturaudit (import la crée si elle n'existe pas)
              --to canonical-json|csv|lines-csv
                                       export : JSON canonique, une ligne CSV par document, ou par ligne de facture
              --batch N                export, verify : état de la base au lot N (défaut : le dernier)
              --lang fr|en             export : en fr, séparateur ';' et BOM UTF-8 ; en en, séparateur ','
              --accept-changes         seal : scelle aussi les documents modifiés depuis le dernier sceau (changement
                                       légitime, décision de justice par exemple) ; sans elle, seal refuse
              import et verify acceptent aussi --format, --fail-on, --output, --mapping, --max-file-size, --quiet ;
              seal accepte --format (journal des changements refusés), --output et --quiet.
              Un fichier déjà importé (même SHA-256) n'est pas réimporté. SOURCE_DATE_EPOCH (secondes depuis
              1970) fixe l'heure enregistrée des lots et des sceaux. FACTURAUDIT_BUSY_TIMEOUT (secondes,
              défaut 60) : attente maximale quand un autre processus écrit dans la même base.

            Options de extract :
              -o, --output FICHIER     écrit le XML dans FICHIER, octet pour octet (défaut : sortie standard)
              --max-file-size OCTETS   taille maximale du PDF et du XML joint (défaut : 67108864)

            Options d'export de fichiers (sans --db) :
              --to canonical-json|csv|lines-csv
                                       format écrit ; le JSON canonique suit schemas/canonical-document.schema.json
              --output, -o FICHIER     écrit l'export dans FICHIER plutôt que sur la sortie standard
              --mapping, --max-file-size, --lang, --quiet  comme pour check
              Une entrée rejetée est signalée sur la sortie d'erreur, absente de l'export, et le code
              de sortie vaut 2.

            Dans un dossier, les fichiers .csv, .tsv, .txt, .xml, .json et .pdf sont lus, sous-dossiers
            compris ; le format est reconnu d'après le contenu. Chaque chemin est une source : avec
            'check ancien-outil/ nouvel-outil/', la numérotation du nouvel outil doit prolonger celle de
            l'ancien (trou : FR-NUM-03, chevauchement : FA-MIG-01).

            Une option à valeur unique répétée garde sa dernière valeur : '--lang en --lang fr' écrit
            en français.

            Codes de sortie :
              0  aucun constat au niveau de --fail-on ou au-dessus
              1  au moins un constat à ce niveau
              2  une entrée ou la base n'a pas pu être lue (chemin absent, fichier illisible, enregistrement rejeté,
                 PDF sans XML de facture pour extract)
              64 erreur d'utilisation (option inconnue ou invalide)
            explain sort avec 2 quand la règle demandée n'existe pas.

            """
        case .en:
            """
            facturaudit: audit invoices and the billing journal

            Usage:
              facturaudit check PATH… [options]     audit files or folders (CSV, FEC, UBL, CII/Factur-X, ZUGFeRD 1.0, PDF, canonical or Stripe JSON)
              facturaudit extract FILE.pdf          write the invoice XML embedded in a Factur-X or ZUGFeRD PDF
              facturaudit import PATH… --db FILE    load files into an SQLite store, as one batch
              facturaudit export --db FILE --to canonical-json|csv|lines-csv
                                                    export the documents of the store
              facturaudit seal --db FILE            seal the fingerprints of the issued documents
              facturaudit verify --db FILE [PATH… | --batch N]
                                                    compare the newest seal with an export or a batch
              facturaudit export --to FORMAT PATH…
                                                    export the documents of files, without a store
              facturaudit rules                     list the rules (id, severity, title, reference)
              facturaudit explain ID                explain one rule: reference, details and an example
              facturaudit --version                 print the version

            Options of check:
              --format FORMAT          journal format (default: text): text, json, csv (findings; ';'
                                       and a BOM in French), lines-csv (invoice lines), html (self-contained
                                       printable report), junit, sarif, markdown
              --lang fr|en             message language (default: FACTURAUDIT_LANG, then the locale, then fr)
              --fail-on error|warning|info|never
                                       lowest severity that makes the exit code 1 (default: error)
              --output FILE            write the journal to FILE (even when the exit code is 1)
              --mapping FILE           JSON column mapping for a CSV export
                                       or the keys of an invoice list in JSON
              --config FILE            configuration (default: facturaudit.json in the current folder, if any)
              --as-of YYYY-MM-DD       date statuses, overdue invoices and deposits are judged at
                                       (default: the latest issue or payment date in the data); no issue
                                       date may be later, nor later than today without it, which
                                       SOURCE_DATE_EPOCH (seconds since 1970) can fix
              --max-file-size BYTES    largest file read (default: 67108864, that is 64 MiB)
              --quiet                  write nothing to standard error (no progress bar either)
              --db FILE                audit the documents of a store instead of files
              --batch N                with --db: audit the store as of batch N (default: the newest)
              --baseline FILE          earlier JSON journal (check --format json): its findings are no
                                       longer shown nor counted for the exit code, only new ones are

            Options of the store commands (import, export, seal, verify):
              --db FILE                facturaudit SQLite store (import creates it when missing)
              --to canonical-json|csv|lines-csv
                                       export: canonical JSON, one CSV row per document, or per invoice line
              --batch N                export, verify: the store as of batch N (default: the newest)
              --lang fr|en             export: fr uses ';' and a UTF-8 BOM, en uses ','
              --accept-changes         seal: also seal documents changed since the last seal (a legitimate change,
                                       a court decision for example); without it, seal refuses
              import and verify also take --format, --fail-on, --output, --mapping, --max-file-size, --quiet;
              seal takes --format (journal of the refused changes), --output and --quiet.
              A file already imported (same SHA-256) is not imported again. SOURCE_DATE_EPOCH (seconds since
              1970) fixes the time recorded for batches and seals. FACTURAUDIT_BUSY_TIMEOUT (seconds,
              default 60): how long a write waits while another process writes to the same store.

            Options of extract:
              -o, --output FILE        write the XML to FILE, byte for byte (default: standard output)
              --max-file-size BYTES    largest PDF and embedded XML read (default: 67108864)

            Options of export of files (without --db):
              --to canonical-json|csv|lines-csv
                                       form written; the canonical JSON follows schemas/canonical-document.schema.json
              --output, -o FILE        write the export to FILE instead of standard output
              --mapping, --max-file-size, --lang, --quiet  as for check
              A rejected input is reported on standard error, left out of the export, and the exit
              code is 2.

            In a folder, .csv, .tsv, .txt, .xml, .json and .pdf files are read, subfolders included;
            the format is detected from the content. Each path is a source: with
            'check old-tool/ new-tool/', the new tool's numbering must continue the old one's
            (gap: FR-NUM-03, overlap: FA-MIG-01).

            A single-value option given twice keeps its last value: '--lang fr --lang en' writes
            English.

            Exit codes:
              0  no finding at or above the --fail-on level
              1  at least one finding at that level
              2  an input or the store could not be read (missing path, unreadable file, rejected record,
                 PDF without invoice XML for extract)
              64 usage error (unknown or invalid option)
            explain exits 2 when the requested rule does not exist.

            """
        }
    }
}
