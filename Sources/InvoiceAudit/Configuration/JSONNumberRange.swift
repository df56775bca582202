import FoundationEssentials

/// Finds a JSON number too large for the configuration reader, so that the error names it
/// instead of calling the whole file unreadable.
enum JSONNumberRange {
    /// The largest power of ten the decoder reads: its `Decimal` stops near 3.4 × 10^165.
    static let largestExponent = 165

    /// Returns the line and text of the first number of `data`, outside strings, whose magnitude
    /// exceeds 10^``largestExponent``, or `nil`.
    static func firstOutOfRange(in data: Data) -> (line: Int, text: String)? {
        let bytes = [UInt8](data)
        var line = 1
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || isDigit(byte) else {
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, isNumberByte(bytes[end]) { end += 1 }
            let text = String(decoding: bytes[index..<end], as: UTF8.self)
            if magnitude(of: text) > largestExponent { return (line, text) }
            index = end
        }
        return nil
    }

    /// Returns the power of ten of the number `text` roughly: its count of integer digits
    /// without leading zeros plus its exponent.
    static func magnitude(of text: String) -> Int {
        let lowered = text.lowercased()
        let parts = lowered.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        let mantissa = parts[0].drop { $0 == "-" }
        let integer = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        let digits = integer.drop { $0 == "0" }.count
        let exponent = parts.count > 1 ? Int(parts[1].drop { $0 == "+" }) ?? Int.max / 2 : 0
        return digits + exponent
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || [UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(byte)
    }
}
