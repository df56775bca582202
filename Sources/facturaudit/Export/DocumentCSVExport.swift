import InvoiceAudit
import InvoiceModel

/// The `csv` and `lines-csv` exports, with headers the CSV importer recognises, so an export
/// can be read back by `facturaudit check`.
enum DocumentCSVExport {
    /// One row per document, with every document column the CSV importer reads back.
    static func documents(_ documents: [Document], language: Language) -> String {
        let header =
            language == .fr
            ? [
                "N° facture", "Date", "Type", "Émetteur", "SIREN émetteur", "SIRET émetteur", "TVA intracom émetteur",
                "Client", "SIREN client", "SIRET client", "TVA intracom client", "Total lignes HT", "Total HT", "TVA",
                "Total TTC", "Reste à payer", "Devise", "Échéance", "Facture d'origine", "Date facture d'origine",
                "Statut", "Montant payé", "Montant remboursé", "Date de paiement", "N° provisoire",
            ]
            : [
                "Invoice number", "Issue date", "Document type", "Seller", "Seller SIREN", "Seller SIRET",
                "Seller VAT number", "Customer", "Customer SIREN", "Customer SIRET", "Customer VAT number",
                "Line net total", "Total net", "Total VAT", "Invoice total", "Amount due", "Currency", "Due date",
                "Original invoice", "Original invoice date", "Status", "Amount paid", "Amount refunded", "Payment date",
                "Provisional number",
            ]
        var table = ExportTable(language: language, header: header)
        for document in documents {
            let payments = PaymentCells(document.payments)
            // Several preceding invoices share one cell, separated by ", ", and their dates the next one.
            let originals = document.precedingInvoices
            table.appendRow([
                .text(document.number ?? ""), table.date(document.issueDate), .text(kindLabel(document.kind, language)),
                .text(document.seller?.name ?? ""), .text(document.seller.flatMap(PartyKey.siren) ?? ""),
                .text(document.seller?.siret ?? ""), .text(document.seller?.vatID ?? ""),
                .text(document.buyer?.name ?? ""), .text(document.buyer.flatMap(PartyKey.siren) ?? ""),
                .text(document.buyer?.siret ?? ""), .text(document.buyer?.vatID ?? ""),
                table.amount(document.totals.lineNet), table.amount(document.totals.taxExclusive),
                table.amount(document.totals.vat), table.amount(document.totals.taxInclusive),
                table.amount(document.totals.payable), .text(document.currency ?? ""), table.date(document.dueDate),
                .text(originals.map(\.number).joined(separator: ", ")),
                table.citedDates(originals.map(\.issueDate)),
                .text(statusLabel(document, language)), table.amount(payments.paid), table.amount(payments.refunded),
                table.date(payments.date), .text(document.provisionalNumber ?? ""),
            ])
        }
        return table.text
    }

    /// The payments as the CSV importer reads them back: one amount paid, one amount refunded (the
    /// negative payments) and one payment date, the latest.
    struct PaymentCells {
        var paid: Amount?
        var refunded: Amount?
        var date: CivilDate?

        init(_ payments: [Payment]) {
            for payment in payments {
                if payment.amount.isNegative {
                    refunded = (refunded ?? .zero) + payment.amount.magnitude
                } else if !payment.amount.isZero {
                    paid = (paid ?? .zero) + payment.amount
                }
                if let day = payment.date, date.map({ day > $0 }) ?? true { date = day }
            }
        }
    }

    /// One row per invoice line; a document without lines gets one row with empty line cells,
    /// so no document is missing from the export.
    static func lines(_ documents: [Document], language: Language) -> String {
        let header =
            language == .fr
            ? [
                "N° facture", "Date", "Type", "Émetteur", "SIREN émetteur", "Devise", "N° ligne", "Désignation",
                "Quantité", "Unité", "Prix unitaire HT", "Montant ligne HT", "Catégorie TVA", "Taux TVA", "N° provisoire",
            ]
            : [
                "Invoice number", "Issue date", "Document type", "Seller", "Seller SIREN", "Currency", "Line",
                "Description", "Quantity", "Unit", "Unit price", "Line net amount", "VAT category", "VAT rate",
                "Provisional number",
            ]
        var table = ExportTable(language: language, header: header)
        for document in documents {
            let head: [ExportTable.Cell] = [
                .text(document.number ?? ""), table.date(document.issueDate), .text(kindLabel(document.kind, language)),
                .text(document.seller?.name ?? ""), .text(document.seller.flatMap(PartyKey.siren) ?? ""),
                .text(document.currency ?? ""),
            ]
            let provisional = ExportTable.Cell.text(document.provisionalNumber ?? "")
            if document.lines.isEmpty {
                table.appendRow(head + Array(repeating: .text(""), count: 8) + [provisional])
            }
            for (index, line) in document.lines.enumerated() {
                table.appendRow(
                    head + [
                        .text(line.id ?? String(index + 1)), .text(line.description ?? ""), table.decimal(line.quantity),
                        .text(line.unit ?? ""), table.amount(line.netPrice), table.amount(line.netAmount),
                        .text(line.vatCategory ?? ""), table.decimal(line.vatRate), provisional,
                    ])
            }
        }
        return table.text
    }

    /// The type label the CSV importer reads back as the same kind.
    static func kindLabel(_ kind: DocumentKind, _ language: Language) -> String {
        switch (kind, language) {
        case (.invoice, .fr): "Facture"
        case (.invoice, .en): "Invoice"
        case (.creditNote, .fr): "Avoir"
        case (.creditNote, .en): "Credit note"
        case (.corrective, .fr): "Facture rectificative"
        case (.corrective, .en): "Corrective invoice"
        case (.deposit, .fr): "Facture d'acompte"
        case (.deposit, .en): "Deposit invoice"
        case (.selfBilled, .fr): "Autofacturation"
        case (.selfBilled, .en): "Self-billed"
        }
    }

    /// The declared status, or draft for a document marked as a draft without one.
    static func statusLabel(_ document: Document, _ language: Language) -> String {
        let status = document.status ?? (document.isDraft ? .draft : nil)
        switch (status, language) {
        case (nil, _): return ""
        case (.draft?, .fr): return "Brouillon"
        case (.draft?, .en): return "Draft"
        case (.issued?, .fr): return "Émise"
        case (.issued?, .en): return "Issued"
        case (.partiallyPaid?, .fr): return "Partiellement payée"
        case (.partiallyPaid?, .en): return "Partially paid"
        case (.paid?, .fr): return "Payée"
        case (.paid?, .en): return "Paid"
        case (.cancelled?, .fr): return "Annulée"
        case (.cancelled?, .en): return "Cancelled"
        case (.overdue?, .fr): return "En retard"
        case (.overdue?, .en): return "Overdue"
        }
    }
}
