import InvoiceModel

/// VAT rates allowed for the seller's territory on the document's date (CGI art. 278 to 281 nonies,
/// 294, 296, 297), and VAT categories that never apply to a French seller (L, M).
public enum VATRateRules {
    public static let allowedRate = RuleDescriptor(
        id: "FR-VAT-01", severity: .error,
        title: LocalizedText(
            fr: "taux ou catégorie de TVA non applicable sur le territoire à cette date",
            en: "VAT rate or category not applicable in the territory on that date"),
        reference: LocalizedText(fr: "CGI art. 278 à 281 nonies, 294, 296, 297 (CIBS L. 213-x); EN 16931-1 BT-151/BT-152", en: "CGI art. 278 to 281 nonies, 294, 296, 297 (CIBS L. 213-x); EN 16931-1 BT-151/BT-152"))

    public static let descriptors = [allowedRate, overseasDestination, outsideFrenchVAT]

    public static func check(_ document: Document, context: AuditContext) -> [Finding] {
        // The seller decides, not the format: unless it is shown to be established abroad, its rates are French.
        guard !document.isDraft, document.sellerCountsAsFrench, let date = document.issueDate
        else { return [] }
        // A header-level export has neither breakdown nor lines: nothing to look up.
        guard !document.vatBreakdown.isEmpty || !document.lines.isEmpty else { return [] }
        let territory = context.territory(of: document)
        let allowed = context.tables.allowedVATRates(in: territory, on: date)
        var findings: [Finding] = []
        var reported: Set<String> = []

        var uses: [(category: String?, rate: Amount?, location: SourceLocation?)] =
            document.vatBreakdown.map { ($0.category, $0.rate, nil) }
        uses += document.lines.map { ($0.vatCategory, $0.vatRate, $0.source) }
        for use in uses {
            let category = use.category?.trimmingSpaces.uppercased()
            if let category, category == "L" || category == "M", reported.insert("category \(category)").inserted {
                findings.append(
                    allowedRate.finding(
                        on: document,
                        fr: "catégorie de TVA '\(category)' (IGIC des Canaries, IPSI de Ceuta et Melilla) impossible pour un vendeur français : utilisez S, E, AE, K, G, O ou Z",
                        en: "VAT category '\(category)' (Canary Islands IGIC, Ceuta and Melilla IPSI) cannot apply to a French seller: use S, E, AE, K, G, O or Z",
                        location: use.location))
                continue
            }
            guard let rate = use.rate, rate > .zero, category == nil || category == "S", let allowed else { continue }
            guard !allowed.contains(rate), reported.insert("rate \(rate)").inserted else { continue }
            let list = allowed.map(\.description).joined(separator: ", ")
            let listFR = allowed.map(\.frenchText).joined(separator: " ; ")
            let message: (fr: String, en: String) =
                allowed.isEmpty
                ? (
                    "taux de TVA de \(rate.frenchText) % alors que la TVA n'est pas applicable en \(territory.nameFR) : facturez sans TVA",
                    "VAT rate of \(rate)% although VAT does not apply in \(territory.nameEN): invoice without VAT"
                )
                : (
                    "taux de TVA de \(rate.frenchText) % non applicable en \(territory.nameFR) au \(date.frenchText) (taux possibles : \(listFR)) : corrigez le taux",
                    "VAT rate of \(rate)% does not apply in \(territory.nameEN) on \(date) (allowed: \(list)): correct the rate"
                )
            findings.append(allowedRate.finding(on: document, fr: message.fr, en: message.en, location: use.location))
        }
        return findings
    }
}

extension Territory {
    var nameFR: String {
        switch self {
        case .metropolitan: "France métropolitaine"
        case .corsica: "Corse"
        case .guadeloupe: "Guadeloupe"
        case .martinique: "Martinique"
        case .reunion: "La Réunion"
        case .guyane: "Guyane"
        case .mayotte: "Mayotte"
        case .saintBarthelemy: "Saint-Barthélemy"
        case .saintMartin: "Saint-Martin"
        case .saintPierreEtMiquelon: "Saint-Pierre-et-Miquelon"
        case .wallisEtFutuna: "Wallis-et-Futuna"
        case .frenchPolynesia: "Polynésie française"
        case .newCaledonia: "Nouvelle-Calédonie"
        }
    }

    /// The French name with its preposition of place: « à Mayotte », « en Polynésie française ».
    var locativeFR: String {
        switch self {
        case .metropolitan, .corsica, .guadeloupe, .martinique, .guyane, .frenchPolynesia, .newCaledonia: "en \(nameFR)"
        case .reunion, .mayotte, .saintBarthelemy, .saintMartin, .saintPierreEtMiquelon, .wallisEtFutuna: "à \(nameFR)"
        }
    }

    var nameEN: String {
        switch self {
        case .metropolitan: "metropolitan France"
        case .corsica: "Corsica"
        case .guadeloupe: "Guadeloupe"
        case .martinique: "Martinique"
        case .reunion: "La Réunion"
        case .guyane: "French Guiana"
        case .mayotte: "Mayotte"
        case .saintBarthelemy: "Saint-Barthélemy"
        case .saintMartin: "Saint-Martin"
        case .saintPierreEtMiquelon: "Saint-Pierre-et-Miquelon"
        case .wallisEtFutuna: "Wallis and Futuna"
        case .frenchPolynesia: "French Polynesia"
        case .newCaledonia: "New Caledonia"
        }
    }
}
