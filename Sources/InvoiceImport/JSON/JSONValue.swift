/// A parsed JSON value that keeps numbers as their text, so integers of any size and decimal
/// fractions reach ``InvoiceModel/Amount`` without going through `Double`.
enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    /// A number as written in the source (`1350`, `-2`, `20.5`, `1e3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Returns the member `key` of an object, or `nil` for a missing key or a value that is not an object.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    var string: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let elements) = self { return elements }
        return nil
    }

    var isNull: Bool { self == .null }

    /// The value as it would be written in JSON, shortened, for messages.
    var excerpt: String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let value): text = value ? "true" : "false"
        case .number(let number): text = number
        case .string(let string): text = "\"\(string)\""
        case .array(let elements): text = "[…] (\(elements.count))"
        case .object: text = "{…}"
        }
        return text.count > 60 ? String(text.prefix(57)) + "…" : text
    }
}

/// Parses JSON text (RFC 8259) from UTF-8 bytes into a ``JSONValue``.
///
/// Nesting deeper than ``maximumDepth`` is an error, so a hostile file cannot exhaust the stack.
struct JSONParser {
    static let maximumDepth = 128

    struct Failure: Error, Sendable, Hashable {
        /// The byte offset where the text stopped being JSON.
        var offset: Int
        /// True when the text is cut off at ``JSONParser/maximumDepth`` rather than invalid there.
        var tooDeep = false
    }

    /// How many object keys deep ``parseRecordingElements(_:)`` records array elements.
    static let recordedKeyDepth = 4

    /// A key written twice in one object. The parsed value keeps the last one.
    struct DuplicateKey: Sendable, Hashable {
        var key: String
        /// The byte offset where the second occurrence of the key starts.
        var offset: Int
        /// The path of the object holding the key, from the root.
        var objectPath: [JSONPathComponent]
    }

    /// The result of ``parseRecordingElements(_:)``.
    struct Parsed: Sendable {
        var value: JSONValue
        /// The byte offsets where the elements of the recorded arrays start, by the arrays' key paths.
        var elementStarts: [[String]: [Int]]
        /// The keys written twice in one object, in file order.
        var duplicateKeys: [DuplicateKey]
    }

    private let bytes: [UInt8]
    private var index = 0
    /// The object keys leading from the root to the value being parsed while element starts are
    /// recorded, or `nil` when they are not (not asked for, inside an array, or deeper than
    /// ``recordedKeyDepth``).
    private var keyPath: [String]?
    /// The byte offsets where the elements of the recorded arrays start, by the arrays' key paths.
    private var elementStarts: [[String]: [Int]] = [:]
    /// The path from the root to the value being parsed, for duplicate keys.
    private var path: [JSONPathComponent] = []
    private var duplicateKeys: [DuplicateKey] = []

    private init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses the whole of `bytes` (a UTF-8 byte order mark is skipped) as one JSON value.
    static func parse(_ bytes: [UInt8]) -> Result<JSONValue, Failure> {
        parse(bytes, recording: false).map(\.value)
    }

    /// Parses like ``parse(_:)`` and also returns where the elements of arrays start.
    ///
    /// Only arrays reached from the root through object members alone are recorded, so the offsets
    /// cost memory for the records of an export, not for the lines inside them. The root array has
    /// the empty key path, and `{"QueryResponse": {"Invoice": […]}}` has `["QueryResponse", "Invoice"]`.
    static func parseRecordingElements(_ bytes: [UInt8]) -> Result<Parsed, Failure> {
        parse(bytes, recording: true)
    }

    /// Returns the keys written twice in one object of `bytes`, in file order; none when the text
    /// is not JSON.
    static func duplicateKeys(_ bytes: [UInt8]) -> [DuplicateKey] {
        (try? parse(bytes, recording: false).get())?.duplicateKeys ?? []
    }

    private static func parse(_ bytes: [UInt8], recording: Bool) -> Result<Parsed, Failure> {
        var parser = JSONParser(bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        if recording { parser.keyPath = [] }
        do throws(Failure) {
            let value = try parser.value(depth: 0)
            parser.skipSpaces()
            guard parser.index == bytes.count else { throw Failure(offset: parser.index) }
            return .success(Parsed(value: value, elementStarts: parser.elementStarts, duplicateKeys: parser.duplicateKeys))
        } catch {
            return .failure(error)
        }
    }

    private mutating func skipSpaces() {
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
    }

    private mutating func expect(_ literal: String) throws(Failure) {
        for byte in literal.utf8 {
            guard index < bytes.count, bytes[index] == byte else { throw Failure(offset: index) }
            index += 1
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth < JSONParser.maximumDepth else { throw Failure(offset: index, tooDeep: true) }
        skipSpaces()
        guard index < bytes.count else { throw Failure(offset: index) }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        default: return .number(try number())
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var members: [String: JSONValue] = [:]
        skipSpaces()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
            index += 1
            return .object(members)
        }
        while true {
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw Failure(offset: index) }
            let keyStart = index
            let key = try string()
            skipSpaces()
            try expect(":")
            let outer = keyPath
            if let outer { keyPath = outer.count < JSONParser.recordedKeyDepth ? outer + [key] : nil }
            path.append(.key(key))
            let member = try value(depth: depth + 1)
            path.removeLast()
            if members.updateValue(member, forKey: key) != nil {
                duplicateKeys.append(DuplicateKey(key: key, offset: keyStart, objectPath: path))
            }
            keyPath = outer
            skipSpaces()
            guard index < bytes.count else { throw Failure(offset: index) }
            index += 1
            if bytes[index - 1] == UInt8(ascii: "}") { return .object(members) }
            guard bytes[index - 1] == UInt8(ascii: ",") else { throw Failure(offset: index - 1) }
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var elements: [JSONValue] = []
        skipSpaces()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
            index += 1
            return .array(elements)
        }
        let recordedPath = keyPath
        // A repeated key replaces the earlier array, as it replaces the member's value.
        if let recordedPath { elementStarts[recordedPath] = [] }
        keyPath = nil
        defer { keyPath = recordedPath }
        while true {
            if let recordedPath {
                skipSpaces()
                elementStarts[recordedPath, default: []].append(index)
            }
            path.append(.index(elements.count))
            elements.append(try value(depth: depth + 1))
            path.removeLast()
            skipSpaces()
            guard index < bytes.count else { throw Failure(offset: index) }
            index += 1
            if bytes[index - 1] == UInt8(ascii: "]") { return .array(elements) }
            guard bytes[index - 1] == UInt8(ascii: ",") else { throw Failure(offset: index - 1) }
        }
    }

    /// Reads `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?` and returns its text.
    private mutating func number() throws(Failure) -> String {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] &- 0x30 < 10 { index += 1 }
            return index - first
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else {
            throw Failure(offset: start)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw Failure(offset: index) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw Failure(offset: index) }
        }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func string() throws(Failure) -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        var text = ""
        func flush(_ end: Int) { text += String(decoding: bytes[runStart..<end], as: UTF8.self) }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flush(index)
                index += 1
                return text
            }
            if byte < 0x20 { throw Failure(offset: index) }
            guard byte == UInt8(ascii: "\\") else {
                index += 1
                continue
            }
            flush(index)
            index += 1
            guard index < bytes.count else { throw Failure(offset: index) }
            let escaped = bytes[index]
            index += 1
            switch escaped {
            case UInt8(ascii: "\""): text += "\""
            case UInt8(ascii: "\\"): text += "\\"
            case UInt8(ascii: "/"): text += "/"
            case UInt8(ascii: "b"): text += "\u{08}"
            case UInt8(ascii: "f"): text += "\u{0C}"
            case UInt8(ascii: "n"): text += "\n"
            case UInt8(ascii: "r"): text += "\r"
            case UInt8(ascii: "t"): text += "\t"
            case UInt8(ascii: "u"):
                var code = try hexQuad()
                if (0xD800...0xDBFF).contains(code), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
                    bytes[index + 1] == UInt8(ascii: "u")
                {
                    index += 2
                    let low = try hexQuad()
                    guard (0xDC00...0xDFFF).contains(low) else { throw Failure(offset: index) }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                }
                scalars.removeAll()
                scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                text += String(scalars)
            default:
                throw Failure(offset: index - 1)
            }
            runStart = index
        }
        throw Failure(offset: index)
    }

    private mutating func hexQuad() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw Failure(offset: index) }
        var code: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: throw Failure(offset: index)
            }
            code = code << 4 | UInt32(digit)
        }
        index += 4
        return code
    }
}
