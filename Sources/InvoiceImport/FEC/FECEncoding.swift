import InvoiceModel

/// The character encoding a FEC import reads, set by `fec.encoding` in the configuration.
///
/// The regulation allows ASCII and ISO 8859-15 (LPF art. A47 A-1); UTF-8 and Windows-1252 are
/// what accounting programs also write. ISO 8859-15 and Windows-1252 differ on eight letters
/// (`€ Š š Ž ž Œ œ Ÿ`), which 8859-15 puts at 0xA4–0xBE where Windows-1252 has `¤ ¦ ¨ ´ ¸ ¼ ½ ¾`,
/// and on the bytes 0x80–0x9F, control codes in 8859-15 and letters or signs in Windows-1252.
public enum FECEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 when the bytes are valid UTF-8, else ISO 8859-15 or Windows-1252 as ``detect(_:)`` decides.
    case automatic = "auto"
    case utf8 = "utf-8"
    case iso885915 = "iso-8859-15"
    case windows1252 = "windows-1252"

    /// Reads a configuration value, ignoring case.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }

    /// Chooses the single-byte encoding of bytes that are not valid UTF-8: Windows-1252 when a byte
    /// falls in 0x80–0x9F, where 8859-15 has only control codes, else ISO 8859-15.
    static func detect(_ bytes: ArraySlice<UInt8>) -> FECEncoding {
        bytes.contains { $0 >= 0x80 && $0 <= 0x9F } ? .windows1252 : .iso885915
    }

    /// Transcodes ISO 8859-15 to UTF-8.
    static func iso885915ToUTF8(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        for byte in bytes {
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let value = iso885915Differences[byte] ?? UInt32(byte)
            // Every value here is below U+D800, so it is a valid scalar.
            UTF8.encode(Unicode.Scalar(value) ?? "\u{FFFD}") { output.append($0) }
        }
        return output
    }

    /// The bytes where ISO 8859-15 differs from ISO 8859-1, whose bytes equal their code points.
    private static let iso885915Differences: [UInt8: UInt32] = [
        0xA4: 0x20AC, 0xA6: 0x0160, 0xA8: 0x0161, 0xB4: 0x017D, 0xB8: 0x017E, 0xBC: 0x0152, 0xBD: 0x0153, 0xBE: 0x0178,
    ]
}
