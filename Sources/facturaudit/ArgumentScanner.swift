import InvoiceModel

/// A minimal option scanner: `--name value`, `--name=value` and flags, in any order with operands.
struct ArgumentScanner {
    private var arguments: [String]
    private(set) var operands: [String] = []

    init(_ arguments: [String]) {
        self.arguments = arguments
    }

    /// The next option name with its inline value, collecting operands on the way; `nil` at the end.
    mutating func nextOption() -> (name: String, inlineValue: String?)? {
        while !arguments.isEmpty {
            let argument = arguments.removeFirst()
            if argument == "--" {
                operands += arguments
                arguments = []
                return nil
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                operands.append(argument)
                continue
            }
            if let equals = argument.firstIndex(of: "=") {
                return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
            }
            return (argument, nil)
        }
        return nil
    }

    /// Returns the next option like ``nextOption()``, and throws when its name is not in `accepted`,
    /// the table of `command`'s options. The error names the closest accepted name when one is
    /// near, `--help` included, which ``CommandLineTool`` handles before any command parses.
    mutating func nextOption(
        accepting accepted: [String], command: String
    ) throws(UsageError) -> (name: String, inlineValue: String?)? {
        guard let option = nextOption() else { return nil }
        if Self.helpNames.contains(option.name) { try Self.flag(option) }
        guard accepted.contains(option.name) else {
            throw Self.unknownOption(
                option.name, command: command,
                suggestion: Suggestion.closest(to: option.name, among: accepted + Self.helpNames))
        }
        return option
    }

    /// The spellings of the help option, which every command accepts.
    static let helpNames = ["--help", "-h"]

    /// Builds the error for an option that `command` does not accept, naming `suggestion` when given.
    static func unknownOption(_ name: String, command: String, suggestion: String? = nil) -> UsageError {
        guard let suggestion else {
            return UsageError(
                message: LocalizedText(
                    fr: "option inconnue '\(name)' pour \(command)", en: "unknown option '\(name)' for \(command)"))
        }
        return UsageError(
            message: LocalizedText(
                fr: "option inconnue '\(name)' pour \(command) : vouliez-vous dire '\(suggestion)' ?",
                en: "unknown option '\(name)' for \(command): did you mean '\(suggestion)'?"))
    }

    /// The value of an option: the inline `=value` or the next argument.
    ///
    /// A next argument that looks like an option (`--lang`, `-q`) is a usage error, not the value,
    /// so a forgotten value never becomes a file named `--lang`. `-` alone and negative numbers are
    /// values, and `--output=--lang` gives a value that starts with a dash.
    mutating func value(for option: (name: String, inlineValue: String?)) throws(UsageError) -> String {
        if let inline = option.inlineValue { return inline }
        guard let next = arguments.first else {
            throw UsageError(
                message: LocalizedText(
                    fr: "l'option \(option.name) attend une valeur", en: "option \(option.name) requires a value"))
        }
        guard !Self.looksLikeOption(next) else {
            throw UsageError(
                message: LocalizedText(
                    fr: "l'option \(option.name) attend une valeur, et '\(next)' est une option : "
                        + "écrivez la valeur juste après \(option.name), ou \(option.name)=VALEUR si elle commence par un tiret",
                    en: "option \(option.name) requires a value, and '\(next)' is an option: "
                        + "write the value right after \(option.name), or \(option.name)=VALUE if it starts with a dash"))
        }
        return arguments.removeFirst()
    }

    /// Checks that `option`, a flag, came without a value. `--quiet=no` is a usage error rather
    /// than a quiet run, so a script passing `--quiet=$QUIET` learns that the value is ignored.
    static func flag(_ option: (name: String, inlineValue: String?)) throws(UsageError) {
        guard let value = option.inlineValue else { return }
        throw UsageError(
            message: LocalizedText(
                fr: "l'option \(option.name) ne prend pas de valeur, et '\(value)' lui est donnée : "
                    + "écrivez \(option.name) seule pour l'activer, ou omettez-la",
                en: "option \(option.name) takes no value, and '\(value)' was given: "
                    + "write \(option.name) alone to turn it on, or leave it out"))
    }

    /// Returns the path given to `--output` or `-o`, or `nil` for `-`, which means standard output
    /// as in other Unix tools and so acts as if no `--output` were given.
    mutating func outputPath(for option: (name: String, inlineValue: String?)) throws(UsageError) -> String? {
        let path = try value(for: option)
        guard !path.isEmpty else {
            throw UsageError(
                message: LocalizedText(
                    fr: "l'option \(option.name) attend un chemin de fichier non vide",
                    en: "option \(option.name) requires a non-empty file path"))
        }
        return path == "-" ? nil : path
    }

    /// True for `--` followed by anything, and for `-` followed by a letter (`-o`, `-q`).
    static func looksLikeOption(_ argument: String) -> Bool {
        if argument.hasPrefix("--") { return true }
        let scalars = Array(argument.unicodeScalars)
        return scalars.count >= 2 && scalars[0] == "-" && scalars[1].properties.isAlphabetic
    }

    /// Returns a value that must be one of `T`'s raw values, matched without regard to case
    /// (`--format JSON`).
    mutating func choice<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, for option: (name: String, inlineValue: String?)
    ) throws(UsageError) -> T where T.RawValue == String {
        let text = try value(for: option)
        guard let match = T.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) else {
            throw Self.invalidValue(text, for: option.name, allowed: T.allCases.map(\.rawValue))
        }
        return match
    }

    /// Returns a value that must be one of `allowed`, matched without regard to case, spelled as
    /// in `allowed`. Another value is a usage error naming the closest allowed value when one is near.
    mutating func choice(
        among allowed: [String], for option: (name: String, inlineValue: String?)
    ) throws(UsageError) -> String {
        let text = try value(for: option)
        if let match = allowed.first(where: { $0.lowercased() == text.lowercased() }) { return match }
        throw Self.invalidValue(text, for: option.name, allowed: allowed)
    }

    /// The unit of a positive whole-number option, named in its error message.
    enum Count {
        case bytes, batch

        var expected: LocalizedText {
            switch self {
            case .bytes: LocalizedText(fr: "un nombre d'octets positif", en: "a positive number of bytes")
            case .batch: LocalizedText(fr: "un numéro de lot positif", en: "a positive batch number")
            }
        }
    }

    /// Returns a value that must be a whole number from 1 up. Digits too many for `Int` are
    /// reported as too large, because they are a number.
    mutating func positiveInteger(
        _ count: Count, for option: (name: String, inlineValue: String?)
    ) throws(UsageError) -> Int {
        let text = try value(for: option)
        if let number = Int(text), number > 0 { return number }
        if !text.isEmpty, text.allSatisfy({ $0.isASCII && $0.isNumber }), text.contains(where: { $0 != "0" }) {
            throw UsageError(
                message: LocalizedText(
                    fr: "valeur '\(text)' trop grande pour \(option.name) : au plus \(Int.max)",
                    en: "value '\(text)' too large for \(option.name): at most \(Int.max)"))
        }
        let expected = count.expected
        throw UsageError(
            message: LocalizedText(
                fr: "valeur '\(text)' invalide pour \(option.name) : attendu \(expected.fr)",
                en: "invalid value '\(text)' for \(option.name): expected \(expected.en)"))
    }

    /// Builds the error for `text`, a value of `option` outside `allowed`.
    static func invalidValue(_ text: String, for option: String, allowed: [String]) -> UsageError {
        let list = allowed.joined(separator: ", ")
        let hint = Suggestion.hint(for: text, among: allowed)
        return UsageError(
            message: LocalizedText(
                fr: "valeur '\(text)' invalide pour \(option)\(hint.fr) : valeurs possibles \(list)",
                en: "invalid value '\(text)' for \(option)\(hint.en): expected one of \(list)"))
    }
}
