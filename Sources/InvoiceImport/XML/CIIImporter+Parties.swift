import InvoiceModel

extension CIIImporter {
    /// Reads a seller or buyer from a `ram:SellerTradeParty` or `ram:BuyerTradeParty` (BG-4, BG-7).
    static func party(_ node: XMLNode?) -> Party? {
        guard let node else { return nil }
        let organization = node.child("SpecifiedLegalOrganization")
        var party = Party(
            name: node.string("Name"),
            tradingName: organization?.string("TradingBusinessName"),
            vatID: node.children("SpecifiedTaxRegistration")
                .first { $0.attribute("schemeID", of: "ID") == "VA" }?
                .string("ID"),
            address: node.child("PostalTradeAddress").map(postalAddress))
        if let organization, let id = organization.string("ID") {
            party.legalRegistration = Identifier(value: id, scheme: organization.attribute("schemeID", of: "ID"))
        }
        var identifiers = node.children("ID").compactMap { $0.trimmedText.map { Identifier(value: $0) } }
        identifiers += node.children("GlobalID").compactMap { global in
            global.trimmedText.map { Identifier(value: $0, scheme: global.attribute("schemeID")) }
        }
        FrenchIdentifiers.apply(to: &party, partyIdentifiers: identifiers)
        return party
    }

    private static func postalAddress(_ node: XMLNode) -> PostalAddress {
        PostalAddress(
            lines: [node.string("LineOne"), node.string("LineTwo"), node.string("LineThree")].compactMap { $0 },
            city: node.string("CityName"), postalCode: node.string("PostcodeCode"),
            subdivision: node.string("CountrySubDivisionName"), country: node.string("CountryID"))
    }

    /// Reads the invoice lines (BG-25), one per `ram:IncludedSupplyChainTradeLineItem`.
    static func lines(_ transaction: XMLNode?, file: String) throws(XMLImportFailure) -> [Line] {
        guard let transaction else { return [] }
        var lines: [Line] = []
        // NOTE: EXTENDED sub-invoice lines (ram:ParentLineID, ram:LineStatusReasonCode DETAIL or
        // INFORMATION) are kept as ordinary lines, so a sum over all lines can exceed BT-106.
        for node in transaction.children("IncludedSupplyChainTradeLineItem") {
            let price = node.child("SpecifiedLineTradeAgreement", "NetPriceProductTradePrice")
            let settlement = node.child("SpecifiedLineTradeSettlement")
            lines.append(
                Line(
                    id: node.string("AssociatedDocumentLineDocument", "LineID"),
                    description: node.string("SpecifiedTradeProduct", "Name"),
                    quantity: try node.number(.quantity, "SpecifiedLineTradeDelivery", "BilledQuantity"),
                    unit: node.attribute("unitCode", of: "SpecifiedLineTradeDelivery", "BilledQuantity"),
                    netPrice: try price?.number(.price, "ChargeAmount"),
                    baseQuantity: try price?.number(.quantity, "BasisQuantity"),
                    netAmount: try settlement?.number(
                        .amount, "SpecifiedTradeSettlementLineMonetarySummation", "LineTotalAmount"),
                    vatCategory: settlement?.string("ApplicableTradeTax", "CategoryCode"),
                    vatRate: try settlement?.number(.rate, "ApplicableTradeTax", "RateApplicablePercent"),
                    source: SourceLocation(file: file, line: node.line, element: node.path)))
        }
        return lines
    }
}
