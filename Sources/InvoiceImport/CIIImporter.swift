import InvoiceModel

/// Imports a UN/CEFACT Cross Industry Invoice D16B (Factur-X and ZUGFeRD 2.x, every profile, and
/// XRechnung CII) into one ``Document``.
///
/// Elements are matched by local name, so any namespace prefix works. MINIMUM and BASIC WL
/// profiles carry no lines and give `lines == []`. Values are kept as the source wrote them; a
/// value that cannot be read (an amount, a date) rejects the whole file, naming the element.
struct CIIImporter {
    static let namespace = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"

    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        XMLDocumentImport.importDocument(bytes, file: file, format: .cii) { root throws(XMLImportFailure) in
            try CIIImporter.document(from: root, file: file)
        }
    }

    static func document(from root: XMLNode, file: String) throws(XMLImportFailure) -> Document {
        guard root.element.localName == "CrossIndustryInvoice", root.element.namespaceURI == namespace else {
            throw XMLDocumentImport.unexpectedRoot(root, expected: "'{\(namespace)}CrossIndustryInvoice'")
        }
        let header = root.child("ExchangedDocument")
        let transaction = root.child("SupplyChainTradeTransaction")
        let agreement = transaction?.child("ApplicableHeaderTradeAgreement")
        let settlement = transaction?.child("ApplicableHeaderTradeSettlement")
        let typeCode = header?.string("TypeCode")
        let currency = settlement?.string("InvoiceCurrencyCode")

        var document = Document(
            number: header?.string("ID"),
            kind: typeCode.flatMap { DocumentKind(untdid: $0) } ?? .invoice,
            typeCode: typeCode,
            issueDate: try header?.date(.format102, "IssueDateTime", "DateTimeString"),
            currency: currency,
            specification: root.string("ExchangedDocumentContext", "GuidelineSpecifiedDocumentContextParameter", "ID"),
            seller: party(agreement?.child("SellerTradeParty")),
            buyer: party(agreement?.child("BuyerTradeParty")),
            source: SourceLocation(file: file, line: root.line))
        document.notes = notes(header)
        document.lines = try lines(transaction, file: file)
        if let settlement {
            try readSettlement(settlement, currency: currency, into: &document)
        }
        return document
    }

    /// Reads the notes (BG-1): each `ram:IncludedNote` with its subject code and its content lines.
    private static func notes(_ header: XMLNode?) -> [Note] {
        guard let header else { return [] }
        return header.children("IncludedNote").compactMap { note in
            let text = XMLNode.joinedText(note.children("Content"))
            let subject = note.string("SubjectCode")
            if text == nil && subject == nil { return nil }
            return Note(subject: subject, text: text ?? "")
        }
    }

    /// Reads what `ram:ApplicableHeaderTradeSettlement` carries: payment terms and due date,
    /// preceding invoices, the VAT breakdown and the monetary summation.
    private static func readSettlement(_ settlement: XMLNode, currency: String?, into document: inout Document)
        throws(XMLImportFailure)
    {
        let terms = settlement.children("SpecifiedTradePaymentTerms")
        document.paymentTerms = XMLNode.joinedText(terms.compactMap { $0.child("Description") })
        for term in terms {
            if let date = try term.date(.format102, "DueDateDateTime", "DateTimeString") {
                document.dueDate = date
                break
            }
        }

        for reference in settlement.children("InvoiceReferencedDocument") {
            document.precedingInvoices.append(
                InvoiceReference(
                    number: reference.string("IssuerAssignedID") ?? "",
                    issueDate: try reference.date(.format102, "FormattedIssueDateTime", "DateTimeString")))
        }

        for tax in settlement.children("ApplicableTradeTax") {
            document.vatBreakdown.append(
                VATBreakdown(
                    category: tax.string("CategoryCode"),
                    rate: try tax.number(.rate, "RateApplicablePercent"),
                    taxableAmount: try tax.number(.amount, "BasisAmount"),
                    taxAmount: try tax.number(.amount, "CalculatedAmount"),
                    exemptionReason: tax.string("ExemptionReason"),
                    exemptionReasonCode: tax.string("ExemptionReasonCode")))
        }

        if let summation = settlement.child("SpecifiedTradeSettlementHeaderMonetarySummation") {
            try readSummation(
                summation, currency: currency, taxCurrency: settlement.string("TaxCurrencyCode"),
                into: &document.totals)
        }
    }

    /// Reads the totals (BG-22). BT-110 is the `ram:TaxTotalAmount` in the invoice currency, or else
    /// the first one without a currency attribute. BT-111 is the one in the VAT accounting currency.
    private static func readSummation(
        _ summation: XMLNode, currency: String?, taxCurrency: String?, into totals: inout Totals
    ) throws(XMLImportFailure) {
        totals.lineNet = try summation.number(.amount, "LineTotalAmount")
        totals.charges = try summation.number(.amount, "ChargeTotalAmount")
        totals.allowances = try summation.number(.amount, "AllowanceTotalAmount")
        totals.taxExclusive = try summation.number(.amount, "TaxBasisTotalAmount")
        totals.taxInclusive = try summation.number(.amount, "GrandTotalAmount")
        totals.prepaid = try summation.number(.amount, "TotalPrepaidAmount")
        totals.rounding = try summation.number(.amount, "RoundingAmount")
        totals.payable = try summation.number(.amount, "DuePayableAmount")

        let taxTotals = summation.children("TaxTotalAmount")
        let vatTotal =
            taxTotals.first { $0.element.attribute("currencyID")?.trimmingSpaces == currency }
            ?? taxTotals.first { $0.element.attribute("currencyID") == nil || currency == nil }
        totals.vat = try vatTotal?.numberValue(.amount)
        if let taxCurrency, taxCurrency != currency,
            let accountingTotal = taxTotals.first(where: { $0.element.attribute("currencyID")?.trimmingSpaces == taxCurrency })
        {
            totals.vatInAccountingCurrency = try accountingTotal.numberValue(.amount)
        }
    }
}
