import InvoiceAudit
import InvoiceModel

extension MarkdownRenderer {
    /// Escapes text for a table cell: control characters, Markdown punctuation, raw HTML and line
    /// breaks.
    func cell(_ text: String) -> String {
        var out = ""
        var previous: [Character] = []
        for character in visibleControls(Self.shortened(text)) {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "|", "#", "~", "$": out += "\\\(character)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\n", "\r", "\r\n", "\t": out += " "
            // A zero-width space after `@` stops a mention and an e-mail link; inside `://` and
            // `www.`, an automatic link.
            case "@": out += "@\(Self.zeroWidthSpace)"
            case "/" where previous.last == ":": out += "\(Self.zeroWidthSpace)/"
            case "." where previous.map { $0.lowercased() }.joined() == "www": out += "\(Self.zeroWidthSpace)."
            default: out.append(character)
            }
            previous.append(character)
            if previous.count > 3 { previous.removeFirst() }
        }
        return out
    }

    /// A character reference rather than the invisible character itself, so the comment's source
    /// shows it.
    static let zeroWidthSpace = "&#8203;"

    /// Cuts `text` to ``cellLimit`` characters, ending with `…` when cut.
    static func shortened(_ text: String) -> String {
        text.count > cellLimit ? String(text.prefix(cellLimit - 1)) + "…" : text
    }

    /// Returns `text` as a code span whose fence is one backtick longer than any run of backticks
    /// in it, since a backtick cannot be escaped there. Markdown drops the padding spaces (`` `` a`b `` ``).
    ///
    /// Controls are escaped and line breaks become spaces. A pipe keeps its backslash, which
    /// GitHub and GitLab tables remove inside code spans.
    func codeSpan(_ text: String) -> String {
        var content = ""
        var run = 0
        var longestRun = 0
        for character in visibleControls(Self.shortened(text)) {
            run = character == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
            switch character {
            case "|": content += "\\|"
            case "\n", "\r", "\r\n", "\t": content += " "
            default: content.append(character)
            }
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        let padded = longestRun > 0 || (content.hasPrefix(" ") && content.hasSuffix(" "))
        return padded ? "\(fence) \(content) \(fence)" : "\(fence)\(content)\(fence)"
    }
}
