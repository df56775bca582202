#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// File names as the file system stores them: bytes, which need not be valid UTF-8 (a name in
/// Latin-1 from an old Windows archive, such as `factur\xE9.csv`).
///
/// Such a name is shown with each invalid byte written `\xHH`, and the file is opened with its
/// real bytes. A command-line argument that is not valid UTF-8 reaches the commands in that
/// escaped form, and ``bytes(of:)`` gives its bytes back.
enum PathBytes {
    /// Returns the command-line arguments after the program name, with invalid UTF-8 escaped.
    static func commandLineArguments() -> [String] {
        rawArguments.map(\.shown)
    }

    /// Returns the bytes to open for `path`: those of the command-line argument shown as `path`,
    /// or else its UTF-8.
    static func bytes(of path: String) -> [UInt8] {
        escapedArguments[path] ?? Array(path.utf8)
    }

    /// Returns `bytes` as text, with every byte that is not part of valid UTF-8 written `\xHH`.
    static func shown(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var out = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                out.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for byte in bytes[offset..<offset + length] {
                    out += "\\x" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
                }
                offset += length
            case .emptyInput:
                return out
            }
        }
    }

    private static let rawArguments: [(shown: String, bytes: [UInt8])] = (1..<max(1, Int(CommandLine.argc))).map {
        guard let pointer = CommandLine.unsafeArgv[$0] else { return (shown: "", bytes: []) }
        let start = UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self)
        let bytes = Array(UnsafeBufferPointer(start: start, count: strlen(pointer)))
        return (shown: shown(bytes), bytes: bytes)
    }

    /// The arguments that are not valid UTF-8, by the escaped form the commands see.
    private static let escapedArguments: [String: [UInt8]] = Dictionary(
        rawArguments.filter { String(validating: $0.bytes, as: UTF8.self) == nil }.map { ($0.shown, $0.bytes) },
        uniquingKeysWith: { first, _ in first })
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
