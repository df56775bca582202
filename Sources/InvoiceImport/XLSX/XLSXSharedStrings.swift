/// Reads `xl/sharedStrings.xml`: the text of each `<si>` item, in order.
///
/// An item is plain (`<si><t>…</t></si>`) or rich text, whose runs (`<r><t>…</t></r>`) are joined
/// without their formatting. Phonetic guides (`<rPh>`) are left out, as Excel leaves them out of
/// the cell's value.
struct XLSXSharedStringsHandler: XLSXPartHandler {
    private(set) var strings: [String] = []
    private var current: String?
    private var inText = false

    mutating func start(_ tag: XMLStartTag, parent: String) {
        switch (parent, tag.localName) {
        case ("sst", "si"): current = ""
        case ("si", "t"), ("r", "t"): inText = current != nil
        default: break
        }
    }

    mutating func text(_ text: String) {
        if inText { current?.append(text) }
    }

    mutating func end(_ name: String) {
        switch name {
        case "t": inText = false
        case "si":
            strings.append(XLSXEscapes.decode(current ?? ""))
            current = nil
        default: break
        }
    }
}

/// The `_xHHHH_` escapes of SpreadsheetML text, which stand for characters XML cannot hold
/// (`_x000D_` for a carriage return); `_x005F_` escapes the underscore of a literal `_xHHHH_`.
enum XLSXEscapes {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.firstRange(of: "_x") {
            let hexStart = start.upperBound
            let candidate = rest[hexStart...].prefix(5)
            if candidate.count == 5, candidate.last == "_", let value = UInt32(candidate.dropLast(), radix: 16),
                candidate.dropLast().allSatisfy(\.isHexDigit), let scalar = Unicode.Scalar(value)
            {
                result += rest[..<start.lowerBound]
                result.unicodeScalars.append(scalar)
                rest = rest[rest.index(hexStart, offsetBy: 5)...]
            } else {
                result += rest[..<hexStart]
                rest = rest[hexStart...]
            }
        }
        return result + rest
    }
}
