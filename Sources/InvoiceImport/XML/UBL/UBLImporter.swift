import InvoiceModel

/// Imports a UBL 2.1 Invoice or CreditNote (EN 16931 UBL syntax, Peppol BIS, XRechnung UBL,
/// French CTC UBL) into one ``Document``.
///
/// Elements are matched by local name, so any namespace prefix works. Values are kept as the
/// source wrote them: totals are not recomputed and amounts keep their scale. A value that
/// cannot be read (an amount, a date) is imported as missing with a warning naming the element
/// and its line.
struct UBLImporter {
    static let invoiceNamespace = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
    static let creditNoteNamespace = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"

    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let stream = UBLImporter.lineStream(file: file)
        return XMLDocumentImport.importDocument(bytes, file: file, format: .ubl, stream: stream) {
            root throws(XMLImportFailure) in
            try UBLImporter.document(from: root, file: file, stream: stream)
        }
    }

    /// Maps a parsed UBL document; `stream` contains its lines when they were mapped during parsing.
    static func document(from root: XMLNode, file: String, stream: XMLLineStream? = nil) throws(XMLImportFailure)
        -> Document
    {
        let isCreditNote: Bool
        switch (root.element.localName, root.element.namespaceURI) {
        case ("Invoice", invoiceNamespace): isCreditNote = false
        case ("CreditNote", creditNoteNamespace): isCreditNote = true
        default:
            throw XMLDocumentImport.unexpectedRoot(
                root, expected: "'{\(invoiceNamespace)}Invoice'", "'{\(creditNoteNamespace)}CreditNote'")
        }
        try XMLNamespaceCheck.ubl.verify(root, stream: stream)
        try XMLCardinalityCheck.ubl.verify(root, stream: stream)

        // The code stays as written (nil when missing) so that BR-04 can report it. A CreditNote root
        // is itself a credit note, so the root gives the kind when the code is missing.
        let typeCode = root.string(isCreditNote ? "CreditNoteTypeCode" : "InvoiceTypeCode")
        let kind = typeCode.flatMap { DocumentKind(untdid: $0) } ?? (isCreditNote ? .creditNote : .invoice)
        let currency = root.string("DocumentCurrencyCode")

        var document = Document(
            number: root.string("ID"), kind: kind, typeCode: typeCode,
            issueDate: root.date(.iso, "IssueDate"),
            dueDate: dueDate(root, isCreditNote: isCreditNote),
            currency: currency,
            specification: root.string("CustomizationID"),
            seller: party(root.child("AccountingSupplierParty", "Party")),
            buyer: party(root.child("AccountingCustomerParty", "Party")),
            source: SourceLocation(file: file, line: root.line, element: root.path),
            sourceFormat: .ubl)
        document.businessProcess = root.string("ProfileID")
        document.operationCategory = document.businessProcess.flatMap { OperationCategory(billingFramework: $0) }
        document.vatAccountingCurrency = root.string("TaxCurrencyCode")
        document.taxPointDate = root.date(.iso, "TaxPointDate")
        document.taxPointDateCode = root.child("InvoicePeriod")?.string("DescriptionCode")
        document.buyerReference = root.string("BuyerReference")
        document.references = references(root)
        PartialConstructionInvoice.note(&document)
        document.supportingDocuments = supportingDocuments(root)
        document.payee = party(root.child("PayeeParty"), nameIsPartyName: true)
        document.taxRepresentative = party(root.child("TaxRepresentativeParty"), nameIsPartyName: true)
        document.delivery = deliveryInformation(root.child("Delivery"))
        document.invoicePeriod = period(root.child("InvoicePeriod"))
        document.paymentMeans = root.children("PaymentMeans").map(paymentMeans)
        document.remittanceInformation = root.children("PaymentMeans").lazy.compactMap { $0.string("PaymentID") }.first
        document.mandateReference = root.children("PaymentMeans").lazy.compactMap {
            $0.string("PaymentMandate", "ID")
        }.first
        document.creditorReference = creditorReference(root)
        document.allowanceCharges = root.children("AllowanceCharge").compactMap { allowanceCharge($0, file: file) }
        document.lines = lines(root, isCreditNote: isCreditNote, file: file, stream: stream)
        readTaxTotals(root, currency: currency, into: &document)
        readMonetaryTotal(root.child("LegalMonetaryTotal"), into: &document.totals)
        document.sourceFacts = SourceFacts(
            hasMonetaryTotals: root.child("LegalMonetaryTotal") != nil,
            vatTotalsInInvoiceCurrency: root.children("TaxTotal").filter {
                currency != nil && $0.attribute("currencyID", of: "TaxAmount") == currency
            }.count,
            ublRepetitions: repetitions(root), syntaxValues: syntaxValues(root, file: file, stream: stream),
            ublTaxTotals: root.children("TaxTotal").map(taxTotalFacts))
        document.precedingInvoices = precedingInvoices(root)
        document.paymentTerms = XMLNode.joinedText(root.children("PaymentTerms").flatMap { $0.children("Note") })
        document.notes = root.children("Note").compactMap(\.trimmedText).map { Note(ublText: $0) }
        return document
    }

    /// Reads BT-9 from `cbc:DueDate` on an Invoice. A UBL 2.1 CreditNote has no such element, so
    /// the date comes from its first payment means that carries one.
    private static func dueDate(_ root: XMLNode, isCreditNote: Bool) -> CivilDate? {
        guard isCreditNote else { return root.date(.iso, "DueDate") }
        for means in root.children("PaymentMeans") {
            if let date = means.date(.iso, "PaymentDueDate") { return date }
        }
        return nil
    }

    /// Reads BT-110, BT-111 and the VAT breakdown (BG-23).
    ///
    /// BT-110 is the `cac:TaxTotal` whose tax amount is in the invoice currency, or else the first
    /// one without a currency attribute. BT-111 is the one in the VAT accounting currency, when that
    /// currency differs. Subtotals are read from every `cac:TaxTotal` except the BT-111 one.
    private static func readTaxTotals(_ root: XMLNode, currency: String?, into document: inout Document)
    {
        let taxTotals = root.children("TaxTotal")
        let vatTotal =
            taxTotals.first { $0.attribute("currencyID", of: "TaxAmount") == currency }
            ?? taxTotals.first { $0.attribute("currencyID", of: "TaxAmount") == nil || currency == nil }
        var accountingTotal: XMLNode?
        if let taxCurrency = root.string("TaxCurrencyCode"), taxCurrency != currency {
            accountingTotal = taxTotals.first { $0.attribute("currencyID", of: "TaxAmount") == taxCurrency }
        }
        document.totals.vat = vatTotal?.number(.amount, "TaxAmount")
        document.totals.vatInAccountingCurrency = accountingTotal?.number(.amount, "TaxAmount")

        // NOTE: the UBL artefact also counts the subtotals of the BT-111 total in BR-S-08 and the
        // other -08 rules. They are left out here, so such subtotals give no BR-S-08.
        for total in taxTotals where total.element !== accountingTotal?.element {
            for subtotal in total.children("TaxSubtotal") {
                document.vatBreakdown.append(
                    VATBreakdown(
                        category: subtotal.string("TaxCategory", "ID"),
                        rate: subtotal.number(.rate, "TaxCategory", "Percent"),
                        taxableAmount: subtotal.number(.amount, "TaxableAmount"),
                        taxAmount: subtotal.number(.amount, "TaxAmount"),
                        exemptionReason: subtotal.string("TaxCategory", "TaxExemptionReason"),
                        exemptionReasonCode: subtotal.string("TaxCategory", "TaxExemptionReasonCode"),
                        taxScheme: subtotal.string("TaxCategory", "TaxScheme", "ID")))
            }
        }
    }

    /// Returns a `cac:TaxTotal`'s amount and the sum of its subtotals, as BR-CO-14 compares them.
    private static func taxTotalFacts(_ total: XMLNode) -> UBLTaxTotal {
        let subtotals = total.children("TaxSubtotal")
        let sum = subtotals.compactMap { $0.number(.amount, "TaxAmount") }.reduce(Amount.zero, +)
        return UBLTaxTotal(taxAmount: total.number(.amount, "TaxAmount"), subtotalSum: subtotals.isEmpty ? nil : sum)
    }

    private static func readMonetaryTotal(_ total: XMLNode?, into totals: inout Totals) {
        guard let total else { return }
        totals.lineNet = total.number(.amount, "LineExtensionAmount")
        totals.allowances = total.number(.amount, "AllowanceTotalAmount")
        totals.charges = total.number(.amount, "ChargeTotalAmount")
        totals.taxExclusive = total.number(.amount, "TaxExclusiveAmount")
        totals.taxInclusive = total.number(.amount, "TaxInclusiveAmount")
        totals.prepaid = total.number(.amount, "PrepaidAmount")
        totals.rounding = total.number(.amount, "PayableRoundingAmount")
        totals.payable = total.number(.amount, "PayableAmount")
    }

    /// Reads the preceding invoices (BG-3). A reference without `cbc:ID` keeps an empty number, so
    /// rules can still report it.
    private static func precedingInvoices(_ root: XMLNode) -> [InvoiceReference] {
        var references: [InvoiceReference] = []
        for billing in root.children("BillingReference") {
            // A billing reference without an invoice document reference still counts, for BR-55.
            guard let reference = billing.child("InvoiceDocumentReference") else {
                references.append(InvoiceReference(number: ""))
                continue
            }
            references.append(
                InvoiceReference(
                    number: reference.string("ID") ?? "", issueDate: reference.date(.iso, "IssueDate"),
                    typeCode: reference.string("DocumentTypeCode")))
        }
        return references
    }

    /// Counts the UBL elements that the model keeps once, for the UBL-SR rules.
    private static func repetitions(_ root: XMLNode) -> UBLRepetitions {
        let sellerSchemes = root.child("AccountingSupplierParty", "Party")?.children("PartyTaxScheme") ?? []
        let buyerSchemes = root.child("AccountingCustomerParty", "Party")?.children("PartyTaxScheme") ?? []
        let vatIdentifiers = { (schemes: [XMLNode]) in
            schemes.filter { $0.string("TaxScheme", "ID")?.uppercased() == "VAT" && $0.child("CompanyID") != nil }.count
        }
        let paymentIDs = root.children("PaymentMeans").flatMap { $0.children("PaymentID") }.map { $0.element.text }
        return UBLRepetitions(
            sellerTaxSchemes: sellerSchemes.count, sellerVATIdentifiers: vatIdentifiers(sellerSchemes),
            buyerVATIdentifiers: vatIdentifiers(buyerSchemes), distinctPaymentIDs: Set(paymentIDs).count)
    }
}
