import InvoiceModel

extension CSVMapping.Defaults {
    /// Returns `seller` with what the export left empty taken from the mapping's defaults: name,
    /// SIRET (which also gives the SIREN), SIREN and VAT number. Returns `nil` when both are empty.
    func filling(_ seller: Party?) -> Party? {
        var seller = seller ?? Party()
        if seller.name == nil { seller.name = sellerName?.trimmingSpaces }
        if seller.siret == nil, let value = sellerSiret,
            let identifier = CSVIdentifierParsing.parseCompanyIdentifier(value).value, identifier.siret != nil
        {
            seller.siret = identifier.siret
            if seller.siren == nil { seller.siren = identifier.siren }
        }
        if seller.siren == nil, let value = sellerSiren, let identifier = CSVIdentifierParsing.parseCompanyIdentifier(value).value {
            seller.siren = identifier.siren
        }
        if seller.vatID == nil { seller.vatID = sellerVatId?.trimmingSpaces }
        return seller == Party() ? nil : seller
    }
}
