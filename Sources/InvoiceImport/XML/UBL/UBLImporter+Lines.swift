import InvoiceModel

extension UBLImporter {
    /// Reads the invoice lines (BG-25): `cac:InvoiceLine`, or `cac:CreditNoteLine` in a CreditNote.
    ///
    /// A line of the other kind (an `InvoiceLine` in a CreditNote) is read too, as the official
    /// EN 16931 artefact does, with one warning, because the UBL schema does not allow it.
    ///
    /// With `stream`, the lines were mapped while the document was parsed and `root` contains stubs
    /// in their place: only their warnings are added here, in the same order.
    static func lines(_ root: XMLNode, isCreditNote: Bool, file: String, stream: XMLLineStream? = nil) -> [Line] {
        let expected = isCreditNote ? "CreditNoteLine" : "InvoiceLine"
        let other = isCreditNote ? "InvoiceLine" : "CreditNoteLine"
        if root.element.children.contains(where: { $0.localName == other }) {
            let misnamed = root.children(anyOf: [expected, other]).filter { $0.element.localName == other }
            if let first = misnamed.first {
                root.notes.warn(first, UBLMessages.otherLineKind(found: other, count: misnamed.count, expected: expected, root: root.element.localName))
            }
        }
        if let stream { return stream.takeLines(into: root.notes) }
        return root.children(anyOf: [expected, other]).map { line($0, file: file) }
    }

    /// Returns the stream that maps the `cac:InvoiceLine` and `cac:CreditNoteLine` of a document
    /// as they close, as ``lines(_:isCreditNote:file:stream:)`` would.
    static func lineStream(file: String) -> XMLLineStream {
        XMLLineStream(
            parents: [], names: ["InvoiceLine", "CreditNoteLine"], check: .ubl, cardinality: .ubl,
            syntaxValues: streamedValues(file: file), map: { line($0, file: file) })
    }

    private static func line(_ node: XMLNode, file: String) -> Line {
        let quantityName = node.element.localName == "CreditNoteLine" ? "CreditedQuantity" : "InvoicedQuantity"
        return line(node, quantityName: quantityName, file: file)
    }

    private static func line(_ node: XMLNode, quantityName: String, file: String) -> Line {
        let price = node.child("Price")
        let priceDiscount = price?.children("AllowanceCharge").first { $0.string("ChargeIndicator") != "true" }
        var line = Line(
            id: node.string("ID"),
            description: node.string("Item", "Name"),
            quantity: node.number(.quantity, quantityName),
            unit: node.attribute("unitCode", of: quantityName),
            netPrice: price?.number(.price, "PriceAmount"),
            baseQuantity: price?.number(.quantity, "BaseQuantity"),
            netAmount: node.number(.amount, "LineExtensionAmount"),
            vatCategory: node.string("Item", "ClassifiedTaxCategory", "ID"),
            vatRate: node.number(.rate, "Item", "ClassifiedTaxCategory", "Percent"),
            source: SourceLocation(file: file, line: node.line, element: node.path),
            note: XMLNode.joinedText(node.children("Note")),
            orderLineReference: node.string("OrderLineReference", "LineID"),
            buyerAccountingReference: node.string("AccountingCost"),
            period: period(node.child("InvoicePeriod")),
            priceDiscount: priceDiscount?.number(.price, "Amount"),
            grossPrice: priceDiscount?.number(.price, "BaseAmount"),
            baseQuantityUnit: price?.attribute("unitCode", of: "BaseQuantity"),
            item: item(node.child("Item")),
            vatExemptionReason: node.string("Item", "ClassifiedTaxCategory", "TaxExemptionReason"),
            vatExemptionReasonCode: node.string("Item", "ClassifiedTaxCategory", "TaxExemptionReasonCode"))
        for reference in node.children("DocumentReference") where reference.string("DocumentTypeCode") == "130" {
            let scheme = reference.attribute("schemeID", of: "ID")
            if let id = reference.string("ID") ?? scheme.map({ _ in "" }) {
                line.objectIdentifier = Identifier(value: id, scheme: scheme)
                break
            }
        }
        line.allowanceCharges = node.children("AllowanceCharge").compactMap { allowanceCharge($0, file: file) }
        return line
    }

    /// Reads the item (BG-31 beyond its name, BG-32) from a `cac:Item`.
    private static func item(_ node: XMLNode?) -> Item? {
        guard let node else { return nil }
        let item = Item(
            description: node.string("Description"),
            sellerID: node.string("SellersItemIdentification", "ID"),
            buyerID: node.string("BuyersItemIdentification", "ID"),
            standardID: node.child("StandardItemIdentification", "ID").map {
                Identifier(value: $0.trimmedText ?? "", scheme: $0.element.attribute("schemeID")?.trimmingSpaces)
            },
            // An empty code is kept (value "") so that the rules on its list can still see it.
            classifications: node.children("CommodityClassification").compactMap { classification in
                guard let code = classification.child("ItemClassificationCode") else { return nil }
                return Classification(
                    value: code.trimmedText ?? "", listID: code.element.attribute("listID")?.trimmingSpaces,
                    listVersion: code.element.attribute("listVersionID")?.trimmingSpaces)
            },
            originCountry: node.string("OriginCountry", "IdentificationCode"),
            // A property without a name or value is kept with an empty one, for BR-54 to report.
            attributes: node.children("AdditionalItemProperty").map { property in
                ItemAttribute(name: property.string("Name") ?? "", value: property.string("Value") ?? "")
            })
        return item.isEmpty ? nil : item
    }
}
