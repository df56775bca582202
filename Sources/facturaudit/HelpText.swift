import InvoiceModel

/// The usage printed when no command is given and the general `--help`, in both languages.
/// Their command lines, summaries and check options come from ``CommandHelp``.
enum HelpText {
    /// Every form of every command, then where to find more.
    static func usage(_ language: Language) -> String {
        let lead = language == .fr ? "Usage : " : "Usage: "
        let indent = String(repeating: " ", count: lead.count)
        let lines = CommandHelp.all.flatMap(\.synopsis).enumerated().map { index, line in
            (index == 0 ? lead : indent) + "facturaudit " + line.text(language) + "\n"
        }
        return lines.joined()
            + (language == .fr
                ? "Lancez 'facturaudit --help' pour l'aide générale, 'facturaudit help COMMANDE' pour une commande\n"
                    + "(in English: --lang en).\n"
                : "Run 'facturaudit --help' for the general help, 'facturaudit help COMMAND' for one command.\n")
    }

    /// The general help: the commands, check's options, notes and exit codes.
    static func full(_ language: Language) -> String {
        let fr = language == .fr
        var out =
            fr
            ? "facturaudit : audit des factures et du journal de facturation\n"
                + "(In English: facturaudit --help --lang en, or FACTURAUDIT_LANG=en)\n\n"
            : "facturaudit: audit invoices and the billing journal\n\n"
        out += (fr ? "Usage : facturaudit COMMANDE [options]" : "Usage: facturaudit COMMAND [options]") + "\n\n"
        out += (fr ? "Commandes :" : "Commands:") + "\n"
        out += CommandHelp.all.map { entry($0.name, $0.summary.text(language)) }.joined()
        out += entry("--version", fr ? "affiche la version" : "print the version")
        out += "\n" + (fr ? "Options de check :" : "Options of check:") + "\n"
        out += CommandHelp.check.options.map { $0.lines(language) }.joined()
        out += "\n" + CommandHelp.check.notes.text(language) + "\n\n"
        out +=
            fr
            ? "Une option à valeur unique répétée garde sa dernière valeur : '--lang en --lang fr' écrit\nen français.\n\n"
            : "A single-value option given twice keeps its last value: '--lang fr --lang en' writes\nEnglish.\n\n"
        out += exitCodes(language)
        out +=
            fr
            ? "\nLancez 'facturaudit help COMMANDE' pour les options, codes de sortie et exemples d'une commande\n"
                + "(check, import, export, seal, verify, extract, aging, dunning, rules, explain).\n"
            : "\nRun 'facturaudit help COMMAND' for the options, exit codes and examples of one command\n"
                + "(check, import, export, seal, verify, extract, aging, dunning, rules, explain).\n"
        return out
    }

    /// Formats one row of the command list: `  NAME`, then each line of `summary` from column 13.
    private static func entry(_ name: String, _ summary: String) -> String {
        let indent = String(repeating: " ", count: 13)
        let lines = summary.split(separator: "\n").map { indent + $0 }.joined(separator: "\n")
        return "  " + name + lines.dropFirst(2 + name.count) + "\n"
    }

    private static func exitCodes(_ language: Language) -> String {
        switch language {
        case .fr:
            """
            Codes de sortie :
              0  aucun constat au niveau de --fail-on ou au-dessus
              1  au moins un constat à ce niveau
              2  une entrée ou la base n'a pas pu être lue (chemin absent, fichier illisible, enregistrement rejeté,
                 PDF sans XML de facture pour extract)
              64 erreur d'utilisation (option inconnue ou invalide)
            explain sort avec 2 quand la règle demandée n'existe pas ; aging et dunning sortent avec 0
            une fois le rapport produit, quel que soit son contenu.

            """
        case .en:
            """
            Exit codes:
              0  no finding at or above the --fail-on level
              1  at least one finding at that level
              2  an input or the store could not be read (missing path, unreadable file, rejected record,
                 PDF without invoice XML for extract)
              64 usage error (unknown or invalid option)
            explain exits 2 when the requested rule does not exist; aging and dunning exit 0 once the
            report is produced, whatever it holds.

            """
        }
    }
}
