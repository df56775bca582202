import InvoiceModel

/// FR-VAT-04: a seller in Saint-Barthélemy, Saint-Martin, Saint-Pierre-et-Miquelon, Wallis-et-Futuna,
/// French Polynesia or New Caledonia is outside the territory where French VAT applies. These
/// collectivities have their own taxes (French Polynesia's VAT, New Caledonia's TGC) or none, so
/// FR-VAT-01 cannot judge the rates, and a warning reports that the rates charged were not checked.
///
/// Rates configured for the collectivity in `tables.vatRates` are checked by FR-VAT-01 instead.
extension VATRateRules {
    public static let outsideFrenchVAT = RuleDescriptor(
        id: "FR-VAT-04", severity: .warning,
        title: LocalizedText(
            fr: "vendeur hors du territoire de la TVA française : taux non vérifiés",
            en: "seller outside the French VAT territory: rates not checked"),
        reference: LocalizedText(
            fr: "CGI art. 294; Constitution art. 74, 76 et 77 (collectivités d'outre-mer, Nouvelle-Calédonie)",
            en: "CGI art. 294; Constitution art. 74, 76 and 77 (overseas collectivities, New Caledonia)"))

    public static func checkOutsideTerritory(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.status != .draft else { return [] }
        let territory = context.territory(of: document)
        guard territory.isOutsideFrenchVAT else { return [] }
        if let date = document.issueDate, context.tables.allowedVATRates(in: territory, on: date) != nil { return [] }
        let rates = (document.vatBreakdown.map(\.rate) + document.lines.map(\.vatRate)).compactMap(\.self).filter { $0 > .zero }
        let amounts = ([document.totals.vat] + document.vatBreakdown.map(\.taxAmount)).compactMap(\.self).filter { $0 > .zero }
        guard !rates.isEmpty || !amounts.isEmpty else { return [] }
        let address = document.seller?.address
        let place = [address?.postalCode, address?.country].compactMap(\.self).joined(separator: ", ")
        let quoted = place.isEmpty ? "" : " ('\(place)')"
        let charged: (fr: String, en: String)
        if let rate = Set(rates).max() {
            charged = ("le taux de TVA de \(rate.frenchText) % n'est pas vérifié", "the VAT rate of \(rate)% was not checked")
        } else {
            let amount = amounts[0]
            charged = ("la TVA de \(amount.frenchText) n'est pas vérifiée", "the VAT of \(amount) was not checked")
        }
        return [
            outsideFrenchVAT.finding(
                on: document,
                fr: "vendeur \(territory.locativeFR)\(quoted), hors du territoire de la TVA française : \(charged.fr) ; vérifiez la taxe locale, ou donnez ses taux dans tables.vatRates (territoire '\(territory.rawValue)')",
                en: "seller in \(territory.nameEN)\(quoted), outside the French VAT territory: \(charged.en); check the local tax, or give its rates in tables.vatRates (territory '\(territory.rawValue)')")
        ]
    }
}
