import InvoiceModel

extension JSONRecordTool {
    /// The keys of the totals in the invoice's currency, by field.
    private static let pennylaneTotals: [(field: CSVField, key: String)] = [
        (.netTotal, "currency_amount_before_tax"), (.vatTotal, "currency_tax"), (.grossTotal, "currency_amount"),
    ]

    /// Reads Pennylane's totals from the `currency_*` keys only, so the VAT, net and gross totals
    /// are all in the invoice's currency. `amount` and `tax` are the company's currency (EUR).
    static func adjustPennylane(_ layout: inout JSONRecordLayout, keys: Set<String>, mapped: Set<CSVField>) {
        for total in pennylaneTotals where keys.contains(total.key) && !mapped.contains(total.field) {
            layout.keys[total.field] = [total.key]
            layout.fallbacks.removeAll { $0.field == total.field }
        }
    }

    /// Keeps the VAT in the company's currency as BT-111 when the invoice is in another currency.
    static func completePennylane(_ document: inout Document, cells: inout JSONRecordCells) {
        // NOTE: the company's currency is taken to be EUR, since Pennylane serves French companies;
        // its exports do not name it.
        guard let currency = document.currency, currency != "EUR", cells.record.value("currency_tax") != nil,
            let companyVAT = cells.amount("tax")
        else { return }
        document.vatAccountingCurrency = "EUR"
        document.totals.vatInAccountingCurrency = companyVAT
    }
}
