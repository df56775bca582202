/// The character encodings a CSV export may use.
enum CSVTextEncoding: Sendable, Hashable {
    case utf8
    case windows1252
    /// ISO 8859-15 (Latin-9), which French accounting programs write: `€` at 0xA4, `Œ œ` at 0xBC 0xBD.
    case iso885915

    /// Reads an encoding name from a mapping file (`utf-8`, `windows-1252`, `iso-8859-15` and
    /// their usual aliases).
    init?(name: String) {
        let folded = name.trimmingSpaces.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch folded {
        case "utf8": self = .utf8
        case "windows1252", "cp1252", "iso88591", "latin1", "ansi": self = .windows1252
        case "iso885915", "latin9": self = .iso885915
        default: return nil
        }
    }
}

/// The UTF-8 bytes of a decoded CSV file and how they were obtained.
struct DecodedText: Sendable {
    var bytes: [UInt8]
    /// True when the input was not valid UTF-8 and was read as Windows-1252 without being asked to.
    var fellBackToWindows1252: Bool
    /// True, with ``fellBackToWindows1252``, when the bytes look like ISO 8859-15: none in
    /// 0x80–0x9F, where it has only control codes, and 0xA4, 0xBC or 0xBD, which it reads `€ Œ œ`
    /// and Windows-1252 `¤ ¼ ½`.
    var mayBeLatin9 = false
}

/// Converts the raw bytes of a CSV export to UTF-8.
enum TextDecoding {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Decodes `bytes`: strips a UTF-8 byte order mark, keeps valid UTF-8 and reads anything else
    /// as Windows-1252.
    ///
    /// With `forced == .utf8`, invalid UTF-8 is an error whose value is the 1-based line of the
    /// first invalid byte.
    static func decode(_ bytes: [UInt8], forced: CSVTextEncoding?) -> Result<DecodedText, InvalidUTF8> {
        var body = bytes[...]
        if body.starts(with: byteOrderMark) { body = body.dropFirst(3) }
        switch forced {
        case .windows1252:
            return .success(DecodedText(bytes: windows1252ToUTF8(body), fellBackToWindows1252: false))
        case .iso885915:
            return .success(DecodedText(bytes: FECEncoding.iso885915ToUTF8(body), fellBackToWindows1252: false))
        case .utf8:
            if let offset = firstInvalidUTF8Offset(body) {
                return .failure(InvalidUTF8(line: lineNumber(atOffset: offset, in: body)))
            }
            return .success(DecodedText(bytes: unsliced(body, of: bytes), fellBackToWindows1252: false))
        case nil:
            if firstInvalidUTF8Offset(body) == nil {
                return .success(DecodedText(bytes: unsliced(body, of: bytes), fellBackToWindows1252: false))
            }
            let latin9Letters: Set<UInt8> = [0xA4, 0xBC, 0xBD]
            let mayBeLatin9 = !body.contains { $0 >= 0x80 && $0 <= 0x9F } && body.contains { latin9Letters.contains($0) }
            return .success(DecodedText(bytes: windows1252ToUTF8(body), fellBackToWindows1252: true, mayBeLatin9: mayBeLatin9))
        }
    }

    /// `body` as an array, sharing the storage of `bytes` when it is the whole of it (no byte order mark).
    private static func unsliced(_ body: ArraySlice<UInt8>, of bytes: [UInt8]) -> [UInt8] {
        body.count == bytes.count ? bytes : Array(body)
    }

    /// Returns the offset (from the slice's start) of the first byte that breaks UTF-8, or `nil` when valid.
    ///
    /// Checks the well-formed sequences of Unicode table 3-7 on bytes, skipping ASCII eight bytes
    /// at a time: no overlong forms, no surrogates, nothing above U+10FFFF.
    static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        bytes.withUnsafeBytes { raw -> Int? in
            let count = raw.count
            var index = 0
            while index < count {
                if index + 8 <= count,
                    raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                    continue
                }
                let lead = raw[index]
                if lead < 0x80 {
                    index += 1
                    continue
                }
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return index
                }
                guard index + length <= count, (low...high).contains(raw[index + 1]) else { return index }
                for offset in 2..<length where !(0x80...0xBF).contains(raw[index + offset]) { return index }
                index += length
            }
            return nil
        }
    }

    /// Transcodes Windows-1252 to UTF-8; the five bytes the code page leaves undefined map to U+0080–U+009F.
    static func windows1252ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalarValue: UInt32 = byte <= 0x9F ? UInt32(windows1252High[Int(byte - 0x80)]) : UInt32(byte)
            // Every value below U+D800 is a valid scalar, and so is every table entry.
            let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
            UTF8.encode(scalar) { output.append($0) }
        }
        return output
    }

    /// The code points of Windows-1252 bytes 0x80–0x9F.
    static let windows1252High: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Returns the 1-based physical line containing `offset`, counting CRLF, LF and lone CR as line ends.
    static func lineNumber(atOffset offset: Int, in bytes: ArraySlice<UInt8>) -> Int {
        var line = 1
        var index = bytes.startIndex
        let end = bytes.startIndex + min(offset, bytes.count)
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
            } else if byte == 0x0D {
                let next = index + 1
                if next >= bytes.endIndex || bytes[next] != 0x0A { line += 1 }
            }
            index += 1
        }
        return line
    }
}

/// Invalid UTF-8 in a file whose mapping declares UTF-8.
struct InvalidUTF8: Error, Sendable {
    var line: Int
}
