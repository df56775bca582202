import InvoiceAudit
import InvoiceModel

/// The reminders due for a merge-request comment or a wiki page: the plan and the rate notes, one
/// table per seller and currency with its totals, the unreliable documents, then the summary.
///
/// At most ``reminderLimit`` reminders are listed over all tables, and as many unreliable
/// documents. Each table keeps its total row over all its reminders. Each cut list ends with how
/// many rows were left out.
public struct DunningMarkdownRenderer {
    public let language: Language
    public let reminderLimit: Int

    public init(language: Language, reminderLimit: Int = 50) {
        self.language = language
        self.reminderLimit = reminderLimit
    }

    public func render(_ report: DunningReport, asOf: AsOfDate) -> String {
        let markdown = ReceivablesMarkdown(language: language)
        let words = markdown.words
        var out = "## facturaudit\(words.colon)\(words.pick("relances dues", "reminders due"))\n\n"
        let notes = [words.asOf(asOf), words.plan(report.steps), words.penaltyNote, words.indemnityNote] + words.rateNotes(report)
        out += notes.map { "- " + markdown.cell($0) + "\n" }.joined() + "\n"

        if report.items.isEmpty { out += words.pick("Aucune relance due", "No reminder due") + "\n\n" }
        let severalSellers = Set(report.totals.map(\.seller)).count > 1
        var budget = reminderLimit
        for total in report.totals {
            let seller = severalSellers ? words.seller(total.seller, name: total.sellerName) + " — " : ""
            out += "### " + markdown.cell(seller + total.currency) + "\n\n"
            out += markdown.header(
                [
                    words.pick("facture", "invoice"), words.pick("client", "buyer"), words.pick("échéance", "due date"),
                    words.pick("jours", "days"), words.pick("étape", "step"), words.pick("dû", "due"), words.pick("taux %", "rate %"),
                    words.pick("pénalités", "penalties"), words.pick("indemnité €", "indemnity €"),
                ], rightAligned: [3, 5, 6, 7, 8])
            let items = report.items.filter { $0.receivable.seller == total.seller && $0.receivable.currency == total.currency }
            let listed = items.prefix(max(budget, 0))
            budget -= listed.count
            for item in listed { out += row(item, markdown: markdown) }
            if items.count > listed.count {
                let hidden = items.count - listed.count
                let text = words.pick(
                    "… et \(LocalizedText.countFR(hidden, "autre relance", "autres relances"))",
                    "… and \(LocalizedText.countEN(hidden, "more reminder", "more reminders"))")
                out += markdown.row([text] + Array(repeating: "", count: 8))
            }
            let indemnities = DunningReport.recoveryIndemnityAmount * Amount(total.indemnities)
            out += markdown.row([
                "**\(words.pick("Total", "Total"))**", "", "", "", "", "**\(words.amount(total.amountDue))**", "",
                "**\(words.amount(total.penalties))**", "**\(words.amount(indemnities))**",
            ])
            out += "\n"
        }
        out += markdown.unreliable(report.open.unreliable, limit: reminderLimit)
        return out + markdown.cell(words.dunningSummary(report)) + "\n"
    }

    private func row(_ item: DunningReport.Item, markdown: ReceivablesMarkdown) -> String {
        let words = markdown.words
        let receivable = item.receivable
        return markdown.row([
            markdown.cell(receivable.number), markdown.cell(words.buyer(receivable.buyer, name: receivable.buyerName)),
            markdown.cell(receivable.dueDate.text(language) + (receivable.dueDateSource == .defaultTerm ? "*" : "")),
            words.count(receivable.daysOverdue), markdown.cell(item.step.level.label.text(language)), words.amount(receivable.amountDue),
            markdown.cell(item.penalty.map { ($0.rate.map(words.amount) ?? "") + words.rateMark($0) } ?? "-"),
            markdown.cell(item.penalty.map { $0.amount.map(words.amount) ?? "?" } ?? "-"),
            item.recoveryIndemnity.map(words.amount) ?? "-",
        ])
    }
}
