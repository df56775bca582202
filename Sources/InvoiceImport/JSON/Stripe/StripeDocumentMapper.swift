import InvoiceModel

/// Maps one Stripe invoice or credit-note object to a ``Document``, keeping the amounts as
/// Stripe declared them (positive on credit notes, as on any credit note).
struct StripeDocumentMapper {
    /// The number, issue date and parties a credit note takes from the invoice it credits, when
    /// that invoice is in the same file.
    struct CreditedInvoice: Sendable {
        var number: String?
        var issueDate: CivilDate?
        var seller: Party?
        var buyer: Party?
    }

    let reader: StripeObjectReader
    let file: String
    /// The line where the object starts in its file, which documents, lines and warnings name.
    let startLine: Int?
    let invoiceNumbers: [String: CreditedInvoice]
    private(set) var warnings: [Rejection] = []
    /// The Stripe id of the credited invoice when no file read holds that invoice.
    private(set) var unresolvedInvoiceID: String?

    init(reader: StripeObjectReader, file: String, startLine: Int? = nil, invoiceNumbers: [String: CreditedInvoice]) {
        self.reader = reader
        self.file = file
        self.startLine = startLine
        self.invoiceNumbers = invoiceNumbers
    }

    mutating func invoice() throws -> Document {
        var document = try common()
        let status = try reader.text("status")
        // Stripe numbers an invoice when it finalises it, so a missing number means a draft. A
        // finalised status (open, paid, void…) makes it an issued invoice without a number instead.
        if document.number == nil, status == nil || status == "draft" { document.isDraft = true }
        if let status {
            document.status = status == "draft" ? .draft : Self.invoiceStatuses[status]
            if status == "draft" { document.isDraft = true }
            if document.status == nil { warnUnknownStatus(status) }
        }
        let exponent = CurrencyMinorUnit.exponent(of: document.currency ?? "")
        document.dueDate = try reader.date("due_date")
        document.totals.payable = try reader.minorUnits("amount_due", exponent: exponent)
        document.totals.prepaid = try appliedCredit(exponent: exponent)
        // A Stripe invoice has no place for preceding invoices (BG-3), so its prepaid amount cites
        // no deposit invoice, and no credit-note or deposit rule expects it to.
        document.referencesNotInSource = true
        if let paid = try reader.minorUnits("amount_paid", exponent: exponent), paid > .zero {
            let paidAt = try reader.object("status_transitions")?.date("paid_at")
            document.payments = [Payment(date: paidAt, amount: paid)]
        }
        document.seller = try seller()
        document.buyer = try buyer()
        return document
    }

    mutating func creditNote() throws -> Document {
        var document = try common()
        document.kind = .creditNote
        if let status = try reader.text("status") {
            document.status = Self.creditNoteStatuses[status]
            if document.status == nil { warnUnknownStatus(status) }
        }
        let creditedID: String?
        let credited: CreditedInvoice?
        if let expanded = try reader.object("invoice") {
            creditedID = try expanded.text("id")
            credited = CreditedInvoice(
                number: try expanded.text("number"), issueDate: try expanded.date("effective_at") ?? expanded.date("created"))
        } else {
            creditedID = try reader.text("invoice")
            credited = creditedID.flatMap { invoiceNumbers[$0] }
        }
        if let number = credited?.number {
            document.precedingInvoices = [InvoiceReference(number: number, issueDate: credited?.issueDate)]
        } else if let creditedID {
            // A Stripe id is not an invoice number: citing it would report an invoice never issued.
            // The importer warns once per file instead, and the credit-note rules leave it aside.
            unresolvedInvoiceID = creditedID
            document.referencesNotInSource = true
        }
        document.seller = credited?.seller
        document.buyer = credited?.buyer
        let exponent = CurrencyMinorUnit.exponent(of: document.currency ?? "")
        document.payments = try creditNoteRefunds(exponent: exponent, date: document.issueDate)
        return document
    }

    /// Reads what invoices and credit notes share: number, currency, issue date, totals and lines.
    private func common() throws -> Document {
        var document = Document(
            source: SourceLocation(file: file, line: startLine, element: reader.path.isEmpty ? nil : reader.path), sourceFormat: .stripe)
        document.number = try reader.text("number")
        let currency = try reader.currency()
        document.currency = currency
        document.issueDate = try reader.date("effective_at") ?? reader.date("created")
        let exponent = CurrencyMinorUnit.exponent(of: currency)
        document.totals = Totals(
            lineNet: try reader.minorUnits("subtotal_excluding_tax", exponent: exponent)
                ?? reader.minorUnits("subtotal", exponent: exponent),
            taxExclusive: try reader.minorUnits("total_excluding_tax", exponent: exponent),
            vat: try taxTotal(exponent: exponent),
            taxInclusive: try reader.minorUnits("total", exponent: exponent))
        document.lines = try (reader.object("lines")?.objects("data") ?? []).map { line in
            try self.line(line, exponent: exponent)
        }
        return document
    }

    /// Returns the customer credit balance Stripe applied to the invoice, as an amount paid in
    /// advance (BT-113): `ending_balance` less `starting_balance` when the balance went up towards
    /// zero (`-2000` then `0` is 20.00 of credit applied), else `nil`.
    ///
    /// Stripe finalises an invoice with the customer balance it applies; a negative balance is
    /// credit the customer holds (a proration after a downgrade, a manual adjustment), and
    /// `amount_due` is `total` less that credit.
    // NOTE: a positive balance (a debt the customer carried) is added to `amount_due` instead; the
    // mapper keeps no trace of it, so the invoice's payments then exceed its total.
    private func appliedCredit(exponent: Int) throws -> Amount? {
        guard let starting = try reader.minorUnits("starting_balance", exponent: exponent),
            let ending = try reader.minorUnits("ending_balance", exponent: exponent), ending > starting, starting < .zero
        else { return nil }
        return min(ending, .zero) - starting
    }

    /// Returns the `tax` member of older API versions, else the sum of the `total_taxes` (newer)
    /// or `total_tax_amounts` / `tax_amounts` (older) entries.
    private func taxTotal(exponent: Int) throws -> Amount? {
        if let tax = try reader.minorUnits("tax", exponent: exponent) { return tax }
        for key in ["total_taxes", "total_tax_amounts", "tax_amounts"] {
            let entries = reader.objects(key)
            guard !entries.isEmpty else { continue }
            var sum = Amount(units: 0, scale: exponent)
            for entry in entries { sum += try entry.minorUnits("amount", exponent: exponent) ?? .zero }
            return sum
        }
        return nil
    }

    private func line(_ line: StripeObjectReader, exponent: Int) throws -> Line {
        let price = try line.object("price")
        let unitPrice =
            try line.decimalMinorUnits("unit_amount_excluding_tax", exponent: exponent)
            ?? line.minorUnits("unit_amount", exponent: exponent)
            ?? price?.decimalMinorUnits("unit_amount_decimal", exponent: exponent)
            ?? price?.minorUnits("unit_amount", exponent: exponent)
        let rate = try line.objects("tax_rates").first?.decimal("percentage")
        return Line(
            id: nil, description: try line.text("description"), quantity: try line.decimal("quantity"), netPrice: unitPrice,
            netAmount: try line.minorUnits("amount_excluding_tax", exponent: exponent)
                ?? line.minorUnits("amount", exponent: exponent),
            vatRate: rate, source: SourceLocation(file: file, line: startLine, element: line.path))
    }

    private mutating func warnUnknownStatus(_ status: String) {
        let path = reader.path(of: "status")
        warnings.append(Rejection(location: SourceLocation(file: file, line: startLine, element: path), reason: StripeMessages.unknownStatus(status, path: path)))
    }

    static let invoiceStatuses: [String: DocumentStatus] = [
        "draft": .draft, "open": .issued, "paid": .paid, "uncollectible": .overdue, "void": .cancelled,
    ]
    static let creditNoteStatuses: [String: DocumentStatus] = ["issued": .issued, "void": .cancelled]
}
