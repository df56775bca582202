import InvoiceModel

extension FECEntry {
    /// True when the entry reads as a sale: a customer line (account 411…) with a revenue line
    /// (70…) or an output VAT line (4457…). A payment received has the customer line but neither
    /// of the others, a purchase has neither.
    var looksLikeSale: Bool {
        lines.contains(where: \.isCustomer) && lines.contains { $0.isRevenue || $0.isOutputVAT }
    }

    /// True when the entry's debits equal its credits.
    var isBalanced: Bool {
        lines.reduce(Amount.zero) { $0 + $1.debit } == lines.reduce(Amount.zero) { $0 + $1.credit }
    }

    /// The outcome of a sales entry: a document, or a rejection naming the line and the reason.
    enum SaleOutcome {
        case document(Document, FECEntryRemarks)
        case rejected(Rejection)
    }

    /// Builds the invoice or credit note this sales entry records.
    ///
    /// - Parameters:
    ///   - file: the file name for locations.
    ///   - seller: the seller named by the file name, if any.
    func sale(file: String, seller: Party?) -> SaleOutcome {
        func reject(_ reason: LocalizedText, line: Int? = nil) -> SaleOutcome {
            let number = lines.first(where: { !$0.pieceReference.isEmpty })?.pieceReference
            return .rejected(
                Rejection(location: SourceLocation(file: file, line: line ?? firstLine), reason: reason, documentNumber: number))
        }

        if let bad = lines.first(where: { $0.problem != nil }), let problem = bad.problem {
            let unreadable = lines.reduce(0) { $0 + $1.faults.filter(\.isUnreadable).count }
            let named = bad.problemFault?.isUnreadable == true ? 1 : 0
            return reject(FECMessages.entryRejected(key, problem, others: unreadable - named), line: bad.line)
        }
        let debits = lines.reduce(Amount.zero) { $0 + $1.debit }
        let credits = lines.reduce(Amount.zero) { $0 + $1.credit }
        if debits != credits { return reject(FECMessages.unbalanced(key, debits: debits, credits: credits)) }

        guard let first = lines.first, !first.pieceReference.isEmpty else {
            return reject(FECMessages.missingPieceReference(key))
        }
        if let other = lines.first(where: { $0.pieceReference != first.pieceReference }) {
            return reject(
                FECMessages.pieceReferenceChanges(
                    key, first: first.pieceReference, firstLine: first.line, other: other.pieceReference, otherLine: other.line),
                line: other.line)
        }
        let customers = lines.filter(\.isCustomer)
        guard let customer = customers.first else { return reject(FECMessages.noCustomerLine(key)) }
        if let other = customers.first(where: { $0.customerIdentity != customer.customerIdentity }) {
            return reject(
                FECMessages.severalCustomers(key, first: customer.customerIdentity, other: other.customerIdentity), line: other.line)
        }

        let currency: String
        let amounts: (FECLine) -> Amount?
        if let code = lines.first(where: { !$0.currencyCode.isEmpty && $0.currencyCode != "EUR" })?.currencyCode {
            if let missing = lines.first(where: { ($0.isCustomer || $0.isRevenue || $0.isOutputVAT) && $0.currencyAmount == nil }) {
                return reject(FECMessages.missingCurrencyAmount(key, currency: code), line: missing.line)
            }
            if let other = lines.first(where: { !$0.currencyCode.isEmpty && $0.currencyCode != code }) {
                return reject(FECMessages.severalCurrencies(key, first: code, other: other.currencyCode), line: other.line)
            }
            currency = code
            // Montantdevise is the line's amount in the currency; its side is the line's side.
            amounts = { line in line.currencyAmount.map { line.balance.isNegative ? -$0.magnitude : $0.magnitude } }
        } else {
            currency = "EUR"
            amounts = { $0.balance }
        }
        return .document(document(file: file, seller: seller, customer: customer, currency: currency, amounts: amounts), remarks)
    }

    /// The facts about an imported entry that the importer reports beyond its document.
    private var remarks: FECEntryRemarks {
        FECEntryRemarks(
            isValidated: lines.allSatisfy { $0.validationDate != nil },
            otherAccountLine: lines.first { !$0.isCustomer && !$0.isRevenue && !$0.isOutputVAT })
    }

    private func document(
        file: String, seller: Party?, customer: FECLine, currency: String, amounts: (FECLine) -> Amount?
    ) -> Document {
        func sum(_ include: (FECLine) -> Bool) -> Amount {
            lines.filter(include).reduce(Amount.zero) { $0 + (amounts($1) ?? .zero) }
        }
        // Debit minus credit: a sale debits the customer and credits revenue and VAT.
        let receivable = sum(\.isCustomer)
        let revenue = -sum(\.isRevenue)
        let vat = -sum(\.isOutputVAT)
        let isInvoice = receivable.isZero ? !revenue.isNegative : !receivable.isNegative
        let sign = isInvoice ? Amount(1) : Amount(-1)

        var document = Document(
            number: customer.pieceReference, kind: isInvoice ? .invoice : .creditNote,
            typeCode: isInvoice ? "380" : "381", issueDate: customer.pieceDate ?? customer.entryDate, currency: currency,
            seller: seller, buyer: customer.buyer, source: SourceLocation(file: file, line: firstLine), sourceFormat: .fec)
        // A FEC line has no column for the invoice a credit note corrects.
        document.referencesNotInSource = true
        let hasRevenue = lines.contains(where: \.isRevenue)
        document.totals = Totals(
            taxExclusive: hasRevenue ? sign * revenue : nil, vat: sign * vat, taxInclusive: sign * receivable,
            payable: nil)
        if currency != "EUR" {
            document.vatAccountingCurrency = "EUR"
            document.totals.vatInAccountingCurrency = sign * -lines.filter(\.isOutputVAT).reduce(Amount.zero) { $0 + $1.balance }
        }
        document.vatBreakdown = vatBreakdown(sign: sign, taxExclusive: hasRevenue ? sign * revenue : nil, amounts: amounts)
        applyLettering(to: &document, customers: lines.filter(\.isCustomer))
        return document
    }

    /// Marks a lettered invoice as paid.
    ///
    /// A lettering code on the customer line means the accountant matched it with other 411 lines
    /// of the same total: payments received, credit notes, or both. The FEC records the counterpart
    /// in other entries, so the invoice gets one payment of its total on the lettering date when
    /// every customer line is lettered. A partly lettered invoice gets no payment and the status
    /// `partiallyPaid`. A lettered credit note gets neither, because lettering usually offsets it
    /// against an invoice rather than refunding it.
    private func applyLettering(to document: inout Document, customers: [FECLine]) {
        let lettered = customers.filter { !$0.lettering.isEmpty }
        guard document.kind == .invoice, !lettered.isEmpty else { return }
        guard lettered.count == customers.count else {
            document.status = .partiallyPaid
            return
        }
        document.status = .paid
        if let total = document.totals.taxInclusive {
            document.payments = [Payment(date: lettered.compactMap(\.letteringDate).max(), amount: total)]
        }
    }
}

/// Facts about an imported entry that the importer sums up per file.
struct FECEntryRemarks: Sendable {
    /// False when a line has no `ValidDate`: the entry was not validated.
    var isValidated: Bool
    /// The first line on an account other than 411, 70 and 4457, whose amount no total counts.
    var otherAccountLine: FECLine?
}

extension FECLine {
    /// The customer as the line names it: the auxiliary account, else the general account.
    var customerIdentity: String { auxiliaryNumber.isEmpty ? accountNumber : auxiliaryNumber }

    /// The buyer of a customer line: the auxiliary account's label and number when the line has
    /// one, else the label of an individual 411 account.
    var buyer: Party {
        let name = auxiliaryNumber.isEmpty ? accountLabel : (auxiliaryLabel.isEmpty ? nil : auxiliaryLabel)
        return Party(name: name, identifiers: [Identifier(value: customerIdentity)])
    }
}
