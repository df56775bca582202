import InvoiceModel

extension CIIImporter {
    /// Reads a trade party: seller, buyer, payee, tax representative or ship-to party (BG-4, BG-7,
    /// BG-10, BG-11, BG-13). The same children serve every role in CII.
    static func party(_ node: XMLNode?) -> Party? {
        guard let node else { return nil }
        let organization = node.child("SpecifiedLegalOrganization")
        let registrations = node.children("SpecifiedTaxRegistration")
        func registration(_ scheme: String) -> String? {
            registrations.first { $0.attribute("schemeID", of: "ID") == scheme }?.string("ID")
        }
        var party = Party(
            name: node.string("Name"),
            tradingName: organization?.string("TradingBusinessName"),
            vatID: registration("VA"),
            address: node.child("PostalTradeAddress").map(postalAddress),
            identifiers: identifiers(node),
            taxRegistrationID: registration("FC"),
            additionalLegalInfo: node.string("Description"),
            electronicAddress: node.child("URIUniversalCommunication", "URIID").flatMap { uri in
                uri.trimmedText.map { Identifier(value: $0, scheme: uri.element.attribute("schemeID")?.trimmingSpaces) }
            },
            contact: node.child("DefinedTradeContact").flatMap(contact))
        if let organization, let id = organization.string("ID") {
            party.legalRegistration = Identifier(value: id, scheme: organization.attribute("schemeID", of: "ID"))
        }
        FrenchIdentifiers.apply(to: &party, partyIdentifiers: party.identifiers)
        return party
    }

    /// Reads the party identifiers (BT-29, BT-46, BT-60, BT-71): `ram:ID` without a scheme, then
    /// `ram:GlobalID` with its scheme.
    static func identifiers(_ node: XMLNode) -> [Identifier] {
        var identifiers = node.children("ID").compactMap { $0.trimmedText.map { Identifier(value: $0) } }
        identifiers += node.children("GlobalID").compactMap { global in
            global.trimmedText.map { Identifier(value: $0, scheme: global.element.attribute("schemeID")?.trimmingSpaces) }
        }
        return identifiers
    }

    private static func postalAddress(_ node: XMLNode) -> PostalAddress {
        PostalAddress(
            lines: [node.string("LineOne"), node.string("LineTwo"), node.string("LineThree")].compactMap { $0 },
            city: node.string("CityName"), postalCode: node.string("PostcodeCode"),
            subdivision: node.string("CountrySubDivisionName"), country: node.string("CountryID"))
    }

    /// Reads a `ram:DefinedTradeContact` (BG-6, BG-9). The department is used when no person is named.
    private static func contact(_ node: XMLNode) -> Contact? {
        let contact = Contact(
            name: node.string("PersonName") ?? node.string("DepartmentName"),
            telephone: node.string("TelephoneUniversalCommunication", "CompleteNumber"),
            email: node.string("EmailURIUniversalCommunication", "URIID"))
        return contact == Contact() ? nil : contact
    }
}
