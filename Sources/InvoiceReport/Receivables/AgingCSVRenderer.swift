import InvoiceAudit
import InvoiceModel

/// The aging report for a spreadsheet: one row per seller, currency and buyer with a column per
/// bucket, then a total row per seller and currency. The French dialect uses `;`, a byte order
/// mark and decimal commas, as the findings CSV does.
public struct AgingCSVRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: AgingReport) -> String {
        let words = ReceivablesWords(language: language)
        var table = CSVTable(language: language)
        table.append(
            [
                words.pick("vendeur", "seller"), words.pick("identifiant vendeur", "seller id"), words.pick("devise", "currency"),
                words.pick("client", "buyer"), words.pick("identifiant client", "buyer id"),
            ] + report.buckets.map { $0.label.text(language) } + [words.pick("total", "total"), words.pick("factures", "invoices")])
        for section in report.sections {
            let seller: [CSVTable.Cell] = [
                .text(section.sellerName ?? ""), .identifier(Self.identifier(section.seller)), .text(section.currency),
            ]
            for row in section.rows {
                table.appendRow(
                    seller + [.text(row.buyerName ?? ""), .identifier(Self.identifier(row.buyer))]
                        + row.amounts.map { .number($0.rescaledForCSV.text(language)) }
                        + [.number(row.total.rescaledForCSV.text(language)), .number(String(row.invoiceCount))])
            }
            let invoices = section.rows.reduce(0) { $0 + $1.invoiceCount }
            table.appendRow(
                seller + [.text(words.pick("TOTAL", "TOTAL")), .text("")]
                    + section.totals.map { .number($0.rescaledForCSV.text(language)) }
                    + [.number(section.total.rescaledForCSV.text(language)), .number(String(invoices))])
        }
        return table.text
    }

    /// Returns the party key without its kind (the SIREN, VAT number or normalised name), or an
    /// empty text for an unidentified party.
    static func identifier(_ key: PartyKey) -> String {
        guard !key.isUnidentified, let colon = key.value.firstIndex(of: ":") else { return "" }
        return String(key.value[key.value.index(after: colon)...])
    }
}

extension Amount {
    /// The value with at least two decimals, as money columns show it.
    var rescaledForCSV: Amount { scale >= 2 ? self : rescaled(to: 2) }
}
