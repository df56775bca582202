import InvoiceModel

/// The keys `facturaudit.json` accepts, section by section. The reader rejects any other key, and
/// a test checks that every key a rule explanation or message names is one of ``paths``.
public enum ConfigurationKeys {
    static let root: Set<String> = ["$schema", "series", "issuer", "rules", "asOf", "deposits", "tables", "csvMapping", "fec", "aging", "dunning"]
    static let rules: Set<String> = ["disabled", "severity"]
    static let deposits: Set<String> = ["consumptionMonths"]
    static let fec: Set<String> = ["salesJournals", "encoding", "export"]
    static let aging: Set<String> = ["buckets", "defaultTermDays", "defaultCurrency"]
    static let dunning: Set<String> = ["steps", "penaltyRate"]
    static let dunningStep: Set<String> = ["afterDays", "level"]
    /// In reading order, as the reader checks them.
    static let fecExport = ["journalCode", "journalLabel", "customerAccount", "revenueAccount", "vatAccount"]
    static let series: Set<String> = ["pattern", "reset", "carryOver", "firstCounters", "sellerSiren", "establishment"]
    static let issuer: Set<String> = ["category", "territory", "eInvoicingFrom", "vatOnDebits", "franchise", "vatGroupMember"]
    static let tables: Set<String> = ["legalInterestRates", "vatRates", "eInvoicingCalendar", "ecbRefinancingRates"]
    static let legalInterestRate: Set<String> = ["from", "rate", "source"]
    static let ecbRefinancingRate: Set<String> = ["from", "rate", "source"]
    static let vatRate: Set<String> = ["territory", "from", "until", "rates"]

    /// Every key path, dotted from the root without list indexes (`deposits.consumptionMonths`,
    /// `series.firstCounters`, `tables.vatRates.from`), the root keys included.
    public static let paths: Set<String> = {
        let sections: [(String, Set<String>)] = [
            ("", root), ("rules", rules), ("deposits", deposits), ("fec", fec), ("series", series), ("issuer", issuer),
            ("tables", tables), ("tables.legalInterestRates", legalInterestRate), ("tables.vatRates", vatRate),
            ("tables.ecbRefinancingRates", ecbRefinancingRate),
            ("tables.eInvoicingCalendar", Set(IssuerCategory.allCases.map(\.rawValue))), ("fec.export", Set(fecExport)),
            ("aging", aging), ("dunning", dunning), ("dunning.steps", dunningStep),
        ]
        return Set(sections.flatMap { prefix, keys in keys.map { prefix.isEmpty ? $0 : "\(prefix).\($0)" } })
    }()

    /// Returns whether `name` is a key path of ``paths`` or the last key of one (`firstCounters`).
    public static func isKnown(_ name: String) -> Bool {
        paths.contains(name) || paths.contains { $0.hasSuffix(".\(name)") }
    }
}
