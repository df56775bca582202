import InvoiceModel

/// The VAT territories whose rates differ (CGI art. 278 to 281 nonies, 294, 296, 297).
public enum Territory: String, Sendable, Hashable, CaseIterable {
    /// Metropolitan France and Monaco.
    case metropolitan = "FR-MET"
    case corsica = "FR-COR"
    case guadeloupe = "GP"
    case martinique = "MQ"
    case reunion = "RE"
    /// Guyane: VAT provisionally not applicable (CGI art. 294-1).
    case guyane = "GF"
    /// Mayotte: VAT provisionally not applicable (CGI art. 294-1).
    case mayotte = "YT"
    /// The overseas collectivities outside the territory where French VAT applies, with their own
    /// taxes or none: no embedded rates, so FR-VAT-04 reports the VAT they charge.
    case saintBarthelemy = "BL"
    case saintMartin = "MF"
    case saintPierreEtMiquelon = "PM"
    case wallisEtFutuna = "WF"
    case frenchPolynesia = "PF"
    case newCaledonia = "NC"

    /// The country codes of France and of its overseas departments, which apply French VAT or are
    /// exempt from it (ISO 3166-1: GP, MQ, RE, GF, YT).
    public static let frenchCountryCodes: Set<String> = ["FR", "GP", "MQ", "RE", "GF", "YT"]

    /// True for the collectivities outside the French VAT territory (BL, MF, PM, WF, PF, NC).
    public var isOutsideFrenchVAT: Bool {
        switch self {
        case .saintBarthelemy, .saintMartin, .saintPierreEtMiquelon, .wallisEtFutuna, .frenchPolynesia, .newCaledonia: true
        case .metropolitan, .corsica, .guadeloupe, .martinique, .reunion, .guyane, .mayotte: false
        }
    }

    /// Finds the territory of a French postal code: 20xxx is Corsica, and 971 to 976 are the
    /// overseas departments, except 97133 (Saint-Barthélemy), 97150 (Saint-Martin) and 975
    /// (Saint-Pierre-et-Miquelon). 986 to 988 are the Pacific collectivities. Otherwise the ISO
    /// country code decides.
    public init(postalCode: String?, country rawCountry: String?) {
        // A seller without address, as in most CSV exports, is in metropolitan France.
        if postalCode == nil && rawCountry == nil {
            self = .metropolitan
            return
        }
        let code = (postalCode ?? "").filter { !$0.isWhitespace }
        let country = rawCountry?.trimmingSpaces.uppercased()
        let isFrench = country == nil || country == "FR"
        switch (isFrench, code.prefix(3)) {
        case (true, "971") where code == "97133": self = .saintBarthelemy
        case (true, "971") where code == "97150": self = .saintMartin
        case (true, "971"): self = .guadeloupe
        case (true, "972"): self = .martinique
        case (true, "973"): self = .guyane
        case (true, "974"): self = .reunion
        case (true, "976"): self = .mayotte
        case (true, "975"): self = .saintPierreEtMiquelon
        case (true, "986"): self = .wallisEtFutuna
        case (true, "987"): self = .frenchPolynesia
        case (true, "988"): self = .newCaledonia
        case (true, let prefix) where prefix.hasPrefix("20") && code.count == 5: self = .corsica
        default:
            switch country {
            case "GP": self = .guadeloupe
            case "MQ": self = .martinique
            case "GF": self = .guyane
            case "RE": self = .reunion
            case "YT": self = .mayotte
            case "BL": self = .saintBarthelemy
            case "MF": self = .saintMartin
            case "PM": self = .saintPierreEtMiquelon
            case "WF": self = .wallisEtFutuna
            case "PF": self = .frenchPolynesia
            case "NC": self = .newCaledonia
            default: self = .metropolitan
            }
        }
    }
}

/// The VAT rates allowed in one territory during one period, in percent.
public struct VATRatePeriod: Sendable, Hashable {
    public var territory: Territory
    public var from: CivilDate
    /// The last day the rates apply, or `nil` while they are in force.
    public var until: CivilDate?
    public var rates: [Amount]
    /// True for a row of `tables.vatRates` in facturaudit.json, which overrides the embedded rows
    /// of its territory on the dates it covers.
    public var isConfigured: Bool

    public init(territory: Territory, from: CivilDate, until: CivilDate?, rates: [Amount], isConfigured: Bool = false) {
        self.territory = territory
        self.from = from
        self.until = until
        self.rates = rates
        self.isConfigured = isConfigured
    }

    /// Metropolitan rates since 2014 (CGI art. 278 to 281 nonies); 19.6 % and 7 % before;
    /// Corsica adds its particular rates (CGI art. 297); Guadeloupe, Martinique and La Réunion
    /// have their own (CGI art. 296, BOI-TVA-GEO-20-10); Guyane and Mayotte have none.
    static let embedded: [VATRatePeriod] = {
        func rates(_ values: [String]) -> [Amount] { values.compactMap { Amount(parsing: $0) } }
        let start = ReferenceTables.day(2000, 1, 1)
        let change2012 = ReferenceTables.day(2012, 1, 1)
        let change2014 = ReferenceTables.day(2014, 1, 1)
        return [
            VATRatePeriod(
                territory: .metropolitan, from: start, until: change2012.adding(days: -1),
                rates: rates(["19.6", "5.5", "2.1"])),
            VATRatePeriod(
                territory: .metropolitan, from: change2012, until: change2014.adding(days: -1),
                rates: rates(["19.6", "7", "5.5", "2.1"])),
            VATRatePeriod(territory: .metropolitan, from: change2014, until: nil, rates: rates(["20", "10", "5.5", "2.1"])),
            VATRatePeriod(
                territory: .corsica, from: change2014, until: nil, rates: rates(["20", "13", "10", "5.5", "2.1", "0.9"])),
            VATRatePeriod(territory: .guadeloupe, from: start, until: nil, rates: rates(["8.5", "2.1", "1.75", "1.05"])),
            VATRatePeriod(territory: .martinique, from: start, until: nil, rates: rates(["8.5", "2.1", "1.75", "1.05"])),
            VATRatePeriod(territory: .reunion, from: start, until: nil, rates: rates(["8.5", "2.1", "1.75", "1.05"])),
            VATRatePeriod(territory: .guyane, from: start, until: nil, rates: []),
            VATRatePeriod(territory: .mayotte, from: start, until: nil, rates: []),
        ]
    }()
}

extension ReferenceTables {
    /// Returns the rates allowed in `territory` on `date`, or `nil` when no table row covers that
    /// date. Configured rows win over the embedded rows on the dates they cover, and the embedded
    /// rows still apply on the other dates.
    public func allowedVATRates(in territory: Territory, on date: CivilDate) -> [Amount]? {
        let rows = vatRates.filter { $0.territory == territory && $0.from <= date && ($0.until.map { date <= $0 } ?? true) }
        let configured = rows.filter(\.isConfigured)
        let chosen = configured.isEmpty ? rows : configured
        guard !chosen.isEmpty else { return nil }
        return chosen.flatMap(\.rates)
    }
}
