import InvoiceModel

extension StripeDocumentMapper {
    /// Returns the buyer from an invoice's customer snapshot: `customer_name`, `customer_email`,
    /// `customer_address` and `customer_tax_ids`.
    func buyer() throws -> Party? {
        var party = Party(name: try reader.text("customer_name"))
        if let email = try reader.text("customer_email") { party.contact = Contact(email: email) }
        party.address = try reader.object("customer_address").flatMap(Self.address)
        try Self.addTaxIDs(reader.objects("customer_tax_ids"), to: &party)
        return party == Party() ? nil : party
    }

    /// Returns the seller from the account that issued the invoice: `account_name` and the expanded
    /// `account_tax_ids`.
    func seller() throws -> Party? {
        var party = Party(name: try reader.text("account_name"))
        // NOTE: account_tax_ids usually contains ids (`txi_…`) that only the API can resolve, so
        // only expanded objects give a value.
        try Self.addTaxIDs(reader.objects("account_tax_ids"), to: &party)
        return party == Party() ? nil : party
    }

    private static func address(_ object: StripeObjectReader) throws -> PostalAddress? {
        let lines = [try object.text("line1"), try object.text("line2")].compactMap { $0 }
        let address = PostalAddress(
            lines: lines, city: try object.text("city"), postalCode: try object.text("postal_code"),
            subdivision: try object.text("state"), country: try object.text("country"))
        return address == PostalAddress() ? nil : address
    }

    /// Files a VAT number (`eu_vat`, `gb_vat`, `ch_vat`…) as the VAT identifier and any other tax
    /// id as an identifier whose scheme is Stripe's type. A French SIREN or SIRET also fills those.
    private static func addTaxIDs(_ taxIDs: [StripeObjectReader], to party: inout Party) throws {
        for taxID in taxIDs {
            guard let value = try taxID.text("value") else { continue }
            let type = try taxID.text("type") ?? ""
            if type.hasSuffix("_vat"), party.vatID == nil {
                party.vatID = value
                continue
            }
            party.identifiers.append(Identifier(value: value, scheme: type.isEmpty ? nil : type))
            let digits = value.filter { $0 != " " }
            if digits.allSatisfy(\.isASCIIDigit), digits.count == 9 || digits.count == 14, type.hasPrefix("fr_") {
                party.siren = party.siren ?? String(digits.prefix(9))
                if digits.count == 14 { party.siret = digits }
            }
        }
    }
}
