
/// Finds the first syntax error of a JSON text and where it is. Foundation's decoder reports only
/// that the data is not valid JSON, so a configuration file with a missing comma would otherwise
/// get no line.
///
/// The scan follows the JSON grammar (RFC 8259) and names the mistakes people make when they
/// write JSON by hand: comments, single quotes, keys without quotes, missing and trailing commas.
public struct JSONSyntaxLocator {
    /// A syntax mistake and the 1-based line and column (in characters) where it starts.
    public struct Problem: Equatable, Sendable {
        public enum Kind: Equatable, Sendable {
            case comment
            case singleQuote
            case unquotedKey
            case missingComma
            case trailingComma
            case unexpectedCharacter(String)
            case unexpectedEnd
            case contentAfterEnd
            case invalidString
        }

        public let kind: Kind
        public let line: Int
        public let column: Int
    }

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    /// Nesting limit, so that a hostile file cannot exhaust the stack.
    private static let maximumDepth = 512

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Returns the first syntax problem of `bytes`, or `nil` when the text is valid JSON.
    public static func firstProblem(in bytes: [UInt8]) -> Problem? {
        var locator = JSONSyntaxLocator(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { locator.index = 3 }
        do throws(Problem) {
            locator.skipSpace()
            try locator.value(depth: 0)
            locator.skipSpace()
            if locator.index < bytes.count { throw locator.problem(locator.commentOr(.contentAfterEnd)) }
            return nil
        } catch {
            return error
        }
    }

    private func problem(_ kind: Problem.Kind) -> Problem {
        // Columns count characters, so UTF-8 continuation bytes are left out.
        let column = bytes[lineStart..<min(index, bytes.count)].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return Problem(kind: kind, line: line, column: column)
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipSpace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    /// Returns `.comment` when the byte at `index` starts a comment, else `fallback`.
    private func commentOr(_ fallback: Problem.Kind) -> Problem.Kind {
        guard current == UInt8(ascii: "/"), index + 1 < bytes.count else { return fallback }
        let next = bytes[index + 1]
        return next == UInt8(ascii: "/") || next == UInt8(ascii: "*") ? .comment : fallback
    }

    private func unexpected() -> Problem {
        guard let byte = current else { return problem(.unexpectedEnd) }
        if byte == UInt8(ascii: "'") { return problem(.singleQuote) }
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let character = String(decoding: bytes[index..<end], as: UTF8.self)
        return problem(commentOr(.unexpectedCharacter(character)))
    }

    private mutating func value(depth: Int) throws(Problem) {
        guard depth < Self.maximumDepth else { throw unexpected() }
        guard let byte = current else { throw problem(.unexpectedEnd) }
        switch byte {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default: throw unexpected()
        }
    }

    private mutating func object(depth: Int) throws(Problem) {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            guard current == UInt8(ascii: "\"") else {
                if let byte = current, Self.isLetter(byte) || byte == UInt8(ascii: "_") { throw problem(.unquotedKey) }
                throw unexpected()
            }
            try string()
            skipSpace()
            guard current == UInt8(ascii: ":") else { throw unexpected() }
            index += 1
            skipSpace()
            try value(depth: depth + 1)
            if try separator(closing: UInt8(ascii: "}")) { return }
        }
    }

    private mutating func array(depth: Int) throws(Problem) {
        index += 1
        skipSpace()
        if current == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try value(depth: depth + 1)
            if try separator(closing: UInt8(ascii: "]")) { return }
        }
    }

    /// Reads the comma or the closing bracket after a member or element, and the space after a
    /// comma. Returns true when the container is closed.
    private mutating func separator(closing: UInt8) throws(Problem) -> Bool {
        skipSpace()
        guard let byte = current else { throw problem(.unexpectedEnd) }
        if byte == closing {
            index += 1
            return true
        }
        guard byte == UInt8(ascii: ",") else {
            // A value starting right after another one means the comma between them is missing.
            let startsValue = byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[")
                || byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "t") || byte == UInt8(ascii: "f") || byte == UInt8(ascii: "n")
            if startsValue { throw problem(.missingComma) }
            throw unexpected()
        }
        let comma = problem(.trailingComma)
        index += 1
        skipSpace()
        if current == UInt8(ascii: "}") || current == UInt8(ascii: "]") { throw comma }
        return false
    }

    private mutating func string() throws(Problem) {
        index += 1
        while let byte = current {
            if byte == UInt8(ascii: "\"") {
                index += 1
                return
            }
            if byte < 0x20 { throw problem(.invalidString) }
            index += byte == UInt8(ascii: "\\") ? 2 : 1
        }
        throw problem(.unexpectedEnd)
    }

    private mutating func number() throws(Problem) {
        let start = index
        if current == UInt8(ascii: "-") { index += 1 }
        var digits = 0
        while let byte = current, Self.isNumberPart(byte) {
            index += 1
            digits += 1
        }
        if digits == 0 {
            index = start
            throw unexpected()
        }
    }

    private mutating func literal(_ word: String) throws(Problem) {
        let expected = Array(word.utf8)
        guard bytes[index...].starts(with: expected) else { throw unexpected() }
        index += expected.count
        if let byte = current, Self.isLetter(byte) { throw unexpected() }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    private static func isNumberPart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
            || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
    }
}

extension JSONSyntaxLocator.Problem: Error {
    /// The message naming the mistake and its fix, in French and English.
    public var message: LocalizedText {
        let place = (fr: "ligne \(line), colonne \(column)", en: "on line \(line), column \(column)")
        switch kind {
        case .comment:
            return LocalizedText(
                fr: "commentaire \(place.fr) : JSON n'admet pas de commentaires, supprimez-le",
                en: "comment \(place.en): JSON does not allow comments, remove it")
        case .singleQuote:
            return LocalizedText(
                fr: "guillemet simple \(place.fr) : JSON écrit les chaînes et les clés entre guillemets doubles \"…\"",
                en: "single quote \(place.en): JSON writes strings and keys between double quotes \"…\"")
        case .unquotedKey:
            return LocalizedText(
                fr: "clé sans guillemets \(place.fr) : écrivez-la entre guillemets doubles, par exemple \"asOf\"",
                en: "key without quotes \(place.en): write it between double quotes, for example \"asOf\"")
        case .missingComma:
            return LocalizedText(
                fr: "virgule manquante avant la ligne \(line), colonne \(column) : séparez les éléments par une virgule",
                en: "missing comma before line \(line), column \(column): separate the items with a comma")
        case .trailingComma:
            return LocalizedText(
                fr: "virgule en trop avant la fin d'un objet ou d'une liste, \(place.fr) : supprimez-la",
                en: "trailing comma before the end of an object or array \(place.en): remove it")
        case .unexpectedCharacter(let character):
            return LocalizedText(
                fr: "caractère inattendu '\(character)' \(place.fr) : vérifiez les virgules, guillemets et accolades",
                en: "unexpected character '\(character)' \(place.en): check commas, quotes and braces")
        case .unexpectedEnd:
            return LocalizedText(
                fr: "fin du fichier inattendue, \(place.fr) : une chaîne, un objet { } ou une liste [ ] n'est pas fermé",
                en: "unexpected end of file \(place.en): a string, an object { } or an array [ ] is not closed")
        case .contentAfterEnd:
            return LocalizedText(
                fr: "texte après la fin de l'objet JSON, \(place.fr) : le fichier contient un seul objet { }",
                en: "text after the end of the JSON object \(place.en): the file holds a single object { }")
        case .invalidString:
            return LocalizedText(
                fr: "caractère de contrôle dans une chaîne, \(place.fr) : écrivez un saut de ligne \\n et une tabulation \\t",
                en: "control character inside a string \(place.en): write a line break as \\n and a tab as \\t")
        }
    }
}
