import InvoiceModel

extension CIIImporter {
    /// Reads the invoice lines (BG-25), one per `ram:IncludedSupplyChainTradeLineItem`.
    ///
    /// Factur-X EXTENDED sub-lines keep their `ram:ParentLineID` and `ram:LineStatusReasonCode`,
    /// so sums can skip them through ``Line/countsInTotals``.
    ///
    /// With `stream`, the lines were mapped while the document was parsed and `transaction` contains
    /// stubs in their place: only their warnings are added here, in the same order.
    static func lines(_ transaction: XMLNode?, file: String, vocabulary: CIIVocabulary, stream: XMLLineStream? = nil)
        -> [Line]
    {
        guard let transaction else { return [] }
        if let stream { return stream.takeLines(into: transaction.notes) }
        var lines: [Line] = []
        for node in transaction.children("IncludedSupplyChainTradeLineItem") {
            lines.append(line(node, file: file, vocabulary: vocabulary))
        }
        return lines
    }

    /// Returns the stream that maps the line items of the first transaction as they close, as
    /// ``lines(_:file:vocabulary:stream:)`` would; `check` and
    /// `cardinality` are the syntax's checks.
    static func lineStream(
        file: String, vocabulary: CIIVocabulary, check: XMLNamespaceCheck, cardinality: XMLCardinalityCheck
    ) -> XMLLineStream {
        XMLLineStream(
            parents: [vocabulary.transaction], names: ["IncludedSupplyChainTradeLineItem"], check: check,
            cardinality: cardinality,
            map: { line($0, file: file, vocabulary: vocabulary) })
    }

    private static func line(_ node: XMLNode, file: String, vocabulary: CIIVocabulary) -> Line {
        let lineDocument = node.child("AssociatedDocumentLineDocument")
        let agreement = node.child(vocabulary.lineAgreement)
        let price = agreement?.child("NetPriceProductTradePrice")
        let grossPrice = agreement?.child("GrossPriceProductTradePrice")
        let settlement = node.child(vocabulary.lineSettlement)
        let tax = settlement?.child("ApplicableTradeTax")
        let billedQuantity = node.child(vocabulary.lineDelivery, "BilledQuantity")

        var line = Line(
            id: lineDocument?.string("LineID"),
            description: node.string("SpecifiedTradeProduct", "Name"),
            quantity: billedQuantity?.numberValue(.quantity),
            unit: billedQuantity?.element.attribute("unitCode")?.trimmingSpaces,
            netPrice: price?.number(.price, "ChargeAmount"),
            baseQuantity: price?.number(.quantity, "BasisQuantity"),
            netAmount: settlement?.number(.amount, vocabulary.lineSummation, "LineTotalAmount"),
            vatCategory: tax?.string("CategoryCode"),
            vatRate: vocabulary.rate(in: tax),
            source: SourceLocation(file: file, line: node.line, element: node.path),
            note: XMLNode.joinedText(lineDocument?.children("IncludedNote").flatMap { $0.children("Content") } ?? []),
            orderLineReference: agreement?.string("BuyerOrderReferencedDocument", "LineID"),
            buyerAccountingReference: settlement?.string("ReceivableSpecifiedTradeAccountingAccount", "ID"),
            period: period(settlement?.child("BillingSpecifiedPeriod")),
            grossPrice: grossPrice?.number(.price, "ChargeAmount"),
            baseQuantityUnit: price?.attribute("unitCode", of: "BasisQuantity"),
            item: item(node.child("SpecifiedTradeProduct")),
            vatExemptionReason: tax?.string("ExemptionReason"),
            vatExemptionReasonCode: tax?.string("ExemptionReasonCode"),
            parentLineID: lineDocument?.string("ParentLineID"),
            statusReasonCode: lineDocument?.string("LineStatusReasonCode"))

        let discount = grossPrice?.children("AppliedTradeAllowanceCharge").first {
            $0.string("ChargeIndicator", "Indicator") != "true"
        }
        line.priceDiscount = discount?.number(.price, "ActualAmount")
        for reference in settlement?.children("AdditionalReferencedDocument") ?? [] where reference.string("TypeCode") == "130" {
            if let id = vocabulary.referencedID(in: reference) {
                line.objectIdentifier = Identifier(value: id, scheme: reference.string("ReferenceTypeCode"))
                break
            }
        }
        for charge in settlement?.children("SpecifiedTradeAllowanceCharge") ?? [] {
            if let adjustment = allowanceCharge(charge, vocabulary: vocabulary, file: file) {
                line.allowanceCharges.append(adjustment)
            }
        }
        return line
    }

    /// Reads the item (BG-31 beyond its name, BG-32) from a `ram:SpecifiedTradeProduct`.
    private static func item(_ node: XMLNode?) -> Item? {
        guard let node else { return nil }
        let global = node.child("GlobalID")
        let item = Item(
            description: node.string("Description"),
            sellerID: node.string("SellerAssignedID"),
            buyerID: node.string("BuyerAssignedID"),
            standardID: global?.trimmedText.map {
                Identifier(value: $0, scheme: global?.element.attribute("schemeID")?.trimmingSpaces)
            },
            classifications: node.children("DesignatedProductClassification").compactMap { classification in
                guard let code = classification.child("ClassCode"), let value = code.trimmedText else { return nil }
                return Classification(
                    value: value, listID: code.element.attribute("listID")?.trimmingSpaces,
                    listVersion: code.element.attribute("listVersionID")?.trimmingSpaces)
            },
            originCountry: node.string("OriginTradeCountry", "ID"),
            attributes: node.children("ApplicableProductCharacteristic").compactMap { characteristic in
                guard let name = characteristic.string("Description") else { return nil }
                return ItemAttribute(name: name, value: characteristic.string("Value") ?? "")
            })
        return item.isEmpty ? nil : item
    }
}
