import FoundationEssentials
import InvoiceModel

/// How to read one CSV export, loaded from a JSON mapping file; every part is optional.
///
/// Example:
/// ```json
/// {"columns": {"number": "Réf. pièce", "issueDate": "Date pièce"},
///  "dateFormat": "dd/mm/yyyy", "decimalSeparator": ",", "separator": ";", "encoding": "windows-1252",
///  "defaults": {"sellerName": "ACME SAS", "sellerSiren": "123456789", "currency": "EUR"},
///  "values": {"type": {"Avoir client": "creditNote"}, "status": {"Réglée": "paid"}}}
/// ```
/// Column keys are the ``CSVField`` raw values; fields not listed fall back to header-name recognition.
public struct CSVMapping: Sendable, Hashable, Codable {
    /// Header names keyed by canonical field name (`number`, `issueDate`, …).
    public var columns: [String: String]
    /// The order of day and month in dates such as `03/04/2025`, day first when absent.
    /// ISO dates are accepted with every setting.
    public var dateFormat: CSVDateFormat?
    /// `","` or `"."`; decided from the amounts when absent.
    public var decimalSeparator: String?
    /// `";"`, `","`, `"|"` or `"\t"` (also written `"tab"`); decided from the header line when absent.
    public var separator: String?
    /// `"utf-8"` or `"windows-1252"` (aliases `cp1252`, `iso-8859-1`, `latin1`).
    /// When absent, text that is not valid UTF-8 is read as Windows-1252 with a warning.
    public var encoding: String?
    /// Values used when the file has no column for them, or the cell is empty.
    public var defaults: Defaults?
    /// Tool-specific cell values for the type and status columns.
    public var values: ValueTranslations?

    /// Values for fields that the export does not carry.
    public struct Defaults: Sendable, Hashable, Codable {
        public var sellerName: String?
        public var sellerSiren: String?
        public var sellerSiret: String?
        public var sellerVatId: String?
        public var currency: String?

        public init(
            sellerName: String? = nil, sellerSiren: String? = nil, sellerSiret: String? = nil,
            sellerVatId: String? = nil, currency: String? = nil
        ) {
            self.sellerName = sellerName
            self.sellerSiren = sellerSiren
            self.sellerSiret = sellerSiret
            self.sellerVatId = sellerVatId
            self.currency = currency
        }
    }

    /// Cell values translated to kinds and statuses; keys match cells ignoring case and accents.
    public struct ValueTranslations: Sendable, Hashable, Codable {
        public var type: [String: DocumentKind]?
        public var status: [String: DocumentStatus]?

        public init(type: [String: DocumentKind]? = nil, status: [String: DocumentStatus]? = nil) {
            self.type = type
            self.status = status
        }
    }

    public init(
        columns: [String: String] = [:], dateFormat: CSVDateFormat? = nil, decimalSeparator: String? = nil,
        separator: String? = nil, encoding: String? = nil, defaults: Defaults? = nil, values: ValueTranslations? = nil
    ) {
        self.columns = columns
        self.dateFormat = dateFormat
        self.decimalSeparator = decimalSeparator
        self.separator = separator
        self.encoding = encoding
        self.defaults = defaults
        self.values = values
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        columns = try container.decodeIfPresent([String: String].self, forKey: .columns) ?? [:]
        dateFormat = try container.decodeIfPresent(CSVDateFormat.self, forKey: .dateFormat)
        decimalSeparator = try container.decodeIfPresent(String.self, forKey: .decimalSeparator)
        separator = try container.decodeIfPresent(String.self, forKey: .separator)
        encoding = try container.decodeIfPresent(String.self, forKey: .encoding)
        defaults = try container.decodeIfPresent(Defaults.self, forKey: .defaults)
        values = try container.decodeIfPresent(ValueTranslations.self, forKey: .values)
    }

    /// Reads and checks a mapping file.
    ///
    /// - Throws: ``CSVMappingError`` naming the file and what is wrong: unreadable file, invalid
    ///   JSON, a value of the wrong type (with its key path), an unknown field or an unsupported setting.
    public static func load(path: String) throws -> CSVMapping {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVMappingError(path: path, problem: CSVMappingProblem.unreadable)
        }
        if let problem = JSONSyntaxLocator.firstProblem(in: [UInt8](data)) {
            throw CSVMappingError(path: path, problem: problem.message)
        }
        let mapping: CSVMapping
        do {
            mapping = try JSONDecoder().decode(CSVMapping.self, from: data)
        } catch let error as DecodingError {
            throw CSVMappingError(path: path, problem: CSVMappingProblem.decoding(error))
        } catch {
            throw CSVMappingError(path: path, problem: CSVMappingProblem.invalidJSON)
        }
        // JSONDecoder ignores keys it does not expect, so a misspelt setting would be dropped silently.
        if let probe = try? JSONDecoder().decode(MappingKeyProbe.self, from: data),
            let unknown = probe.unknownKeys.first
        {
            throw CSVMappingError(path: path, problem: CSVMappingProblem.unknownSetting(unknown))
        }
        if let problem = mapping.problems.first {
            throw CSVMappingError(path: path, problem: problem)
        }
        return mapping
    }

    /// The problems of the settings, in the order the keys are documented; empty when usable.
    var problems: [LocalizedText] {
        var found: [LocalizedText] = []
        for key in columns.keys.sorted() where CSVField(rawValue: key) == nil {
            found.append(CSVMappingProblem.unknownField(key))
        }
        if let decimalSeparator, DecimalSeparator(rawValue: decimalSeparator) == nil {
            found.append(CSVMappingProblem.invalidSetting(
                    "decimalSeparator", decimalSeparator, expected: LocalizedText(fr: "\",\" ou \".\"", en: "\",\" or \".\"")))
        }
        if let separator, separatorByte == nil {
            found.append(
                CSVMappingProblem.invalidSetting(
                    "separator", separator,
                    expected: LocalizedText(
                        fr: "\";\", \",\", \"|\", \"\\t\" ou \"tab\"", en: "\";\", \",\", \"|\", \"\\t\" or \"tab\"")))
        }
        if let encoding, CSVTextEncoding(name: encoding) == nil {
            found.append(CSVMappingProblem.invalidSetting(
                    "encoding", encoding, expected: LocalizedText(
                        fr: "\"utf-8\", \"windows-1252\" ou \"iso-8859-15\"", en: "\"utf-8\", \"windows-1252\" or \"iso-8859-15\"")))
        }
        if let siren = defaults?.sellerSiren, CSVIdentifierParsing.parseCompanyIdentifier(siren).value == nil {
            found.append(CSVMappingProblem.invalidSetting(
                    "defaults.sellerSiren", siren, expected: LocalizedText(fr: "9 chiffres", en: "9 digits")))
        }
        if let siret = defaults?.sellerSiret, CSVIdentifierParsing.parseCompanyIdentifier(siret).value?.siret == nil {
            found.append(CSVMappingProblem.invalidSetting(
                    "defaults.sellerSiret", siret, expected: LocalizedText(fr: "14 chiffres", en: "14 digits")))
        }
        return found
    }

    /// Header names keyed by field, for the fields whose keys are valid.
    var mappedColumns: [CSVField: String] {
        var result: [CSVField: String] = [:]
        for (key, header) in columns {
            if let field = CSVField(rawValue: key) { result[field] = header }
        }
        return result
    }

    var separatorByte: UInt8? {
        switch separator {
        case ";": UInt8(ascii: ";")
        case ",": UInt8(ascii: ",")
        case "|": UInt8(ascii: "|")
        case "\t", "tab", "TAB": 0x09
        default: nil
        }
    }
}

/// A mapping file that cannot be used: its path and the reason, in French and English.
public struct CSVMappingError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var reason: LocalizedText

    public init(path: String, problem: LocalizedText) {
        self.path = path
        self.reason = LocalizedText(
            fr: "fichier de correspondance CSV '\(path)' inutilisable : \(problem.fr)",
            en: "CSV mapping file '\(path)' cannot be used: \(problem.en)")
    }

    public var description: String { reason.en }
}

/// Descriptions of mapping-file problems.
enum CSVMappingProblem {
    static let unreadable = LocalizedText(
        fr: "lecture impossible, vérifiez le chemin et les droits", en: "it cannot be read, check the path and permissions")

    static let invalidJSON = LocalizedText(
        fr: "JSON invalide, vérifiez les guillemets, virgules et accolades",
        en: "invalid JSON, check quotes, commas and braces")

    static func decoding(_ error: DecodingError) -> LocalizedText {
        switch error {
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return invalidJSON
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .keyNotFound(_, let context),
            .dataCorrupted(let context):
            let path = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }.joined(separator: ".")
            return LocalizedText(
                fr: "valeur invalide à '\(path)' : \(expectation(for: path).fr)",
                en: "invalid value at '\(path)': \(expectation(for: path).en)")
        @unknown default:
            return invalidJSON
        }
    }

    private static func expectation(for path: String) -> LocalizedText {
        if path == "dateFormat" {
            return LocalizedText(
                fr: "attendu \"dd/mm/yyyy\", \"mm/dd/yyyy\", \"yyyy-mm-dd\", \"dd/mm/yy\" ou \"mm/dd/yy\"",
                en: "expected \"dd/mm/yyyy\", \"mm/dd/yyyy\", \"yyyy-mm-dd\", \"dd/mm/yy\" or \"mm/dd/yy\"")
        }
        if path.hasPrefix("values.type") {
            let kinds = DocumentKind.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            return LocalizedText(fr: "attendu l'un de \(kinds)", en: "expected one of \(kinds)")
        }
        if path.hasPrefix("values.status") {
            let statuses = DocumentStatus.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
            return LocalizedText(fr: "attendu l'un de \(statuses)", en: "expected one of \(statuses)")
        }
        return LocalizedText(fr: "attendu un texte entre guillemets", en: "expected a quoted string")
    }

    static func unknownField(_ key: String) -> LocalizedText {
        let fields = CSVField.allCases.map(\.rawValue).joined(separator: ", ")
        return LocalizedText(
            fr: "champ inconnu '\(key)' dans \"columns\" : champs possibles \(fields)",
            en: "unknown field '\(key)' in \"columns\": known fields are \(fields)")
    }

    static func unknownSetting(_ key: String) -> LocalizedText {
        LocalizedText(
            fr: "réglage inconnu '\(key)' : réglages possibles columns, dateFormat, decimalSeparator, separator, encoding, defaults (sellerName, sellerSiren, sellerSiret, sellerVatId, currency), values (type, status)",
            en: "unknown setting '\(key)': known settings are columns, dateFormat, decimalSeparator, separator, encoding, defaults (sellerName, sellerSiren, sellerSiret, sellerVatId, currency), values (type, status)")
    }

    static func invalidSetting(_ key: String, _ value: String, expected: LocalizedText) -> LocalizedText {
        LocalizedText(
            fr: "valeur '\(value)' invalide pour \"\(key)\" : attendu \(expected.fr)",
            en: "invalid value '\(value)' for \"\(key)\": expected \(expected.en)")
    }
}

/// The keys a mapping file uses, at the top level and under `defaults` and `values`.
private struct MappingKeyProbe: Decodable {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static let topLevel: Set<String> = [
        "columns", "dateFormat", "decimalSeparator", "separator", "encoding", "defaults", "values",
    ]
    static let defaults: Set<String> = ["sellerName", "sellerSiren", "sellerSiret", "sellerVatId", "currency"]
    static let values: Set<String> = ["type", "status"]

    /// Unknown keys as paths (`dateformat`, `defaults.siren`), sorted.
    let unknownKeys: [String]

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        var unknown: [String] = []
        for key in container.allKeys where !Self.topLevel.contains(key.stringValue) {
            unknown.append(key.stringValue)
        }
        for (name, allowed) in [("defaults", Self.defaults), ("values", Self.values)] {
            guard let nested = try? container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey(stringValue: name))
            else { continue }
            for key in nested.allKeys where !allowed.contains(key.stringValue) {
                unknown.append("\(name).\(key.stringValue)")
            }
        }
        unknownKeys = unknown.sorted()
    }
}
