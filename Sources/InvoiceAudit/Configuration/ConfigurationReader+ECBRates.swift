import InvoiceModel

/// Reads `tables.ecbRefinancingRates` of `facturaudit.json`.
extension ConfigurationReader {
    /// Returns `embedded` with the rows of `value` added, each replacing the embedded row of its
    /// half-year. A row starts on 1 January or 1 July, and its rate is between 0 and 100 percent.
    func ecbRefinancingRates(
        _ value: JSONValue, _ path: String, embedded: [ECBRefinancingRate]
    ) throws(ConfigurationError) -> [ECBRefinancingRate] {
        var rates = embedded
        var seen: [CivilDate: Int] = [:]
        for (index, item) in try array(value, path).enumerated() {
            let itemPath = "\(path)[\(index)]"
            let row = try object(item, itemPath, allowed: ConfigurationKeys.ecbRefinancingRate)
            guard let fromValue = row["from"], let rateValue = row["rate"] else {
                throw fail(itemPath, fr: "les clés 'from' et 'rate' sont obligatoires", en: "keys 'from' and 'rate' are required")
            }
            let from = try date(fromValue, "\(itemPath).from")
            guard from.day == 1, from.month == 1 || from.month == 7 else {
                throw fail(
                    "\(itemPath).from",
                    fr: "date '\(from)' invalide : le taux s'applique par semestre, donnez le 1er janvier ou le 1er juillet, par exemple \"\(from.year)-\(from.month < 7 ? "01" : "07")-01\"",
                    en: "invalid date '\(from)': the rate applies by half-year, give 1 January or 1 July, for example \"\(from.year)-\(from.month < 7 ? "01" : "07")-01\"")
            }
            let rate = try decimal(rateValue, "\(itemPath).rate")
            // The reader already rejects negative numbers; 100 % only catches typing errors.
            guard rate <= Amount(100) else {
                throw fail(
                    "\(itemPath).rate",
                    fr: "taux '\(rate.frenchText)' hors limites : donnez le taux en pour cent, entre 0 et 100, par exemple \"2.15\"",
                    en: "rate '\(rate)' out of range: give the rate in percent, between 0 and 100, for example \"2.15\"")
            }
            if let first = seen[from] {
                throw fail(
                    "\(itemPath).from",
                    fr: "date '\(from)' déjà donnée en \(path)[\(first)] : gardez une seule ligne par semestre",
                    en: "date '\(from)' already given at \(path)[\(first)]: keep one row per half-year")
            }
            seen[from] = index
            let source = try row["source"].map { value throws(ConfigurationError) in try string(value, "\(itemPath).source") }
            rates.removeAll { $0.from == from }
            rates.append(ECBRefinancingRate(from: from, rate: rate, source: source ?? "facturaudit.json"))
        }
        return rates.sorted { $0.from < $1.from }
    }
}
