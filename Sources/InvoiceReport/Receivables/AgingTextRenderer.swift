import InvoiceAudit
import InvoiceModel

/// The aging report for a terminal: one aligned table per seller and currency, one row per
/// buyer and a column per bucket, then the open invoices, the unreliable documents and a summary.
public struct AgingTextRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: AgingReport, asOf: AsOfDate, defaultTermDays: Int) -> String {
        let words = ReceivablesWords(language: language)
        var out = words.pick("Balance âgée des créances", "Accounts receivable aging") + "\n"
        out += words.asOf(asOf) + "\n"
        out += words.dueDateNote(defaultTermDays: defaultTermDays) + "\n"
        let assumed = report.open.receivables.filter(\.currencyAssumed)
        if let first = assumed.first { out += words.currencyNote(first.currency, count: assumed.count) + "\n" }
        out += "\n"

        if report.sections.isEmpty { out += words.pick("Aucune créance ouverte", "No open receivable") + "\n\n" }
        for section in report.sections {
            let heading = report.hasSeveralSellers ? words.seller(section.seller, name: section.sellerName) + " — " : ""
            out += heading + section.currency + "\n"
            var table = TextTable()
            table.append(
                [words.pick("Client", "Buyer")] + report.buckets.map { $0.label.text(language) }
                    + [words.pick("Total", "Total"), words.pick("Factures", "Invoices")])
            for row in section.rows {
                table.append(
                    [words.buyer(row.buyer, name: row.buyerName)] + row.amounts.map(words.amount)
                        + [words.amount(row.total), words.count(row.invoiceCount)])
            }
            let invoices = section.rows.reduce(0) { $0 + $1.invoiceCount }
            table.append(
                [words.pick("Total", "Total")] + section.totals.map(words.amount)
                    + [words.amount(section.total), words.count(invoices)])
            out += table.render(indent: "  ") + "\n"
        }

        if !report.open.receivables.isEmpty {
            out += words.pick("Factures ouvertes", "Open invoices") + "\n"
            out += invoiceTable(report, words: words).render(indent: "  ") + "\n"
        }
        if !report.open.unreliable.isEmpty {
            out += words.unreliableHeading + "\n"
            for item in report.open.unreliable {
                let number = item.number.map { " '\($0)'" } ?? ""
                out += "  " + singleLine("\(item.source)\(number)\(words.colon)\(item.reason.message.text(language))") + "\n"
            }
            out += "\n"
        }
        return out + singleLine(words.summary(report.open)) + "\n"
    }

    private func invoiceTable(_ report: AgingReport, words: ReceivablesWords) -> TextTable {
        var table = TextTable(leftAligned: 2, lastLeftAligned: true)
        table.append([
            words.pick("Facture", "Invoice"), words.pick("Client", "Buyer"), words.pick("Échéance", "Due date"),
            words.pick("Jours", "Days"), words.pick("Tranche", "Bucket"), words.pick("Dû", "Due"), words.pick("Devise", "Currency"),
        ])
        for item in report.open.receivables {
            let bucket = report.buckets[AgingBucket.index(daysOverdue: item.daysOverdue, in: report.buckets)]
            table.append([
                item.number, words.buyer(item.buyer, name: item.buyerName),
                item.dueDate.text(language) + (item.dueDateSource == .defaultTerm ? "*" : ""),
                item.isOverdue ? words.count(item.daysOverdue) : "-", bucket.label.text(language), words.amount(item.amountDue),
                item.currency + (item.currencyAssumed ? "†" : ""),
            ])
        }
        return table
    }
}
