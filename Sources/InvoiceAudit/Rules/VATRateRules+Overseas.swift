import InvoiceModel

/// FR-VAT-03: a supply from metropolitan France (or Corsica) to Guadeloupe, Martinique, La
/// Réunion, Guyane or Mayotte is treated as an export or an import (CGI art. 294-2 and 294-3),
/// so French VAT at a metropolitan rate is probably wrong. A warning, because some services stay
/// taxable in France.
///
/// The buyer's territory comes from its postcode (971 to 974, 976) or country code (GP, MQ, RE,
/// GF, YT); the seller's as in FR-VAT-01.
extension VATRateRules {
    public static let overseasBuyer = RuleDescriptor(
        id: "FR-VAT-03", severity: .warning,
        title: LocalizedText(
            fr: "TVA métropolitaine facturée à un acheteur d'outre-mer",
            en: "metropolitan VAT charged to an overseas buyer"),
        reference: "CGI art. 294-2 and 294-3; BOI-TVA-GEO-20-10")

    static let overseas: Set<Territory> = [.guadeloupe, .martinique, .reunion, .guyane, .mayotte]

    public static func checkOverseasBuyer(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.sellerIsFrench || document.sourceFormat == .csv, let date = document.issueDate,
            let address = document.buyer?.address
        else { return [] }
        let seller = context.territory(of: document)
        let buyer = Territory(postalCode: address.postalCode, country: address.country)
        guard seller == .metropolitan || seller == .corsica, overseas.contains(buyer),
            let allowed = context.tables.allowedVATRates(in: seller, on: date)
        else { return [] }
        let rates = document.vatBreakdown.map { ($0.category, $0.rate) } + document.lines.map { ($0.vatCategory, $0.vatRate) }
        let charged = rates.compactMap { category, rate -> Amount? in
            let code = category?.trimmingSpaces.uppercased()
            guard code == nil || code == "S", let rate, rate > .zero, allowed.contains(rate) else { return nil }
            return rate
        }
        guard let rate = charged.max() else { return [] }
        let place = [address.postalCode, address.country].compactMap(\.self).joined(separator: ", ")
        return [
            overseasBuyer.finding(
                on: document,
                fr: "TVA de \(rate.frenchText) % facturée par un vendeur de \(seller.nameFR) à un acheteur d'outre-mer (\(buyer.nameFR), '\(place)') : une livraison vers l'outre-mer est une exportation exonérée (art. 294 du CGI), vérifiez la catégorie de TVA",
                en: "VAT of \(rate)% charged by a seller in \(seller.nameEN) to an overseas buyer (\(buyer.nameEN), '\(place)'): a supply to an overseas department is an exempt export (CGI art. 294), check the VAT category")
        ]
    }
}
