import InvoiceModel

extension CIIImporter {
    /// Reads what the header trade settlement carries: payment terms and means, the payee,
    /// preceding invoices, allowances and charges, the VAT breakdown and the monetary summation.
    static func readSettlement(
        _ settlement: XMLNode, currency: String?, vocabulary: CIIVocabulary, file: String, into document: inout Document
    ) {
        let terms = settlement.children("SpecifiedTradePaymentTerms")
        document.paymentTerms = XMLNode.joinedText(terms.compactMap { $0.child("Description") })
        // The model has one due date (BT-9), so further instalments are named in a warning.
        var dueDates: [CivilDate] = []
        for term in terms {
            if let date = term.date(.format102, "DueDateDateTime", "DateTimeString"), !dueDates.contains(date) {
                dueDates.append(date)
            }
        }
        document.dueDate = dueDates.first
        if let first = terms.first, dueDates.count > 1 {
            settlement.notes.warn(first, CIIMessages.severalDueDates(dueDates))
        }
        let partialAmounts = terms.flatMap { $0.children("PartialPaymentAmount") }
        if let first = partialAmounts.first {
            settlement.notes.warn(first, CIIMessages.partialPaymentAmounts(partialAmounts.map { $0.element.text.trimmingSpaces }))
        }
        document.mandateReference = terms.lazy.compactMap { $0.string("DirectDebitMandateID") }.first
        document.remittanceInformation = settlement.string("PaymentReference")
        document.creditorReference = settlement.string("CreditorReferenceID")
        document.vatAccountingCurrency = settlement.string("TaxCurrencyCode")
        document.payee = party(settlement.child("PayeeTradeParty"))
        document.invoicePeriod = period(settlement.child("BillingSpecifiedPeriod"))
        document.paymentMeans = settlement.children("SpecifiedTradeSettlementPaymentMeans").map(paymentMeans)

        for reference in settlement.children("InvoiceReferencedDocument") {
            document.precedingInvoices.append(
                InvoiceReference(
                    number: vocabulary.referencedID(in: reference) ?? "",
                    issueDate: reference.date(.format102, "FormattedIssueDateTime", "DateTimeString"),
                    typeCode: reference.string("TypeCode")))
        }

        for node in settlement.children("SpecifiedTradeAllowanceCharge") {
            if let charge = allowanceCharge(node, vocabulary: vocabulary, file: file) { document.allowanceCharges.append(charge) }
        }
        for node in settlement.children("SpecifiedLogisticsServiceCharge") {
            document.allowanceCharges.append(logisticsCharge(node, vocabulary: vocabulary, file: file))
        }

        for tax in settlement.children("ApplicableTradeTax") {
            document.vatBreakdown.append(
                VATBreakdown(
                    category: tax.string("CategoryCode"),
                    rate: vocabulary.rate(in: tax),
                    taxableAmount: tax.number(.amount, "BasisAmount"),
                    taxAmount: tax.number(.amount, "CalculatedAmount"),
                    exemptionReason: tax.string("ExemptionReason"),
                    exemptionReasonCode: tax.string("ExemptionReasonCode"),
                    taxScheme: tax.string("TypeCode")))
            if document.taxPointDate == nil {
                document.taxPointDate = tax.date(.format102, "TaxPointDate", "DateString")
            }
            if document.taxPointDateCode == nil {
                document.taxPointDateCode = tax.string("DueDateTypeCode")
            }
        }

        let summation = settlement.child(vocabulary.summation)
        document.sourceFacts = SourceFacts(
            hasMonetaryTotals: summation != nil,
            vatTotalsInInvoiceCurrency: (summation?.children("TaxTotalAmount") ?? []).filter {
                currency != nil && $0.element.attribute("currencyID")?.trimmingSpaces == currency
            }.count)
        if let summation {
            readSummation(
                summation, currency: currency, taxCurrency: document.vatAccountingCurrency, into: &document.totals)
        }
    }

    /// Reads one `ram:SpecifiedTradeSettlementPaymentMeans` (BG-16 with BG-17, BG-18 and BT-91).
    private static func paymentMeans(_ node: XMLNode) -> PaymentMeans {
        var means = PaymentMeans(typeCode: node.string("TypeCode"), text: node.string("Information"))
        if let account = node.child("PayeePartyCreditorFinancialAccount") {
            let iban = account.string("IBANID")
            means.account = FinancialAccount(
                id: iban ?? account.string("ProprietaryID"),
                isProprietary: iban == nil && account.string("ProprietaryID") != nil,
                name: account.string("AccountName"),
                serviceProvider: node.string("PayeeSpecifiedCreditorFinancialInstitution", "BICID"))
        } else if let bic = node.string("PayeeSpecifiedCreditorFinancialInstitution", "BICID") {
            means.account = FinancialAccount(serviceProvider: bic)
        }
        if let card = node.child("ApplicableTradeSettlementFinancialCard") {
            means.card = PaymentCard(primaryAccountNumber: card.string("ID"), holderName: card.string("CardholderName"))
        }
        means.debitedAccount = node.string("PayerPartyDebtorFinancialAccount", "IBANID")
        return means
    }

    /// Reads a `ram:SpecifiedTradeAllowanceCharge` at document or line level (BG-20, BG-21, BG-27,
    /// BG-28), or `nil`, with a warning, when its charge indicator is missing or unreadable.
    static func allowanceCharge(_ node: XMLNode, vocabulary: CIIVocabulary, file: String) -> AllowanceCharge? {
        guard let isCharge = node.chargeIndicator("ChargeIndicator", "Indicator") else { return nil }
        let tax = node.child("CategoryTradeTax")
        return AllowanceCharge(
            isCharge: isCharge,
            amount: node.number(.amount, "ActualAmount"),
            baseAmount: node.number(.amount, "BasisAmount"),
            percentage: node.number(.rate, "CalculationPercent"),
            vatCategory: tax?.string("CategoryCode"),
            vatRate: vocabulary.rate(in: tax),
            reason: node.string("Reason"),
            reasonCode: node.string("ReasonCode"),
            source: SourceLocation(file: file, line: node.line, element: node.path))
    }

    /// Reads a ZUGFeRD 1.0 `ram:SpecifiedLogisticsServiceCharge`, a document-level charge (BG-21).
    private static func logisticsCharge(_ node: XMLNode, vocabulary: CIIVocabulary, file: String)
        -> AllowanceCharge
    {
        let tax = node.child("AppliedTradeTax")
        return AllowanceCharge(
            isCharge: true,
            amount: node.number(.amount, "AppliedAmount"),
            vatCategory: tax?.string("CategoryCode"),
            vatRate: vocabulary.rate(in: tax),
            reason: node.string("Description"),
            source: SourceLocation(file: file, line: node.line, element: node.path))
    }

    /// Reads the totals (BG-22). BT-110 is the `ram:TaxTotalAmount` in the invoice currency, or else
    /// the first one without a currency attribute. BT-111 is the one in the VAT accounting currency.
    private static func readSummation(
        _ summation: XMLNode, currency: String?, taxCurrency: String?, into totals: inout Totals
    ) {
        totals.lineNet = summation.number(.amount, "LineTotalAmount")
        totals.charges = summation.number(.amount, "ChargeTotalAmount")
        totals.allowances = summation.number(.amount, "AllowanceTotalAmount")
        totals.taxExclusive = summation.number(.amount, "TaxBasisTotalAmount")
        totals.taxInclusive = summation.number(.amount, "GrandTotalAmount")
        totals.prepaid = summation.number(.amount, "TotalPrepaidAmount")
        totals.rounding = summation.number(.amount, "RoundingAmount")
        totals.payable = summation.number(.amount, "DuePayableAmount")

        let taxTotals = summation.children("TaxTotalAmount")
        let vatTotal =
            taxTotals.first { $0.element.attribute("currencyID")?.trimmingSpaces == currency }
            ?? taxTotals.first { $0.element.attribute("currencyID") == nil || currency == nil }
        totals.vat = vatTotal?.numberValue(.amount)
        if let taxCurrency, taxCurrency != currency,
            let accountingTotal = taxTotals.first(where: { $0.element.attribute("currencyID")?.trimmingSpaces == taxCurrency })
        {
            totals.vatInAccountingCurrency = accountingTotal.numberValue(.amount)
        }
    }
}
