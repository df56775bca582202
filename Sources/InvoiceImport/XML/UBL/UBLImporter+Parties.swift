import InvoiceModel

extension UBLImporter {
    /// Reads a party from a `cac:Party`, `cac:PayeeParty`, `cac:TaxRepresentativeParty` or
    /// `cac:DeliveryParty` element (BG-4, BG-7, BG-10, BG-11, BT-70). The same children serve every role.
    ///
    /// A `cac:PartyIdentification` whose scheme is `SEPA` is the creditor identifier (BT-90), read
    /// by ``creditorReference(_:)``, and is left out of the party identifiers. The seller's and
    /// buyer's name is their registration name; the payee's, tax representative's and delivery
    /// party's (BT-59, BT-62, BT-70) is `cac:PartyName/cbc:Name`, asked with `nameIsPartyName`.
    static func party(_ node: XMLNode?, nameIsPartyName: Bool = false) -> Party? {
        guard let node else { return nil }
        let tradingName = node.string("PartyName", "Name")
        let taxSchemes = node.children("PartyTaxScheme")
        var party = Party(
            // BT-27 is the registration name only; a display name falls back to BT-28 where needed.
            name: nameIsPartyName ? tradingName : node.string("PartyLegalEntity", "RegistrationName"),
            tradingName: tradingName,
            vatID: taxSchemes.first { $0.string("TaxScheme", "ID")?.uppercased() == "VAT" }?.string("CompanyID"),
            address: node.child("PostalAddress").map(postalAddress),
            identifiers: node.children("PartyIdentification").compactMap { identification -> Identifier? in
                let scheme = identification.attribute("schemeID", of: "ID")
                guard let value = identification.string("ID") ?? scheme.map({ _ in "" }) else { return nil }
                return scheme?.uppercased() == "SEPA" ? nil : Identifier(value: value, scheme: scheme)
            },
            taxRegistrationID: taxSchemes.first { $0.string("TaxScheme", "ID")?.uppercased() != "VAT" }?.string("CompanyID"),
            additionalLegalInfo: node.string("PartyLegalEntity", "CompanyLegalForm"),
            electronicAddress: node.child("EndpointID").flatMap { endpoint in
                endpoint.trimmedText.map { Identifier(value: $0, scheme: endpoint.element.attribute("schemeID")?.trimmingSpaces) }
            },
            contact: node.child("Contact").flatMap(contact))
        let registrationScheme = node.attribute("schemeID", of: "PartyLegalEntity", "CompanyID")
        if let companyID = node.string("PartyLegalEntity", "CompanyID") ?? registrationScheme.map({ _ in "" }) {
            party.legalRegistration = Identifier(value: companyID, scheme: registrationScheme)
        }
        FrenchIdentifiers.apply(to: &party, partyIdentifiers: party.identifiers)
        return party
    }

    /// Reads the seller's or payee's bank-assigned creditor identifier (BT-90): a
    /// `cac:PartyIdentification/cbc:ID` with scheme `SEPA`, on the payee first, then on the seller.
    static func creditorReference(_ root: XMLNode) -> String? {
        let parties = [root.child("PayeeParty"), root.child("AccountingSupplierParty", "Party")].compactMap { $0 }
        for party in parties {
            for identification in party.children("PartyIdentification")
            where identification.attribute("schemeID", of: "ID")?.uppercased() == "SEPA" {
                if let value = identification.string("ID") { return value }
            }
        }
        return nil
    }

    static func postalAddress(_ node: XMLNode) -> PostalAddress {
        var lines = [node.string("StreetName"), node.string("AdditionalStreetName")].compactMap { $0 }
        lines += node.children("AddressLine").compactMap { $0.string("Line") }
        return PostalAddress(
            lines: lines, city: node.string("CityName"), postalCode: node.string("PostalZone"),
            subdivision: node.string("CountrySubentity"), country: node.string("Country", "IdentificationCode"))
    }

    /// Reads a `cac:Contact` (BG-6, BG-9), or `nil` when it names nothing.
    private static func contact(_ node: XMLNode) -> Contact? {
        let contact = Contact(
            name: node.string("Name"), telephone: node.string("Telephone"), email: node.string("ElectronicMail"))
        return contact == Contact() ? nil : contact
    }
}
