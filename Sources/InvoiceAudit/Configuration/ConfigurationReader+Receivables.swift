import InvoiceModel

/// Reads the `aging` and `dunning` sections of `facturaudit.json`.
extension ConfigurationReader {
    func aging(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> AgingConfiguration {
        let members = try object(value, path, allowed: ConfigurationKeys.aging)
        var aging = AgingConfiguration()
        if let list = members["buckets"] {
            let items = try array(list, "\(path).buckets")
            if items.isEmpty {
                throw fail(
                    "\(path).buckets",
                    fr: "liste vide : donnez au moins une borne en jours, par exemple [30, 60, 90]",
                    en: "empty list: give at least one limit in days, for example [30, 60, 90]")
            }
            var limits: [Int] = []
            for (index, item) in items.enumerated() {
                let limit = try integer(item, "\(path).buckets[\(index)]", range: 1...3650)
                if let previous = limits.last, limit <= previous {
                    throw fail(
                        "\(path).buckets[\(index)]",
                        fr: "borne \(limit) après \(previous) : écrivez les bornes en ordre croissant, sans doublon, par exemple [30, 60, 90]",
                        en: "limit \(limit) after \(previous): write the limits in increasing order without repeats, for example [30, 60, 90]")
                }
                limits.append(limit)
            }
            aging.bucketLimits = limits
        }
        if let term = members["defaultTermDays"] {
            aging.defaultTermDays = try integer(term, "\(path).defaultTermDays", range: 0...3650)
        }
        if let currency = members["defaultCurrency"] {
            let code = try string(currency, "\(path).defaultCurrency")
            guard EN16931CodeLists.currencies.contains(code) else {
                throw fail(
                    "\(path).defaultCurrency",
                    fr: "devise '\(code)' inconnue : écrivez un code ISO 4217 en majuscules, par exemple \"EUR\"",
                    en: "unknown currency '\(code)': write an upper-case ISO 4217 code, for example \"EUR\"")
            }
            aging.defaultCurrency = code
        }
        return aging
    }

    func dunning(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> DunningConfiguration {
        let members = try object(value, path, allowed: ConfigurationKeys.dunning)
        var dunning = DunningConfiguration()
        if let list = members["steps"] {
            let items = try array(list, "\(path).steps")
            if items.isEmpty {
                throw fail(
                    "\(path).steps",
                    fr: "liste vide : donnez au moins une étape, par exemple [{\"afterDays\": 7, \"level\": \"reminder\"}]",
                    en: "empty list: give at least one step, for example [{\"afterDays\": 7, \"level\": \"reminder\"}]")
            }
            var steps: [DunningStep] = []
            for (index, item) in items.enumerated() {
                steps.append(try dunningStep(item, "\(path).steps[\(index)]", after: steps.last))
            }
            dunning.steps = steps
        }
        if let rate = members["penaltyRate"] {
            let percent = try decimal(rate, "\(path).penaltyRate")
            // NOTE: 100 % a year is far above any rate agreed between businesses (the ECB rate plus
            // 10 points is near 12 %), so a larger value is taken for a typing error.
            guard percent > .zero, percent <= Amount(100) else {
                throw fail(
                    "\(path).penaltyRate",
                    fr: "taux '\(percent.frenchPlainText)' hors limites : donnez un taux annuel en pour cent, supérieur à 0 et au plus 100, par exemple \"12.15\"",
                    en: "rate '\(percent)' out of range: give a yearly rate in percent, above 0 and at most 100, for example \"12.15\"")
            }
            dunning.penaltyRate = percent
        }
        return dunning
    }

    private func dunningStep(_ value: JSONValue, _ path: String, after previous: DunningStep?) throws(ConfigurationError) -> DunningStep {
        let row = try object(value, path, allowed: ConfigurationKeys.dunningStep)
        guard let days = row["afterDays"], let level = row["level"] else {
            throw fail(
                path, fr: "les clés 'afterDays' et 'level' sont obligatoires", en: "keys 'afterDays' and 'level' are required")
        }
        let step = DunningStep(
            afterDays: try integer(days, "\(path).afterDays", range: 1...3650),
            level: try choice(DunningLevel.self, level, "\(path).level"))
        if let previous, step.afterDays <= previous.afterDays {
            throw fail(
                "\(path).afterDays",
                fr: "délai de \(step.afterDays) jours après une étape à \(previous.afterDays) jours : rangez les étapes par délai croissant",
                en: "delay of \(step.afterDays) days after a step at \(previous.afterDays) days: order the steps by increasing delay")
        }
        return step
    }
}
