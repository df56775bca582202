/// UTF-16 XML turned into UTF-8 before anything else reads it, so that format detection, the
/// DOCTYPE scan and libxml2 all see the same ASCII-compatible bytes.
///
/// .NET producers write UTF-16 with a byte-order mark; some write a declaration such as
/// `encoding="UTF-16LE"` without one. The conversion keeps every line break, so line numbers
/// stay those of the original file, and the declaration's `encoding` is rewritten to `UTF-8`
/// because libxml2 refuses UTF-8 content labelled UTF-16.
enum XMLTextEncoding {
    /// Returns the byte order when `bytes` start like UTF-16 XML: a byte-order mark, or `<` as a
    /// 16-bit unit followed by another ASCII unit. True means big-endian.
    static func utf16ByteOrder(_ bytes: some Collection<UInt8>) -> (bigEndian: Bool, markLength: Int)? {
        let head = Array(bytes.prefix(4))
        guard head.count == 4 else { return nil }
        if head[0] == 0xFE && head[1] == 0xFF { return (true, 2) }
        if head[0] == 0xFF && head[1] == 0xFE { return (false, 2) }
        let isASCII = { (byte: UInt8) in byte > 0 && byte < 0x80 }
        if head[0] == UInt8(ascii: "<") && head[1] == 0 && isASCII(head[2]) && head[3] == 0 { return (false, 0) }
        if head[0] == 0 && head[1] == UInt8(ascii: "<") && head[2] == 0 && isASCII(head[3]) { return (true, 0) }
        return nil
    }

    /// Converts UTF-16 XML to UTF-8 and relabels its declaration. Returns `nil` when `bytes` are
    /// not UTF-16 XML or cannot be decoded (an odd length, a lone surrogate): libxml2 then reads
    /// the original bytes and reports what is wrong.
    static func utf8(fromUTF16XML bytes: [UInt8]) -> [UInt8]? {
        guard let order = utf16ByteOrder(bytes),
            let converted = TextEncoding.utf8(fromUTF16: bytes.dropFirst(order.markLength), bigEndian: order.bigEndian)
        else { return nil }
        return relabelled(converted)
    }

    /// Converts the first `limit` code units of UTF-16 XML to UTF-8, enough to find the root
    /// element. Returns `nil` when `bytes` do not start like UTF-16 XML.
    static func utf8Head(fromUTF16XML bytes: [UInt8], limit: Int) -> [UInt8]? {
        guard let order = utf16ByteOrder(bytes) else { return nil }
        let body = bytes.dropFirst(order.markLength).prefix(limit * 2)
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index + 1 < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(order.bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output: [UInt8] = []
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { output.append($0) }
        return output
    }

    /// Rewrites the `encoding` pseudo-attribute of a leading XML declaration to `UTF-8`.
    private static func relabelled(_ bytes: [UInt8]) -> [UInt8] {
        let opening = Array("<?xml".utf8)
        guard bytes.starts(with: opening), let close = firstIndex(of: Array("?>".utf8), in: bytes) else { return bytes }
        let declaration = String(decoding: bytes[..<close], as: UTF8.self)
        guard let name = declaration.firstRange(of: "encoding") else { return bytes }
        var index = name.upperBound
        while index < declaration.endIndex, declaration[index].isWhitespace || declaration[index] == "=" {
            index = declaration.index(after: index)
        }
        guard index < declaration.endIndex, declaration[index] == "\"" || declaration[index] == "'" else { return bytes }
        let quote = declaration[index]
        let valueStart = declaration.index(after: index)
        guard let valueEnd = declaration[valueStart...].firstIndex(of: quote) else { return bytes }
        let rewritten = declaration[..<valueStart] + "UTF-8" + declaration[valueEnd...]
        return Array(rewritten.utf8) + bytes[close...]
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        for index in 0...(bytes.count - pattern.count) where bytes[index..<(index + pattern.count)].elementsEqual(pattern) {
            return index
        }
        return nil
    }
}
