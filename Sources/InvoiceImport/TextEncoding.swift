import InvoiceModel

/// Text exports in an encoding the importers do not read as such: UTF-16 (Excel's "Unicode text",
/// with or without a byte-order mark) is converted to UTF-8, and a NUL byte in text is located.
enum TextEncoding {
    /// The result of ``prepare(_:)``.
    enum Outcome {
        /// The bytes to import: unchanged, or UTF-16 text converted to UTF-8.
        case text([UInt8])
        /// A file to reject whole, with the line where the problem is (when known) and the reason.
        case rejected(line: Int?, LocalizedText)
    }

    /// Converts UTF-16 text to UTF-8, with a byte-order mark or recognised without one, and rejects
    /// text that contains a NUL byte.
    ///
    /// UTF-16 XML is left as it is: its declaration names its encoding. A NUL byte only counts in
    /// what is otherwise UTF-8 text, so binary files keep their "unrecognised format" message.
    static func prepare(_ bytes: [UInt8]) -> Outcome {
        var text = bytes
        let byteOrder: (bigEndian: Bool, markLength: Int)? =
            if let marked = utf16ByteOrder(bytes) { (marked, 2) } else if let unmarked = utf16WithoutMark(bytes) { (unmarked, 0) } else { nil }
        if let byteOrder {
            guard let converted = utf8(fromUTF16: bytes.dropFirst(byteOrder.markLength), bigEndian: byteOrder.bigEndian) else {
                return .rejected(line: nil, byteOrder.markLength == 0 ? undecodableUTF16WithoutMark : undecodableUTF16)
            }
            let start = converted.firstIndex { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
            if let start, converted[start] == UInt8(ascii: "<") { return .text(bytes) }
            text = converted
        }
        if let nul = text.firstIndex(of: 0), looksLikeText(text) {
            let line = text[..<nul].count { $0 == 0x0A } + 1
            let lineStart = text[..<nul].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            // Columns count characters, so UTF-8 continuation bytes are left out.
            let column = text[lineStart..<nul].count { $0 & 0xC0 != 0x80 } + 1
            return .rejected(line: line, nulByte(column: column))
        }
        return .text(text)
    }

    /// Returns true for a big-endian byte-order mark, false for a little-endian one, `nil` otherwise.
    private static func utf16ByteOrder(_ bytes: [UInt8]) -> Bool? {
        if bytes.starts(with: [0xFE, 0xFF]) { return true }
        if bytes.starts(with: [0xFF, 0xFE]) { return false }
        return nil
    }

    /// Returns the byte order of UTF-16 text without a byte-order mark, found in its first KiB:
    /// true for big-endian, false for little-endian, `nil` when it does not look like UTF-16.
    ///
    /// Text in a Latin script has a NUL high byte in almost every code unit, so at least 90 % of
    /// the units must be a tab, a line end or a character from U+0020 to U+00FF.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let sample = bytes.prefix(1024)
        let units = sample.count / 2
        guard units >= 4 else { return nil }
        func isLatin(high: UInt8, low: UInt8) -> Bool {
            high == 0 && (low >= 0x20 || low == 0x09 || low == 0x0A || low == 0x0D)
        }
        var littleEndian = 0
        var bigEndian = 0
        for unit in 0..<units {
            let first = sample[2 * unit]
            let second = sample[2 * unit + 1]
            if isLatin(high: second, low: first) { littleEndian += 1 }
            if isLatin(high: first, low: second) { bigEndian += 1 }
        }
        if littleEndian * 10 >= units * 9 { return false }
        if bigEndian * 10 >= units * 9 { return true }
        return nil
    }

    static func utf8(fromUTF16 bytes: ArraySlice<UInt8>, bigEndian: Bool) -> [UInt8]? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        // transcode returns true when it met an invalid unit, such as a lone surrogate.
        let failed = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { unit in
            output.append(unit)
        }
        return failed ? nil : output
    }

    /// Returns true when the bytes, once NUL bytes are left out, are valid UTF-8 with few NUL bytes: a
    /// text export damaged in a few places rather than a binary file.
    private static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        let nulCount = bytes.count { $0 == 0 }
        guard nulCount <= max(1, bytes.count / 100) else { return false }
        return String(validating: bytes.filter { $0 != 0 }, as: UTF8.self) != nil
    }

    static let undecodableUTF16 = LocalizedText(
        fr: "texte UTF-16 illisible (nombre d'octets impair ou caractère incomplet) : enregistrez la feuille en "
            + "« CSV UTF-8 (délimité par des virgules) »",
        en: "unreadable UTF-16 text (odd number of bytes or an incomplete character): save the sheet as "
            + "\"CSV UTF-8 (comma delimited)\"")

    static let undecodableUTF16WithoutMark = LocalizedText(
        fr: "le fichier ressemble à du texte UTF-16 sans marque d'ordre des octets (BOM), mais ne se lit pas ainsi "
            + "(nombre d'octets impair ou caractère incomplet) : enregistrez-le en « CSV UTF-8 (délimité par des virgules) »",
        en: "the file looks like UTF-16 text without a byte order mark, but cannot be read as such (odd number of bytes or "
            + "an incomplete character): save it as \"CSV UTF-8 (comma delimited)\"")

    static func nulByte(column: Int) -> LocalizedText {
        LocalizedText(
            fr: "octet nul (0x00) en colonne \(column) de la ligne : un export texte n'en contient jamais, le fichier "
                + "est endommagé ; retirez cet octet ou exportez le fichier de nouveau",
            en: "NUL byte (0x00) at column \(column) of the line: a text export never contains one, so the file is "
                + "damaged; remove that byte or export the file again")
    }
}
