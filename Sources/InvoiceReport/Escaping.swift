/// Escapes text for HTML and XML content and for attribute values in double or single quotes.
func escapedMarkup(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default:
            // XML 1.0 forbids C0 controls other than tab, LF and CR, even as character references.
            if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r" {
                out += "\u{FFFD}"
            } else {
                out.unicodeScalars.append(scalar)
            }
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

/// Rewrites line breaks and tabs as the visible escapes `\n`, `\r` and `\t`, so a
/// value from an export cannot split a compiler-style journal line in two.
public func singleLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}
