import FoundationEssentials
import InvoiceModel

extension AuditConfiguration {
    /// The file name looked for in the current directory when `--config` is not given.
    public static let defaultFileName = "facturaudit.json"

    /// Reads a configuration strictly: unknown keys, wrong types and invalid values are errors
    /// naming the key path, so a typo never silently leaves a rule on its default.
    ///
    /// - Parameter file: the file name used in error messages.
    public static func load(json data: Data, file: String) throws(ConfigurationError) -> AuditConfiguration {
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            if let (line, number) = JSONNumberRange.firstOutOfRange(in: data) {
                throw ConfigurationError(
                    file: file, keyPath: "",
                    message: LocalizedText(
                        fr: "nombre '\(number)' trop grand pour être lu, ligne \(line) : corrigez la valeur",
                        en: "number '\(number)' on line \(line) is too large to read: correct the value"))
            }
            if let problem = JSONSyntaxLocator.firstProblem(in: [UInt8](data)) {
                throw ConfigurationError(file: file, keyPath: "", message: problem.message)
            }
            throw ConfigurationError(
                file: file, keyPath: "",
                message: LocalizedText(
                    fr: "JSON illisible : vérifiez les virgules, guillemets et accolades",
                    en: "unreadable JSON: check commas, quotes and braces"))
        }
        if let line = JSONDuplicateKeys.trailingCommaLine(in: data) {
            throw ConfigurationError(
                file: file, keyPath: "",
                message: LocalizedText(
                    fr: "virgule en trop avant la fin d'un objet ou d'une liste, ligne \(line) : supprimez-la",
                    en: "trailing comma before the end of an object or array on line \(line): remove it"))
        }
        if let (path, key) = JSONDuplicateKeys.first(in: data) {
            throw ConfigurationError(
                file: file, keyPath: path,
                message: LocalizedText(
                    fr: "clé '\(key)' écrite deux fois : n'en gardez qu'une",
                    en: "key '\(key)' written twice: keep only one"))
        }
        var reader = ConfigurationReader(file: file)
        return try reader.configuration(root)
    }
}

/// Walks the JSON tree of a configuration, keeping the key path for messages.
struct ConfigurationReader {
    let file: String

    func fail(_ path: String, fr: String, en: String) -> ConfigurationError {
        ConfigurationError(file: file, keyPath: path, message: LocalizedText(fr: fr, en: en))
    }

    func object(_ value: JSONValue, _ path: String, allowed: Set<String>) throws(ConfigurationError) -> [String: JSONValue] {
        guard case .object(let members) = value else {
            throw fail(path, fr: "attendu un objet, trouvé \(value.typeName)", en: "expected an object, found \(value.typeName)")
        }
        for key in members.keys.sorted() where !allowed.contains(key) {
            let list = allowed.sorted().joined(separator: ", ")
            let hint = Suggestion.hint(for: key, among: allowed.sorted())
            throw fail(
                path.isEmpty ? key : "\(path).\(key)", fr: "clé inconnue\(hint.fr) : clés possibles ici \(list)",
                en: "unknown key\(hint.en): keys allowed here are \(list)")
        }
        return members
    }

    func string(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> String {
        guard case .string(let text) = value else {
            throw fail(path, fr: "attendu une chaîne, trouvé \(value.text)", en: "expected a string, found \(value.text)")
        }
        return text
    }

    func bool(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> Bool {
        guard case .bool(let flag) = value else {
            throw fail(path, fr: "attendu true ou false, trouvé \(value.text)", en: "expected true or false, found \(value.text)")
        }
        return flag
    }

    func integer(_ value: JSONValue, _ path: String, range: ClosedRange<Int>) throws(ConfigurationError) -> Int {
        guard case .number(let text) = value, let number = Int(text), range.contains(number) else {
            throw fail(
                path, fr: "attendu un entier de \(range.lowerBound) à \(range.upperBound), trouvé \(value.text)",
                en: "expected an integer from \(range.lowerBound) to \(range.upperBound), found \(value.text)")
        }
        return number
    }

    func date(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> CivilDate {
        let text = try string(value, path)
        guard let date = CivilDate(isoText: text) else {
            throw fail(path, fr: "date '\(text)' invalide : écrivez AAAA-MM-JJ", en: "invalid date '\(text)': write YYYY-MM-DD")
        }
        return date
    }

    func decimal(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> Amount {
        let text: String
        switch value {
        case .number(let number): text = number
        case .string(let string): text = string
        default: text = ""
        }
        guard let amount = Amount(parsing: text), !amount.isNegative else {
            throw fail(
                path, fr: "attendu un nombre positif comme 2.62 ou \"2.62\", trouvé \(value.text)",
                en: "expected a positive number such as 2.62 or \"2.62\", found \(value.text)")
        }
        return amount
    }

    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type, _ value: JSONValue, _ path: String) throws(ConfigurationError)
        -> T where T.RawValue == String
    {
        let text = try string(value, path)
        // Any case, as on the command line (`--fail-on Warning`): `"Warning"` is `warning`.
        guard let result = T(rawValue: text) ?? T.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() })
        else {
            let list = T.allCases.map(\.rawValue).joined(separator: ", ")
            throw fail(
                path, fr: "valeur '\(text)' invalide : valeurs possibles \(list)", en: "invalid value '\(text)': expected one of \(list)")
        }
        return result
    }

    func array(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> [JSONValue] {
        guard case .array(let items) = value else {
            throw fail(path, fr: "attendu un tableau, trouvé \(value.typeName)", en: "expected an array, found \(value.typeName)")
        }
        return items
    }
}

extension CivilDate {
    /// Parses exactly `YYYY-MM-DD`, the only form configuration files and `--as-of` accept.
    public init?(isoText text: String) {
        guard text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil, let date = CivilDate(parsing: text) else { return nil }
        self = date
    }
}
