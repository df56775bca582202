import InvoiceModel

extension UBLImporter {
    /// Reads a seller or buyer from a `cac:Party` element (BG-4, BG-7).
    static func party(_ node: XMLNode?) -> Party? {
        guard let node else { return nil }
        let tradingName = node.string("PartyName", "Name")
        var party = Party(
            name: node.string("PartyLegalEntity", "RegistrationName") ?? tradingName,
            tradingName: tradingName,
            vatID: node.children("PartyTaxScheme")
                .first { $0.string("TaxScheme", "ID")?.uppercased() == "VAT" }?
                .string("CompanyID"),
            address: node.child("PostalAddress").map(postalAddress))
        if let companyID = node.string("PartyLegalEntity", "CompanyID") {
            party.legalRegistration = Identifier(
                value: companyID, scheme: node.attribute("schemeID", of: "PartyLegalEntity", "CompanyID"))
        }
        let identifiers = node.children("PartyIdentification").compactMap { identification -> Identifier? in
            guard let value = identification.string("ID") else { return nil }
            return Identifier(value: value, scheme: identification.attribute("schemeID", of: "ID"))
        }
        FrenchIdentifiers.apply(to: &party, partyIdentifiers: identifiers)
        return party
    }

    private static func postalAddress(_ node: XMLNode) -> PostalAddress {
        var lines = [node.string("StreetName"), node.string("AdditionalStreetName")].compactMap { $0 }
        lines += node.children("AddressLine").compactMap { $0.string("Line") }
        return PostalAddress(
            lines: lines, city: node.string("CityName"), postalCode: node.string("PostalZone"),
            subdivision: node.string("CountrySubentity"), country: node.string("Country", "IdentificationCode"))
    }

    /// Reads the invoice lines (BG-25): `cac:InvoiceLine`, or `cac:CreditNoteLine` in a CreditNote.
    static func lines(_ root: XMLNode, isCreditNote: Bool, file: String) throws(XMLImportFailure) -> [Line] {
        let quantityName = isCreditNote ? "CreditedQuantity" : "InvoicedQuantity"
        var lines: [Line] = []
        for node in root.children(isCreditNote ? "CreditNoteLine" : "InvoiceLine") {
            lines.append(
                Line(
                    id: node.string("ID"),
                    description: node.string("Item", "Name"),
                    quantity: try node.number(.quantity, quantityName),
                    unit: node.attribute("unitCode", of: quantityName),
                    netPrice: try node.number(.price, "Price", "PriceAmount"),
                    baseQuantity: try node.number(.quantity, "Price", "BaseQuantity"),
                    netAmount: try node.number(.amount, "LineExtensionAmount"),
                    vatCategory: node.string("Item", "ClassifiedTaxCategory", "ID"),
                    vatRate: try node.number(.rate, "Item", "ClassifiedTaxCategory", "Percent"),
                    source: SourceLocation(file: file, line: node.line, element: node.path)))
        }
        return lines
    }
}
