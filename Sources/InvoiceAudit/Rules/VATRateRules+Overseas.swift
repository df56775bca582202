import InvoiceModel

/// FR-VAT-03: a supply from metropolitan France (or Corsica) to Guadeloupe, Martinique, La
/// Réunion, Guyane or Mayotte is treated as an export or an import (CGI art. 294-2 and 294-3),
/// so French VAT at a metropolitan rate is probably wrong. A warning, because some services stay
/// taxable in France.
///
/// The destination is the delivery address (BG-15), else the buyer's address. Its territory comes
/// from the postcode (971 to 974, 976) or the country code (GP, MQ, RE, GF, YT), and the seller's
/// is found as in FR-VAT-01.
extension VATRateRules {
    public static let overseasDestination = RuleDescriptor(
        id: "FR-VAT-03", severity: .warning,
        title: LocalizedText(
            fr: "TVA métropolitaine sur une opération à destination de l'outre-mer",
            en: "metropolitan VAT on a supply to an overseas department"),
        reference: LocalizedText(fr: "CGI art. 294-2 et 294-3; BOI-TVA-GEO-20-10", en: "CGI art. 294-2 and 294-3; BOI-TVA-GEO-20-10"))

    static let overseas: Set<Territory> = [.guadeloupe, .martinique, .reunion, .guyane, .mayotte]

    public static func checkOverseasDestination(_ document: Document, context: AuditContext) -> [Finding] {
        guard !document.isDraft, document.sellerCountsAsFrench, let date = document.issueDate,
            let address = document.deliveryAddress ?? document.buyer?.address
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
            overseasDestination.finding(
                on: document,
                fr: "TVA de \(rate.frenchText) % facturée par un vendeur de \(seller.nameFR) à destination de l'outre-mer (\(buyer.nameFR), '\(place)') : des biens livrés outre-mer sont une exportation exonérée (art. 294 du CGI) et les services suivent leurs propres règles de lieu, vérifiez la catégorie de TVA",
                en: "VAT of \(rate)% charged by a seller in \(seller.nameEN) for an overseas destination (\(buyer.nameEN), '\(place)'): goods delivered to an overseas department are an exempt export (CGI art. 294) and services follow their own place-of-supply rules, check the VAT category")
        ]
    }
}
