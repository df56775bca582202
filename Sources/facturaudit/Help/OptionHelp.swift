import InvoiceModel

/// One option of a command's help: every spelling the parser accepts, its value and what it sets.
struct OptionHelp {
    /// The spellings, such as `["--output", "-o"]`; the help prints the short ones first.
    let names: [String]
    /// The value placeholder (`FILE`, `fr|en`), empty for a flag.
    let value: LocalizedText
    /// The setting the option changes, with its values and default, wrapped by hand with "\n".
    let description: LocalizedText

    init(_ names: [String], value: LocalizedText = LocalizedText(fr: "", en: ""), _ description: LocalizedText) {
        self.names = names
        self.value = value
        self.description = description
    }

    init(_ names: [String], value: String, _ description: LocalizedText) {
        self.init(names, value: LocalizedText(fr: value, en: value), description)
    }

    /// Returns the same spellings with another description, for an option whose effect differs by command.
    func describing(_ description: LocalizedText) -> OptionHelp {
        OptionHelp(names, value: value, description)
    }

    /// Renders the option's column: `-o, --output FILE`.
    func label(_ language: Language) -> String {
        let short = names.filter { !$0.hasPrefix("--") }
        let long = names.filter { $0.hasPrefix("--") }
        let placeholder = value.text(language)
        return (short + long).joined(separator: ", ") + (placeholder.isEmpty ? "" : " " + placeholder)
    }

    /// Renders the option as help lines: the label in a 25-column field, then the description.
    /// A longer label puts the description on the next line.
    func lines(_ language: Language) -> String {
        let label = label(language)
        let indent = String(repeating: " ", count: 27)
        var descriptionLines = description.text(language).split(separator: "\n", omittingEmptySubsequences: false)
            .map { indent + $0 }
        var out = "  " + label
        if label.count <= 23, !descriptionLines.isEmpty {
            out += String(repeating: " ", count: 25 - label.count) + descriptionLines.removeFirst().dropFirst(27)
        }
        for line in descriptionLines { out += "\n" + line }
        return out + "\n"
    }
}
