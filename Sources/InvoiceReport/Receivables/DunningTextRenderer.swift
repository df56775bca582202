import InvoiceAudit
import InvoiceModel

/// The reminders due for a terminal: the plan and how penalties are computed, one aligned table
/// per seller and currency, the unreliable documents and a summary.
public struct DunningTextRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: DunningReport, asOf: AsOfDate) -> String {
        let words = ReceivablesWords(language: language)
        var out = words.pick("Relances dues", "Reminders due") + "\n"
        out += words.asOf(asOf) + "\n"
        out += words.plan(report.steps) + "\n"
        out += words.penaltyNote + "\n"
        out += words.indemnityNote + "\n"
        out += words.rateNotes(report).map { $0 + "\n" }.joined()
        out += "\n"

        if report.items.isEmpty { out += words.pick("Aucune relance due", "No reminder due") + "\n\n" }
        let severalSellers = Set(report.totals.map(\.seller)).count > 1
        for total in report.totals {
            let heading = severalSellers ? words.seller(total.seller, name: total.sellerName) + " — " : ""
            out += heading + total.currency + "\n"
            var table = TextTable(leftAligned: 2)
            table.append([
                words.pick("Facture", "Invoice"), words.pick("Client", "Buyer"), words.pick("Échéance", "Due date"),
                words.pick("Jours", "Days"), words.pick("Étape", "Step"), words.pick("Dû", "Due"),
                words.pick("Taux %", "Rate %"), words.pick("Pénalités", "Penalties"), words.pick("Indemnité €", "Indemnity €"),
            ])
            let items = report.items.filter { $0.receivable.seller == total.seller && $0.receivable.currency == total.currency }
            for item in items {
                let receivable = item.receivable
                table.append([
                    receivable.number, words.buyer(receivable.buyer, name: receivable.buyerName),
                    receivable.dueDate.text(language) + (receivable.dueDateSource == .defaultTerm ? "*" : ""),
                    words.count(receivable.daysOverdue), item.step.level.label.text(language), words.amount(receivable.amountDue),
                    item.penalty.map { ($0.rate.map(words.amount) ?? "") + words.rateMark($0) } ?? "-",
                    item.penalty.map { $0.amount.map(words.amount) ?? "?" } ?? "-",
                    item.recoveryIndemnity.map(words.amount) ?? "-",
                ])
            }
            let indemnities = DunningReport.recoveryIndemnityAmount * Amount(total.indemnities)
            table.append([
                words.pick("Total", "Total"), "", "", "", "", words.amount(total.amountDue), "", words.amount(total.penalties),
                words.amount(indemnities),
            ])
            out += table.render(indent: "  ") + "\n"
        }
        if !report.open.unreliable.isEmpty {
            out += words.unreliableHeading + "\n"
            for item in report.open.unreliable {
                let number = item.number.map { " '\($0)'" } ?? ""
                out += "  " + singleLine("\(item.source)\(number)\(words.colon)\(item.reason.message.text(language))") + "\n"
            }
            out += "\n"
        }
        return out + singleLine(words.dunningSummary(report)) + "\n"
    }
}
