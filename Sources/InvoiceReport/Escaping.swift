/// Escapes text for HTML and XML content and for attribute values in double or single quotes.
///
/// The characters that ``visibleControls(_:)`` rewrites become the same visible `\u{HEX}` escapes
/// as in the text journal, so an invoice number with U+202E cannot reorder what the page shows.
/// They include the C0 controls that XML 1.0 forbids even as character references.
func escapedMarkup(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in visibleControls(text).unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Escapes text for an XML attribute value: markup characters, and also tab, line feed and
/// carriage return, which an XML parser would otherwise normalise to spaces.
func escapedAttribute(_ text: String) -> String {
    var out = ""
    for scalar in escapedMarkup(text).unicodeScalars {
        switch scalar {
        case "\t": out += "&#9;"
        case "\n": out += "&#10;"
        case "\r": out += "&#13;"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Rewrites line breaks and tabs as `\n`, `\r` and `\t`, and other controls as ``visibleControls(_:)``
/// does. A value from an export then cannot split a journal line or act on the terminal.
public func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isEscapedControl) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: appendVisibly(scalar, to: &out)
        }
    }
    return out
}

/// Rewrites the characters that act on a terminal or reorder text as `\u{HEX}`: ESC becomes
/// `\u{1B}`. Line feed, carriage return and tab stay, because a quoted CSV field keeps them.
///
/// The characters are the C0 controls, DEL, the C1 controls U+0080 to U+009F, the bidirectional
/// embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069), and U+2028 and U+2029.
/// Invalid UTF-8 in a file name is written `\xHH` instead, so `\u{…}` is a character and `\x…` a byte.
public func visibleControls(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { isEscapedControl($0) && !isLineBreakOrTab($0) }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        if isLineBreakOrTab(scalar) {
            out.unicodeScalars.append(scalar)
        } else {
            appendVisibly(scalar, to: &out)
        }
    }
    return out
}

/// Escapes `text` as ``singleLine(_:)`` does, except its line feeds. Messages on standard error
/// may span several lines.
public func visibleLines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { singleLine(String($0)) }
        .joined(separator: "\n")
}

/// True for a character that ``singleLine(_:)`` writes as an escape.
func isEscapedControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
}

private func isLineBreakOrTab(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "\n" || scalar == "\r" || scalar == "\t"
}

/// Appends `scalar`, or `\u{HEX}` (upper-case, no leading zeros) when it is an escaped control.
private func appendVisibly(_ scalar: Unicode.Scalar, to out: inout String) {
    if isEscapedControl(scalar) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    } else {
        out.unicodeScalars.append(scalar)
    }
}
