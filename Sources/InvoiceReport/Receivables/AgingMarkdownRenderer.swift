import InvoiceAudit
import InvoiceModel

/// The aging report for a merge-request comment or a wiki page: the conventions, one table per
/// seller and currency, the open invoices and the unreliable documents, then the summary.
///
/// The output stays short, as the check journal's Markdown does. At most ``sectionLimit`` tables
/// are written, holding together at most ``buyerLimit`` buyer rows; each table keeps its total
/// row over all its buyers. At most ``invoiceLimit`` open invoices and as many unreliable
/// documents are listed. Each cut list ends with how many rows were left out.
public struct AgingMarkdownRenderer {
    public let language: Language
    public let sectionLimit: Int
    public let buyerLimit: Int
    public let invoiceLimit: Int

    public init(language: Language, sectionLimit: Int = 20, buyerLimit: Int = 50, invoiceLimit: Int = 50) {
        self.language = language
        self.sectionLimit = sectionLimit
        self.buyerLimit = buyerLimit
        self.invoiceLimit = invoiceLimit
    }

    public func render(_ report: AgingReport, asOf: AsOfDate, defaultTermDays: Int) -> String {
        let markdown = ReceivablesMarkdown(language: language)
        let words = markdown.words
        var out = "## facturaudit\(words.colon)\(words.pick("balance âgée des créances", "accounts receivable aging"))\n\n"
        var notes = [words.asOf(asOf), words.dueDateNote(defaultTermDays: defaultTermDays)]
        let assumed = report.open.receivables.filter(\.currencyAssumed)
        if let first = assumed.first { notes.append(words.currencyNote(first.currency, count: assumed.count)) }
        out += notes.map { "- " + markdown.cell($0) + "\n" }.joined() + "\n"

        if report.sections.isEmpty { out += words.pick("Aucune créance ouverte", "No open receivable") + "\n\n" }
        var budget = buyerLimit
        for section in report.sections.prefix(sectionLimit) {
            out += sectionTable(section, report: report, budget: &budget, markdown: markdown)
        }
        if report.sections.count > sectionLimit {
            out += markdown.more(report.sections.count - sectionLimit, fr: ("autre tableau", "autres tableaux"), en: ("more table", "more tables")) + "\n"
        }
        out += invoiceTable(report, markdown: markdown)
        out += markdown.unreliable(report.open.unreliable, limit: invoiceLimit)
        return out + markdown.cell(words.summary(report.open)) + "\n"
    }

    private func sectionTable(_ section: AgingReport.Section, report: AgingReport, budget: inout Int, markdown: ReceivablesMarkdown) -> String {
        let words = markdown.words
        let seller = report.hasSeveralSellers ? words.seller(section.seller, name: section.sellerName) + " — " : ""
        var out = "### " + markdown.cell(seller + section.currency) + "\n\n"
        out += markdown.header(
            [words.pick("client", "buyer")] + report.buckets.map { $0.label.text(language) }
                + [words.pick("total", "total"), words.pick("factures", "invoices")],
            rightAligned: Set(1...(report.buckets.count + 2)))
        let listed = section.rows.prefix(max(budget, 0))
        budget -= listed.count
        for row in listed {
            out += markdown.row(
                [markdown.cell(words.buyer(row.buyer, name: row.buyerName))] + row.amounts.map(words.amount)
                    + [words.amount(row.total), words.count(row.invoiceCount)])
        }
        let hidden = section.rows.count - listed.count
        if hidden > 0 {
            let text = words.pick(
                "… et \(LocalizedText.countFR(hidden, "autre client", "autres clients"))",
                "… and \(LocalizedText.countEN(hidden, "more buyer", "more buyers"))")
            out += markdown.row([text] + Array(repeating: "", count: report.buckets.count + 2))
        }
        let invoices = section.rows.reduce(0) { $0 + $1.invoiceCount }
        out += markdown.row(
            (["\(words.pick("Total", "Total"))"] + section.totals.map(words.amount) + [words.amount(section.total), words.count(invoices)])
                .map { "**\($0)**" })
        return out + "\n"
    }

    private func invoiceTable(_ report: AgingReport, markdown: ReceivablesMarkdown) -> String {
        let items = report.open.receivables
        guard !items.isEmpty else { return "" }
        let words = markdown.words
        var out = "### \(words.pick("Factures ouvertes", "Open invoices"))\n\n"
        out += markdown.header(
            [
                words.pick("facture", "invoice"), words.pick("client", "buyer"), words.pick("échéance", "due date"),
                words.pick("jours", "days"), words.pick("tranche", "bucket"), words.pick("dû", "due"), words.pick("devise", "currency"),
            ], rightAligned: [3, 5])
        for item in items.prefix(invoiceLimit) {
            let bucket = report.buckets[AgingBucket.index(daysOverdue: item.daysOverdue, in: report.buckets)]
            out += markdown.row([
                markdown.cell(item.number), markdown.cell(words.buyer(item.buyer, name: item.buyerName)),
                markdown.cell(item.dueDate.text(language) + (item.dueDateSource == .defaultTerm ? "*" : "")),
                item.isOverdue ? words.count(item.daysOverdue) : "-", markdown.cell(bucket.label.text(language)),
                words.amount(item.amountDue), markdown.cell(item.currency + (item.currencyAssumed ? "†" : "")),
            ])
        }
        if items.count > invoiceLimit {
            out += "\n" + markdown.more(items.count - invoiceLimit, fr: ("autre facture", "autres factures"), en: ("more invoice", "more invoices"))
        }
        return out + "\n"
    }
}
