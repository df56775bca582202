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
