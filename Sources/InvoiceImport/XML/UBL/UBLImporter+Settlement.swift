import InvoiceModel

extension UBLImporter {
    /// Reads one `cac:PaymentMeans` (BG-16 with BG-17, BG-18 and BT-91).
    static func paymentMeans(_ node: XMLNode) -> PaymentMeans {
        var means = PaymentMeans(
            typeCode: node.string("PaymentMeansCode"), text: node.attribute("name", of: "PaymentMeansCode"))
        if let account = node.child("PayeeFinancialAccount") {
            means.account = FinancialAccount(
                id: account.string("ID"), name: account.string("Name"),
                serviceProvider: account.string("FinancialInstitutionBranch", "ID"))
        }
        if let card = node.child("CardAccount") {
            means.card = PaymentCard(
                primaryAccountNumber: card.string("PrimaryAccountNumberID"), holderName: card.string("HolderName"))
        }
        means.debitedAccount = node.string("PaymentMandate", "PayerFinancialAccount", "ID")
        return means
    }

    /// Reads a `cac:AllowanceCharge` at document or line level (BG-20, BG-21, BG-27, BG-28), or
    /// `nil`, with a warning, when its charge indicator is missing or unreadable.
    static func allowanceCharge(_ node: XMLNode, file: String) -> AllowanceCharge? {
        guard let isCharge = node.chargeIndicator("ChargeIndicator") else { return nil }
        return AllowanceCharge(
            isCharge: isCharge,
            amount: node.number(.amount, "Amount"),
            baseAmount: node.number(.amount, "BaseAmount"),
            percentage: node.number(.rate, "MultiplierFactorNumeric"),
            vatCategory: node.string("TaxCategory", "ID"),
            vatRate: node.number(.rate, "TaxCategory", "Percent"),
            reason: node.string("AllowanceChargeReason"),
            reasonCode: node.string("AllowanceChargeReasonCode"),
            source: SourceLocation(file: file, line: node.line, element: node.path))
    }

    /// Reads a period (BG-14, BG-26) from its `cbc:StartDate` and `cbc:EndDate`. A period element
    /// without either date gives an empty ``Period``, which BR-CO-19 and BR-CO-20 report.
    static func period(_ node: XMLNode?) -> Period? {
        guard let node else { return nil }
        return Period(start: node.date(.iso, "StartDate"), end: node.date(.iso, "EndDate"))
    }

    /// Reads BT-11 … BT-19 from the document references of the root.
    static func references(_ root: XMLNode) -> DocumentReferences {
        var references = DocumentReferences(
            project: root.string("ProjectReference", "ID"),
            contract: root.string("ContractDocumentReference", "ID"),
            purchaseOrder: root.string("OrderReference", "ID"),
            salesOrder: root.string("OrderReference", "SalesOrderID"),
            receivingAdvice: root.string("ReceiptDocumentReference", "ID"),
            despatchAdvice: root.string("DespatchDocumentReference", "ID"),
            tender: root.string("OriginatorDocumentReference", "ID"),
            buyerAccounting: root.string("AccountingCost"))
        let objectReference = root.children("AdditionalDocumentReference").first { $0.string("DocumentTypeCode") == "130" }
        let objectScheme = objectReference?.attribute("schemeID", of: "ID")
        if let objectReference, let id = objectReference.string("ID") ?? objectScheme.map({ _ in "" }) {
            references.invoicedObject = Identifier(value: id, scheme: objectScheme)
        }
        return references
    }

    /// Reads the supporting documents (BG-24): every `cac:AdditionalDocumentReference` except the
    /// invoiced-object reference (type 130). Attachments are described, their content is not kept.
    static func supportingDocuments(_ root: XMLNode) -> [SupportingDocument] {
        root.children("AdditionalDocumentReference").compactMap { node in
            let typeCode = node.string("DocumentTypeCode")
            if typeCode == "130" { return nil }
            var document = SupportingDocument(
                id: node.string("ID"), typeCode: typeCode, description: node.string("DocumentDescription"),
                externalURI: node.string("Attachment", "ExternalReference", "URI"))
            if let binary = node.child("Attachment", "EmbeddedDocumentBinaryObject") {
                document.attachment = Attachment(
                    mimeCode: binary.element.attribute("mimeCode")?.trimmingSpaces,
                    filename: binary.element.attribute("filename")?.trimmingSpaces,
                    encodedLength: binary.element.omittedTextLength ?? binary.trimmedText?.utf8.count ?? 0)
            }
            return document
        }
    }

    /// Reads the delivery information (BG-13): the delivery party name (BT-70), location id
    /// (BT-71) and address (BG-15), and the actual delivery date (BT-72).
    static func deliveryInformation(_ node: XMLNode?) -> Delivery? {
        guard let node else { return nil }
        let location = node.child("DeliveryLocation")
        var party = self.party(node.child("DeliveryParty"), nameIsPartyName: true)
        if let address = location?.child("Address").map(postalAddress) {
            if party == nil { party = Party() }
            party?.address = address
        }
        var delivery = Delivery(party: party, actualDate: node.date(.iso, "ActualDeliveryDate"))
        if let id = location?.string("ID") {
            delivery.locationID = Identifier(value: id, scheme: location?.attribute("schemeID", of: "ID"))
        }
        return delivery == Delivery() ? nil : delivery
    }
}
