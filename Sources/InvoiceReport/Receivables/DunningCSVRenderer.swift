import InvoiceAudit
import InvoiceModel

/// The reminders due for a spreadsheet: one row per invoice, in the findings CSV's dialect
/// (`;`, a byte order mark and decimal commas in French).
public struct DunningCSVRenderer {
    public let language: Language

    public init(language: Language) {
        self.language = language
    }

    public func render(_ report: DunningReport) -> String {
        let words = ReceivablesWords(language: language)
        var table = CSVTable(language: language)
        table.append([
            words.pick("vendeur", "seller"), words.pick("identifiant vendeur", "seller id"), words.pick("client", "buyer"),
            words.pick("identifiant client", "buyer id"), words.pick("facture", "invoice"), words.pick("échéance", "due date"),
            words.pick("origine échéance", "due date source"), words.pick("jours de retard", "days overdue"),
            words.pick("étape", "step"), words.pick("niveau", "level"), words.pick("devise", "currency"),
            words.pick("reste dû", "amount due"), words.pick("taux pénalités %", "penalty rate %"),
            words.pick("origine taux", "rate source"), words.pick("pénalités", "penalties"),
            words.pick("indemnité forfaitaire EUR", "recovery indemnity EUR"), words.pick("fichier", "file"),
            words.pick("ligne", "line"),
        ])
        for item in report.items {
            let receivable = item.receivable
            table.appendRow([
                .text(receivable.sellerName ?? ""), .identifier(AgingCSVRenderer.identifier(receivable.seller)),
                .text(receivable.buyerName ?? ""), .identifier(AgingCSVRenderer.identifier(receivable.buyer)),
                .identifier(receivable.number), .text(receivable.dueDate.text(language)), .text(receivable.dueDateSource.rawValue),
                .number(String(receivable.daysOverdue)), .text(item.step.level.label.text(language)), .text(item.step.level.rawValue),
                .text(receivable.currency), .number(receivable.amountDue.rescaledForCSV.text(language)),
                .number(item.penalty?.rate.map { $0.text(language) } ?? ""), .text(item.penalty?.rateSource.rawValue ?? ""),
                .number(item.penalty?.amount.map { $0.rescaledForCSV.text(language) } ?? ""),
                .number(item.recoveryIndemnity.map { $0.rescaledForCSV.text(language) } ?? ""),
                .text(receivable.source.file), .number(receivable.source.line.map(String.init) ?? ""),
            ])
        }
        return table.text
    }
}
