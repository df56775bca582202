import FoundationEssentials

/// The canonical JSON form of documents: `{"formatVersion":1,"documents":[…]}`.
///
/// Keys are sorted, amounts are strings with their exact scale (`"19.90"`), dates are ISO 8601
/// `yyyy-mm-dd`, absent values are left out, and each document keeps the source location and
/// syntax it was first imported from. Reading the output back gives equal documents.
/// `schemas/canonical-document.schema.json` describes the format.
public enum CanonicalJSON {
    /// The version written in `formatVersion`, and the only one this build reads.
    public static let formatVersion = 1

    /// Returns an encoder with sorted keys and unescaped slashes: compact for one document per
    /// line (`pretty` false), indented for readable files (`pretty` true).
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes `documents` as canonical JSON, indented, with a final line break.
    public static func encode(_ documents: [Document]) throws -> [UInt8] {
        let prettyEncoder = encoder(pretty: true)
        var bytes = [UInt8](try prettyEncoder.encode(Envelope(formatVersion: formatVersion, documents: documents)))
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    /// The kind of a JSON input, as far as canonical JSON is concerned.
    public enum Shape: Sendable, Hashable {
        /// A top-level object with a `formatVersion` or a `documents` key.
        case canonical
        /// Valid JSON of another shape (an array, another tool's object).
        case other
        /// Text that is not JSON at all.
        case invalidSyntax
    }

    /// Tells canonical JSON apart from other JSON and from invalid text, without decoding documents.
    public static func shape(of bytes: [UInt8]) -> Shape {
        do {
            return try JSONDecoder().decode(Probe.self, from: Data(bytes)).isCanonical ? .canonical : .other
        } catch {
            return CanonicalJSONError(error).problem == .invalidSyntax ? .invalidSyntax : .other
        }
    }

    /// Decodes canonical JSON.
    ///
    /// - Throws: ``CanonicalJSONError`` naming the coding path (such as `documents[0].totals.payable`)
    ///   of the first invalid value, a missing key, an unsupported `formatVersion` or invalid syntax.
    public static func decode(_ bytes: [UInt8]) throws(CanonicalJSONError) -> [Document] {
        let data = Data(bytes)
        let decoder = JSONDecoder()
        let probe: Probe
        do {
            probe = try decoder.decode(Probe.self, from: data)
        } catch {
            throw CanonicalJSONError(error)
        }
        guard let version = probe.formatVersion else {
            throw CanonicalJSONError(path: "formatVersion", problem: .missingKey)
        }
        guard version == formatVersion else {
            throw CanonicalJSONError(path: "formatVersion", problem: .unsupportedVersion(version))
        }
        do {
            return try decoder.decode(Envelope.self, from: data).documents
        } catch {
            throw CanonicalJSONError(error)
        }
    }

    private struct Envelope: Codable {
        var formatVersion: Int
        var documents: [Document]
    }

    /// The top-level keys that tell canonical JSON apart, read without decoding the documents.
    private struct Probe: Decodable {
        var formatVersion: Int?
        var isCanonical: Bool

        private struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let versionKey = Key(stringValue: "formatVersion")
            isCanonical = container.contains(versionKey) || container.contains(Key(stringValue: "documents"))
            formatVersion = try container.decodeIfPresent(Int.self, forKey: versionKey)
        }
    }
}

/// The reason canonical JSON could not be read, with the coding path of the offending value.
public struct CanonicalJSONError: Error, Sendable, Hashable {
    /// The problem found at ``path``.
    public enum Problem: Sendable, Hashable {
        /// The text is not JSON.
        case invalidSyntax
        case missingKey
        case nullValue
        /// A value of another JSON type than expected (the expected Swift type is named).
        case typeMismatch(expected: String)
        /// A value of the right type that its field does not accept (an amount, a date, a code).
        case invalidValue(String)
        case unsupportedVersion(Int)
    }

    /// The coding path in the journals' JSON path notation, such as `documents[0].lines[2].netAmount`;
    /// empty for the whole text.
    public var path: String
    public var problem: Problem

    public init(path: String, problem: Problem) {
        self.path = path
        self.problem = problem
    }

    init(_ error: any Error) {
        guard let error = error as? DecodingError else {
            self.init(path: "", problem: .invalidSyntax)
            return
        }
        func join(_ codingPath: [any CodingKey]) -> String {
            var path = ""
            for key in codingPath {
                if let index = key.intValue {
                    path += "[\(index)]"
                } else {
                    path += path.isEmpty ? key.stringValue : "." + key.stringValue
                }
            }
            return path
        }
        switch error {
        case .keyNotFound(let key, let context):
            self.init(path: join(context.codingPath + [key]), problem: .missingKey)
        case .valueNotFound(_, let context):
            self.init(path: join(context.codingPath), problem: .nullValue)
        case .typeMismatch(let type, let context):
            self.init(path: join(context.codingPath), problem: .typeMismatch(expected: "\(type)"))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self.init(path: "", problem: .invalidSyntax)
            } else {
                self.init(path: join(context.codingPath), problem: .invalidValue(context.debugDescription))
            }
        @unknown default:
            self.init(path: "", problem: .invalidSyntax)
        }
    }

    /// The message for the journal, naming the path and what to do.
    public var message: LocalizedText {
        switch problem {
        case .invalidSyntax:
            LocalizedText(
                fr: "JSON invalide : vérifiez la syntaxe (guillemets, virgules, accolades) ou exportez à nouveau",
                en: "invalid JSON: check the syntax (quotes, commas, braces) or export again")
        case .missingKey:
            LocalizedText(
                fr: "JSON canonique invalide : champ obligatoire '\(path)' manquant, voir schemas/canonical-document.schema.json",
                en: "invalid canonical JSON: missing required key '\(path)', see schemas/canonical-document.schema.json")
        case .nullValue:
            LocalizedText(
                fr: "JSON canonique invalide : valeur null à '\(path)' : omettez le champ ou donnez une valeur",
                en: "invalid canonical JSON: null value at '\(path)': leave the key out or give a value")
        case .typeMismatch(let expected):
            LocalizedText(
                fr: "JSON canonique invalide : type inattendu à '\(path)' (attendu \(expected)), voir schemas/canonical-document.schema.json",
                en: "invalid canonical JSON: unexpected type at '\(path)' (expected \(expected)), see schemas/canonical-document.schema.json")
        case .invalidValue(let detail):
            LocalizedText(
                fr: "JSON canonique invalide : valeur refusée à '\(path)' (\(detail))",
                en: "invalid canonical JSON: invalid value at '\(path)' (\(detail))")
        case .unsupportedVersion(let version):
            LocalizedText(
                fr: "JSON canonique de version \(version) non pris en charge : cette version de facturaudit lit formatVersion \(CanonicalJSON.formatVersion)",
                en: "canonical JSON version \(version) not supported: this facturaudit reads formatVersion \(CanonicalJSON.formatVersion)")
        }
    }
}
