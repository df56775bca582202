import InvoiceModel

extension JSONRecordTool {
    /// Leaves out Xero's `Reference`, a free reference for the customer, as an invoice number:
    /// Xero always gives `InvoiceNumber` or `CreditNoteNumber`.
    static func adjustXero(_ layout: inout JSONRecordLayout, mapped: Set<CSVField>) {
        guard !mapped.contains(.number) else { return }
        let isReference = { (key: String) in CSVColumnRecognition.normalise(key) == CSVColumnRecognition.normalise("Reference") }
        layout.keys[.number]?.removeAll(where: isReference)
        if layout.keys[.number]?.isEmpty == true { layout.keys[.number] = nil }
        layout.fallbacks.removeAll { $0.field == .number && isReference($0.header) }
    }

    /// Reads what Xero gives beyond the generic keys: a `DELETED` invoice is a draft that was never
    /// issued (Xero deletes only draft and submitted invoices, and voids issued ones), and a
    /// credit note's `Allocations[].Invoice.InvoiceNumber` name the invoices it credits (BT-25).
    static func completeXero(_ document: inout Document, record: FlatRecord) {
        if record.value("Status")?.string?.uppercased() == "DELETED" {
            document.status = .draft
            document.isDraft = true
        }
        guard document.kind.isCredit, document.precedingInvoices.isEmpty else { return }
        var numbers: [String] = []
        for allocation in record.arrays["Allocations"] ?? [] {
            guard let number = allocation["Invoice"]?["InvoiceNumber"]?.string?.trimmingSpaces, !number.isEmpty,
                !numbers.contains(number)
            else { continue }
            numbers.append(number)
        }
        guard !numbers.isEmpty else { return }
        document.precedingInvoices = numbers.map { InvoiceReference(number: $0) }
        document.referencesNotInSource = nil
    }

    /// Makes the net amount of a line of a tax-inclusive invoice (`LineAmountTypes: Inclusive`) as
    /// Xero does: `LineAmount` less `TaxAmount`. Its `UnitAmount` includes VAT too, so it is not
    /// the net price.
    static func adjustXeroLine(_ line: inout Line, object: FlatRecord, record: FlatRecord, cells: inout JSONRecordCells) {
        guard record.value("LineAmountTypes")?.string?.lowercased() == "inclusive" else { return }
        line.netPrice = nil
        guard let amount = cells.amount("LineAmount") else { return }
        line.netAmount = amount - (cells.amount("TaxAmount") ?? .zero)
    }
}
