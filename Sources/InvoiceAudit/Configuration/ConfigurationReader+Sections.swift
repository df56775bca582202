import InvoiceModel

extension ConfigurationReader {
    mutating func configuration(_ root: JSONValue) throws(ConfigurationError) -> AuditConfiguration {
        let members = try object(root, "", allowed: ConfigurationKeys.root)
        var configuration = AuditConfiguration()
        if let value = members["series"] {
            configuration.series = []
            for (index, item) in try array(value, "series").enumerated() {
                configuration.series.append(try series(item, "series[\(index)]"))
            }
        }
        if let value = members["issuer"] { configuration.issuer = try issuer(value, "issuer") }
        if let value = members["rules"] {
            let rules = try object(value, "rules", allowed: ConfigurationKeys.rules)
            if let disabled = rules["disabled"] {
                for (index, item) in try array(disabled, "rules.disabled").enumerated() {
                    configuration.disabledRules.insert(try ruleID(item, "rules.disabled[\(index)]"))
                }
            }
            if let severities = rules["severity"] {
                guard case .object(let entries) = severities else {
                    throw fail("rules.severity", fr: "attendu un objet {\"ID\": \"error\"}", en: "expected an object {\"ID\": \"error\"}")
                }
                // Ids are matched whatever their case, as in `disabled`, and stored as the
                // catalogue spells them, which is what findings carry.
                for (id, level) in entries.sorted(by: { $0.key < $1.key }) {
                    let canonical = try ruleID(.string(id), "rules.severity.\(id)")
                    if configuration.severityOverrides[canonical] != nil {
                        throw fail(
                            "rules.severity.\(id)", fr: "règle '\(canonical)' écrite deux fois : n'en gardez qu'une",
                            en: "rule '\(canonical)' written twice: keep only one")
                    }
                        if configuration.disabledRules.contains(canonical) {
                        throw fail(
                            "rules.severity.\(id)",
                            fr: "règle '\(canonical)' aussi désactivée dans rules.disabled : retirez-la de l'une des deux listes",
                            en: "rule '\(canonical)' is also disabled in rules.disabled: remove it from one of the two")
                    }
                configuration.severityOverrides[canonical] = try choice(Severity.self, level, "rules.severity.\(id)")
                }
            }
        }
        if let value = members["asOf"] { configuration.asOf = try date(value, "asOf") }
        if let value = members["deposits"] {
            let deposits = try object(value, "deposits", allowed: ConfigurationKeys.deposits)
            if let months = deposits["consumptionMonths"] {
                configuration.depositConsumptionMonths = try integer(months, "deposits.consumptionMonths", range: 1...120)
            }
        }
        if let value = members["tables"] { configuration.tables = try tables(value, "tables") }
        if let value = members["csvMapping"] { configuration.csvMappingPath = try string(value, "csvMapping") }
        if let value = members["fec"] {
            configuration.fecSalesJournals = try fecSalesJournals(value, "fec")
            try fecFormat(value, "fec", into: &configuration)
        }
        if let value = members["aging"] { configuration.aging = try aging(value, "aging") }
        if let value = members["dunning"] { configuration.dunning = try dunning(value, "dunning") }
        return configuration
    }

    /// Reads `fec.salesJournals`: a non-empty list of journal codes without surrounding spaces.
    func fecSalesJournals(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> [String]? {
        let members = try object(value, path, allowed: ConfigurationKeys.fec)
        guard let list = members["salesJournals"] else { return nil }
        let items = try array(list, "\(path).salesJournals")
        if items.isEmpty {
            throw fail(
                "\(path).salesJournals", fr: "liste vide : donnez au moins un code journal, par exemple [\"VE\"], ou retirez la clé pour détecter les ventes",
                en: "empty list: give at least one journal code, for example [\"VE\"], or remove the key to detect sales")
        }
        var codes: [String] = []
        for (index, item) in items.enumerated() {
            let code = try string(item, "\(path).salesJournals[\(index)]")
            guard !code.isEmpty, code == code.trimmingSpaces else {
                throw fail(
                    "\(path).salesJournals[\(index)]", fr: "code journal '\(code)' invalide : écrivez le JournalCode tel que le FEC l'écrit, sans espaces autour",
                    en: "invalid journal code '\(code)': write the JournalCode as the FEC writes it, without surrounding spaces")
            }
            codes.append(code)
        }
        return codes
    }

    /// The FEC encodings `fec.encoding` accepts, as ``FECEncoding`` of the importer names them.
    static let fecEncodings = ["auto", "utf-8", "iso-8859-15", "windows-1252"]

    /// Reads `fec.encoding` and `fec.export`.
    func fecFormat(_ value: JSONValue, _ path: String, into configuration: inout AuditConfiguration) throws(ConfigurationError) {
        let members = try object(value, path, allowed: ConfigurationKeys.fec)
        if let encoding = members["encoding"] {
            let name = try string(encoding, "\(path).encoding").lowercased()
            guard Self.fecEncodings.contains(name) else {
                throw fail(
                    "\(path).encoding", fr: "encodage '\(name)' inconnu : valeurs possibles \(Self.fecEncodings.joined(separator: ", "))",
                    en: "unknown encoding '\(name)': expected one of \(Self.fecEncodings.joined(separator: ", "))")
            }
            configuration.fecEncoding = name
        }
        guard let export = members["export"] else { return }
        let keys = ConfigurationKeys.fecExport
        let settings = try object(export, "\(path).export", allowed: Set(keys))
        for key in keys {
            guard let item = settings[key] else { continue }
            let text = try string(item, "\(path).export.\(key)")
            let isAccount = key.hasSuffix("Account")
            let startsWithDigits = text.utf8.prefix(3).count == 3 && text.utf8.prefix(3).allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
            guard !text.isEmpty, text == text.trimmingSpaces, !text.contains(where: { "|\t\r\n".contains($0) }),
                !isAccount || startsWithDigits
            else {
                throw fail(
                    "\(path).export.\(key)",
                    fr: isAccount
                        ? "compte '\(text)' invalide : écrivez un numéro du plan comptable qui commence par trois chiffres, par exemple 706000"
                        : "valeur '\(text)' invalide : écrivez un texte non vide, sans espaces autour ni '|', tabulation ou saut de ligne",
                    en: isAccount
                        ? "invalid account '\(text)': write a chart-of-accounts number starting with three digits, for example 706000"
                        : "invalid value '\(text)': write a non-empty text without surrounding spaces, '|', tab or line break")
            }
            switch key {
            case "journalCode": configuration.fecExport.journalCode = text
            case "journalLabel": configuration.fecExport.journalLabel = text
            case "customerAccount": configuration.fecExport.customerAccount = text
            case "revenueAccount": configuration.fecExport.revenueAccount = text
            default: configuration.fecExport.vatAccount = text
            }
        }
    }

    func ruleID(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> String {
        let id = try string(value, path)
        guard let rule = RuleCatalogue.rule(id: id) else {
            let hint = RuleCatalogue.hint(for: id)
            throw fail(
                path, fr: "règle '\(id)' inconnue\(hint.fr) : 'facturaudit rules' liste les identifiants",
                en: "unknown rule '\(id)'\(hint.en): 'facturaudit rules' lists the ids")
        }
        return rule.id
    }

    func series(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> SeriesConfiguration {
        let members = try object(value, path, allowed: ConfigurationKeys.series)
        guard let patternValue = members["pattern"] else {
            throw fail(path, fr: "la clé 'pattern' manque, par exemple \"FA-{yyyy}-{counter:4}\"", en: "key 'pattern' is missing, for example \"FA-{yyyy}-{counter:4}\"")
        }
        let pattern: NumberPattern
        do {
            pattern = try NumberPattern(parsing: try string(patternValue, "\(path).pattern"))
        } catch let error as NumberPattern.SyntaxError {
            throw ConfigurationError(file: file, keyPath: "\(path).pattern", message: error.message)
        } catch let error as ConfigurationError {
            throw error
        } catch {
            throw fail("\(path).pattern", fr: "motif illisible", en: "unreadable pattern")
        }
        let reset = try members["reset"].map { value throws(ConfigurationError) in try choice(CounterReset.self, value, "\(path).reset") }
        let carryOver = try members["carryOver"].map { value throws(ConfigurationError) in try bool(value, "\(path).carryOver") } ?? false
        var firstCounters: [String: Int] = [:]
        if let value = members["firstCounters"] {
            guard case .object(let entries) = value else {
                throw fail("\(path).firstCounters", fr: "attendu un objet {\"2025\": 42}", en: "expected an object {\"2025\": 42}")
            }
            for (period, counter) in entries {
                let month = period.wholeMatch(of: /[0-9]{4}-([0-9]{2})/).flatMap { Int($0.output.1) }
                let isPeriod = period.wholeMatch(of: /[0-9]{4}/) != nil || month.map { (1...12).contains($0) } == true
                guard isPeriod else {
                    throw fail(
                        "\(path).firstCounters.\(period)", fr: "période invalide : écrivez AAAA ou AAAA-MM",
                        en: "invalid period: write YYYY or YYYY-MM")
                }
                firstCounters[period] = try integer(counter, "\(path).firstCounters.\(period)", range: 0...999_999_999)
            }
        }
        var siren: String?
        if let value = members["sellerSiren"] {
            let text = try string(value, "\(path).sellerSiren")
            guard FrenchIdentifier.isValidSIREN(text) else {
                throw fail(
                    "\(path).sellerSiren", fr: "SIREN '\(text)' invalide : écrivez les 9 chiffres du SIREN du vendeur",
                    en: "invalid SIREN '\(text)': write the seller's 9-digit SIREN")
            }
            siren = FrenchIdentifier.compact(text)
        }
        var establishment: String?
        if let value = members["establishment"] {
            let text = try string(value, "\(path).establishment")
            guard FrenchIdentifier.isValidSIRET(text) else {
                throw fail(
                    "\(path).establishment", fr: "SIRET '\(text)' invalide : écrivez les 14 chiffres du SIRET de l'établissement",
                    en: "invalid SIRET '\(text)': write the establishment's 14-digit SIRET")
            }
            let siret = FrenchIdentifier.compact(text)
            if let siren, !siret.hasPrefix(siren) {
                throw fail(
                    "\(path).establishment",
                    fr: "le SIRET '\(text)' n'appartient pas au SIREN '\(siren)' de sellerSiren : corrigez l'un des deux",
                    en: "SIRET '\(text)' does not belong to SIREN '\(siren)' of sellerSiren: correct one of them")
            }
            establishment = siret
        }
        return SeriesConfiguration(
            pattern: pattern, reset: reset, carryOver: carryOver, firstCounters: firstCounters, sellerSIREN: siren,
            establishment: establishment)
    }

    func issuer(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> IssuerConfiguration {
        let members = try object(value, path, allowed: ConfigurationKeys.issuer)
        var issuer = IssuerConfiguration()
        if let value = members["category"] { issuer.category = try choice(IssuerCategory.self, value, "\(path).category") }
        if let value = members["territory"] { issuer.territory = try choice(Territory.self, value, "\(path).territory") }
        if let value = members["eInvoicingFrom"] { issuer.eInvoicingFrom = try date(value, "\(path).eInvoicingFrom") }
        if let value = members["vatOnDebits"] { issuer.vatOnDebits = try bool(value, "\(path).vatOnDebits") }
        if let value = members["franchise"] { issuer.franchise = try bool(value, "\(path).franchise") }
        if let value = members["vatGroupMember"] { issuer.vatGroupMember = try bool(value, "\(path).vatGroupMember") }
        return issuer
    }

    func tables(_ value: JSONValue, _ path: String) throws(ConfigurationError) -> ReferenceTables {
        let members = try object(value, path, allowed: ConfigurationKeys.tables)
        var tables = ReferenceTables.embedded
        if let value = members["legalInterestRates"] {
            var rates = tables.legalInterestRates
            var seen: [CivilDate: Int] = [:]
            for (index, item) in try array(value, "\(path).legalInterestRates").enumerated() {
                let itemPath = "\(path).legalInterestRates[\(index)]"
                let row = try object(item, itemPath, allowed: ConfigurationKeys.legalInterestRate)
                guard let from = row["from"], let rate = row["rate"] else {
                    throw fail(itemPath, fr: "les clés 'from' et 'rate' sont obligatoires", en: "keys 'from' and 'rate' are required")
                }
                let entry = LegalInterestRate(
                    from: try date(from, "\(itemPath).from"), rate: try decimal(rate, "\(itemPath).rate"),
                    source: try row["source"].map { value throws(ConfigurationError) in try string(value, "\(itemPath).source") } ?? "facturaudit.json")
                if let first = seen[entry.from] {
                    throw fail(
                        "\(itemPath).from",
                        fr: "date '\(entry.from)' déjà donnée en \(path).legalInterestRates[\(first)] : gardez une seule ligne par date",
                        en: "date '\(entry.from)' already given at \(path).legalInterestRates[\(first)]: keep one row per date")
                }
                seen[entry.from] = index
                rates.removeAll { $0.from == entry.from }
                rates.append(entry)
            }
            tables = ReferenceTables(legalInterestRates: rates, vatRates: tables.vatRates, eInvoicingCalendar: tables.eInvoicingCalendar)
        }
        if let value = members["vatRates"] {
            var periods: [VATRatePeriod] = []
            for (index, item) in try array(value, "\(path).vatRates").enumerated() {
                let itemPath = "\(path).vatRates[\(index)]"
                let row = try object(item, itemPath, allowed: ConfigurationKeys.vatRate)
                guard let territory = row["territory"], let from = row["from"], let rates = row["rates"] else {
                    throw fail(itemPath, fr: "les clés 'territory', 'from' et 'rates' sont obligatoires", en: "keys 'territory', 'from' and 'rates' are required")
                }
                var values: [Amount] = []
                for (rateIndex, rate) in try array(rates, "\(itemPath).rates").enumerated() {
                    values.append(try decimal(rate, "\(itemPath).rates[\(rateIndex)]"))
                }
                if values.isEmpty {
                    throw fail(
                        "\(itemPath).rates",
                        fr: "liste vide : donnez au moins un taux, par exemple [\"20\", \"10\", \"5.5\", \"2.1\"] ; en Guyane et à Mayotte, où la TVA ne s'applique pas, la table intégrée suffit",
                        en: "empty list: give at least one rate, for example [\"20\", \"10\", \"5.5\", \"2.1\"]; for Guyane and Mayotte, where VAT does not apply, the embedded table is enough")
                }
                let period = VATRatePeriod(
                    territory: try choice(Territory.self, territory, "\(itemPath).territory"), from: try date(from, "\(itemPath).from"),
                    until: try row["until"].map { value throws(ConfigurationError) in try date(value, "\(itemPath).until") }, rates: values,
                    isConfigured: true)
                if let until = period.until, until < period.from {
                    throw fail(
                        "\(itemPath).until",
                        fr: "date de fin '\(until)' antérieure au début '\(period.from)' : donnez le dernier jour où les taux s'appliquent, au plus tôt le jour de 'from'",
                        en: "end date '\(until)' is before the start '\(period.from)': give the last day the rates apply, no earlier than 'from'")
                }
                if let first = periods.firstIndex(where: { $0.territory == period.territory && $0.from == period.from }) {
                    throw fail(
                        "\(itemPath).from",
                        fr: "territoire '\(period.territory.rawValue)' déjà donné à partir du '\(period.from)' en \(path).vatRates[\(first)] : gardez une seule ligne par territoire et par date",
                        en: "territory '\(period.territory.rawValue)' already given from '\(period.from)' at \(path).vatRates[\(first)]: keep one row per territory and date")
                }
                periods.append(period)
            }
            // Rows replace the embedded rows of their territory on the dates they cover; the
            // embedded rows stay for the other dates (see ReferenceTables.allowedVATRates).
            tables.vatRates += periods
        }
        if let value = members["ecbRefinancingRates"] {
            tables.ecbRefinancingRates = try ecbRefinancingRates(value, "\(path).ecbRefinancingRates", embedded: tables.ecbRefinancingRates)
        }
        if let value = members["eInvoicingCalendar"] {
            let calendar = try object(value, "\(path).eInvoicingCalendar", allowed: Set(IssuerCategory.allCases.map(\.rawValue)))
            for (name, date) in calendar {
                guard let category = IssuerCategory(rawValue: name) else { continue }
                tables.eInvoicingCalendar[category] = try self.date(date, "\(path).eInvoicingCalendar.\(name)")
            }
        }
        return tables
    }
}
