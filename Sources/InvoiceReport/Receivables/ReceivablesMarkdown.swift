import InvoiceAudit
import InvoiceModel

/// The Markdown pieces the aging and dunning reports share: escaped cells, table rows, the
/// unreliable documents and the "and N more" lines. Cells are escaped as in the check journal's
/// Markdown (``MarkdownRenderer``), so values from the invoices cannot mention people, make
/// links or change the layout.
struct ReceivablesMarkdown {
    let words: ReceivablesWords
    private let escaper: MarkdownRenderer

    init(language: Language) {
        words = ReceivablesWords(language: language)
        escaper = MarkdownRenderer(language: language)
    }

    func cell(_ text: String) -> String { escaper.cell(text) }

    func codeSpan(_ text: String) -> String { escaper.codeSpan(text) }

    /// Returns a table row of already escaped cells.
    func row(_ cells: [String]) -> String {
        "| " + cells.joined(separator: " | ") + " |\n"
    }

    /// Returns the header row and the alignment row, with the columns at `rightAligned` (amounts
    /// and counts) aligned to the right and the others to the left.
    func header(_ titles: [String], rightAligned: Set<Int>) -> String {
        row(titles.map(cell)) + "|" + titles.indices.map { rightAligned.contains($0) ? "---:|" : "---|" }.joined() + "\n"
    }

    /// `… et 3 autres factures : voir le rapport complet (--format text ou csv).`
    func more(_ count: Int, fr: (String, String), en: (String, String)) -> String {
        words.pick(
            "… et \(LocalizedText.countFR(count, fr.0, fr.1)) : voir le rapport complet (`--format text` ou `csv`).",
            "… and \(LocalizedText.countEN(count, en.0, en.1)): see the full report (`--format text` or `csv`).")
            + "\n"
    }

    /// Returns the unreliable documents as a table with their location, at most `limit` of them.
    func unreliable(_ items: [UnreliableReceivable], limit: Int) -> String {
        guard !items.isEmpty else { return "" }
        var out = "### \(words.unreliableHeading)\n\n"
        out += header([words.pick("emplacement", "location"), words.pick("document", "document"), words.pick("raison", "reason")], rightAligned: [])
        for item in items.prefix(limit) {
            out += row([codeSpan(item.source.description), cell(item.number ?? ""), cell(item.reason.message.text(words.language))])
        }
        if items.count > limit {
            out += "\n" + more(items.count - limit, fr: ("autre document", "autres documents"), en: ("more document", "more documents"))
        }
        return out + "\n"
    }
}
