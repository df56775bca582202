import InvoiceModel

/// The help of one command (`facturaudit help check`, `facturaudit check --help`): synopsis,
/// description, options, exit codes and examples. The general help takes its command list from
/// the same entries, so each text is written once.
struct CommandHelp {
    /// One exit code with what it means for this command.
    struct ExitCode {
        let code: Int32
        let meaning: LocalizedText
    }

    let name: String
    /// The command lines after `facturaudit `, one per form of the command.
    let synopsis: [LocalizedText]
    /// One line for the general help's command list.
    let summary: LocalizedText
    /// The command's effect, in one or two sentences wrapped by hand.
    let description: LocalizedText
    let options: [OptionHelp]
    let exitCodes: [ExitCode]
    /// Further facts (environment variables, defaults), wrapped by hand; empty when none.
    var notes = LocalizedText(fr: "", en: "")
    /// Complete command lines, the same in both languages.
    let examples: [String]

    /// Every command, in the order the general help lists them.
    static let all: [CommandHelp] = [check, importing, export, seal, verify, extract, aging, dunning, rules, explain, help]

    static func named(_ name: String) -> CommandHelp? {
        all.first { $0.name == name }
    }

    static var names: [String] { all.map(\.name) }

    /// Renders the help page, ending with a newline.
    func text(_ language: Language) -> String {
        let fr = language == .fr
        let colon = fr ? " : " : ": "
        var out = "facturaudit \(name)" + colon + summary.text(language) + "\n\n"
        out += usageLines(language) + "\n"
        out += description.text(language) + "\n\n"
        out += (fr ? "Options :" : "Options:") + "\n"
        out += options.map { $0.lines(language) }.joined()
        if !exitCodes.isEmpty {
            out += "\n" + (fr ? "Codes de sortie :" : "Exit codes:") + "\n"
            for exit in exitCodes {
                let code = String(exit.code)
                out += "  " + code + String(repeating: " ", count: 3 - code.count) + exit.meaning.text(language) + "\n"
            }
        }
        let notes = notes.text(language)
        if !notes.isEmpty { out += "\n" + notes + "\n" }
        out += "\n" + (fr ? "Exemples :" : "Examples:") + "\n"
        out += examples.map { "  " + $0 + "\n" }.joined()
        return out
    }

    /// Renders `Usage: facturaudit …` with each form of the command under the first.
    func usageLines(_ language: Language) -> String {
        let lead = language == .fr ? "Usage : " : "Usage: "
        let indent = String(repeating: " ", count: lead.count)
        return synopsis.enumerated().map { index, line in
            (index == 0 ? lead : indent) + "facturaudit " + line.text(language) + "\n"
        }.joined()
    }
}

/// The exit codes most commands share.
extension CommandHelp.ExitCode {
    static let clean = Self(
        code: 0,
        meaning: LocalizedText(
            fr: "aucun constat au niveau de --fail-on ou au-dessus", en: "no finding at or above the --fail-on level"))
    static let findings = Self(
        code: 1, meaning: LocalizedText(fr: "au moins un constat à ce niveau", en: "at least one finding at that level"))
    static let unreadable = Self(
        code: 2,
        meaning: LocalizedText(
            fr: "une entrée ou la base n'a pas pu être lue (chemin absent, fichier illisible,\n"
                + "     enregistrement rejeté)",
            en: "an input or the store could not be read (missing path, unreadable file,\n"
                + "     rejected record)"))
    static let usage = Self(
        code: 64,
        meaning: LocalizedText(
            fr: "erreur d'utilisation (option inconnue ou invalide)", en: "usage error (unknown or invalid option)"))
}
