import InvoiceModel

extension CIIImporter {
    /// Reads BT-11 … BT-18 from the header trade agreement and delivery.
    static func references(agreement: XMLNode?, delivery: XMLNode?, vocabulary: CIIVocabulary) -> DocumentReferences {
        var references = DocumentReferences(
            project: agreement?.string("SpecifiedProcuringProject", "ID"),
            projectName: agreement?.string("SpecifiedProcuringProject", "Name"),
            contract: vocabulary.referencedID(in: agreement?.child("ContractReferencedDocument")),
            purchaseOrder: vocabulary.referencedID(in: agreement?.child("BuyerOrderReferencedDocument")),
            salesOrder: vocabulary.referencedID(in: agreement?.child("SellerOrderReferencedDocument")),
            receivingAdvice: vocabulary.referencedID(in: delivery?.child("ReceivingAdviceReferencedDocument")),
            despatchAdvice: vocabulary.referencedID(in: delivery?.child(vocabulary.despatchAdvice)))
        for document in agreement?.children("AdditionalReferencedDocument") ?? [] {
            switch document.string("TypeCode") {
            case "50":
                references.tender = references.tender ?? vocabulary.referencedID(in: document)
            case "130":
                if references.invoicedObject == nil, let id = vocabulary.referencedID(in: document) {
                    references.invoicedObject = Identifier(value: id, scheme: document.string("ReferenceTypeCode"))
                }
            default:
                break
            }
        }
        return references
    }

    /// Reads the supporting documents (BG-24): every `ram:AdditionalReferencedDocument` of the
    /// agreement except tender (50) and invoiced-object (130) references. Attachments are described
    /// by MIME code, file name and encoded length; their content is not kept.
    static func supportingDocuments(_ agreement: XMLNode?, vocabulary: CIIVocabulary) -> [SupportingDocument] {
        guard let agreement else { return [] }
        return agreement.children("AdditionalReferencedDocument").compactMap { node in
            let typeCode = node.string("TypeCode")
            if typeCode == "50" || typeCode == "130" { return nil }
            var document = SupportingDocument(
                id: vocabulary.referencedID(in: node), typeCode: typeCode, description: node.string("Name"),
                externalURI: node.string("URIID"))
            if let binary = node.child("AttachmentBinaryObject") {
                document.attachment = Attachment(
                    mimeCode: binary.element.attribute("mimeCode")?.trimmingSpaces,
                    filename: binary.element.attribute("filename")?.trimmingSpaces,
                    encodedLength: binary.element.omittedTextLength ?? binary.trimmedText?.utf8.count ?? 0)
            }
            return document
        }
    }

    /// Reads the delivery information (BG-13): the ship-to party with its address (BG-15), its
    /// location id (BT-71), the actual delivery date (BT-72) and the despatch advice date.
    static func deliveryInformation(_ node: XMLNode?, vocabulary: CIIVocabulary) -> Delivery? {
        guard let node else { return nil }
        let shipTo = node.child("ShipToTradeParty")
        let despatch = node.child(vocabulary.despatchAdvice)
        var despatchDate = despatch?.date(.format102, "FormattedIssueDateTime", "DateTimeString")
        if despatchDate == nil {
            // ZUGFeRD 1.0 writes an xs:dateTime such as 2013-06-03T00:00:00 in ram:IssueDateTime.
            despatchDate = despatch?.date(.format102, "IssueDateTime")
        }
        var delivery = Delivery(
            party: party(shipTo),
            actualDate: node.date(.format102, "ActualDeliverySupplyChainEvent", "OccurrenceDateTime", "DateTimeString"),
            despatchDate: despatchDate)
        if let shipTo {
            let identifiers = identifiers(shipTo)
            delivery.locationID = identifiers.first { $0.scheme != nil } ?? identifiers.first
        }
        return delivery == Delivery() ? nil : delivery
    }
}
