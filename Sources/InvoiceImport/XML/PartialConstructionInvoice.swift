import InvoiceModel

/// Partial construction invoices in UBL and CII.
///
/// EN 16931 and Factur-X EXTENDED carry no order total, progress percentage, cumulative amount or
/// situation number. What they do carry is the type code (UNTDID 1001: 875 partial construction
/// invoice, 876 partial final construction invoice, 877 final construction invoice) and the order
/// billed (BT-13, else BT-14, else the contract BT-12). Such an invoice gets a ``ProgressBilling``
/// naming that order, so the progress rules group it with the other situations of the order.
enum PartialConstructionInvoice {
    static let typeCodes: Set<String> = ["875", "876", "877"]

    /// Sets `document.progress` for a partial construction invoice that cites its order.
    static func note(_ document: inout Document) {
        guard document.progress == nil, let code = document.typeCode?.trimmingSpaces, typeCodes.contains(code) else { return }
        let references = document.references
        let order = [references.purchaseOrder, references.salesOrder, references.contract]
            .compactMap { $0?.trimmingSpaces }.first { !$0.isEmpty }
        guard let order else { return }
        document.progress = ProgressBilling(orderReference: order)
    }
}
