import InvoiceModel

extension NumberingPeriodRules {
    /// FR-NUM-03 at a period start: the first counter of a yearly or monthly period must be 1,
    /// the configured first counter, or (with carry-over) the previous period's last counter + 1.
    /// The earliest period in the data may start later because the export is partial: a warning.
    ///
    /// An inferred series whose counter runs on from one period to the next (`2024-099` then
    /// `2025-100`) carries over, so a period that starts right after the previous one's last
    /// counter is silent. When the series carries over at one period change and never starts
    /// again at 1, its other periods must continue the previous one too.
    static func periodStartFindings(_ ledger: Ledger, configuration: AuditConfiguration) -> [Finding] {
        var findings: [Finding] = []
        var byIdentity: [PartyKey: [String: [SeriesKey]]] = [:]
        for key in ledger.seriesKeys where key.period.year != nil {
            byIdentity[key.seller, default: [:]][key.identity, default: []].append(key)
        }
        for seller in byIdentity.keys.sorted() {
            for (identity, keys) in (byIdentity[seller] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let series = configuration.series.first { configured in
                    let parts = configured.pattern.rootAndSuffix
                    return "\(parts.root){counter}\(parts.suffix)" == identity
                }
                let periods = keys.sorted().compactMap { key -> PeriodRun? in
                    let counters = ledger.series(key).compactMap(\.inferredNumber?.counter)
                    guard let first = counters.first, let last = counters.max() else { return nil }
                    return PeriodRun(key: key, first: first, last: last)
                }
                let carries = series?.carryOver ?? (series == nil && PeriodRun.carryOver(periods))
                for (index, period) in periods.enumerated() {
                    let previous = index > 0 ? periods[index - 1] : nil
                    if let finding = startFinding(
                        period, previous: previous, isFirst: index == 0, series: series, carries: carries, ledger: ledger)
                    {
                        findings.append(finding)
                    }
                }
            }
        }
        return findings
    }

    /// The counters of one period of a series: its first (in counter order) and last.
    private struct PeriodRun {
        let key: SeriesKey
        let first: Int
        let last: Int

        /// True when the series runs on through its period changes: at least one period starts
        /// right after the previous one's last counter and none starts again at 1.
        static func carryOver(_ periods: [PeriodRun]) -> Bool {
            let changes = zip(periods, periods.dropFirst())
            return changes.contains { $1.first == $0.last + 1 } && !changes.contains { $1.first <= 1 }
        }
    }

    private static func startFinding(
        _ period: PeriodRun, previous: PeriodRun?, isFirst: Bool, series: SeriesConfiguration?, carries: Bool,
        ledger: Ledger
    ) -> Finding? {
        let key = period.key
        let counter = period.first
        let expected: Int
        if let configured = series?.firstCounters[key.period.label] {
            expected = configured
        } else if carries {
            guard let previous else { return nil }
            expected = previous.last + 1
        } else {
            // An inferred series may run on from the period before without saying so.
            if series == nil, let previous, counter == previous.last + 1 { return nil }
            expected = 1
        }

        let entries = ledger.series(key)
        guard counter != expected, let first = entries.first, let inferred = first.inferredNumber else { return nil }
        let width = ledger.counterWidth(of: key)
        let pattern = ledger.pattern(of: key)
        let expectedNumber = inferred.formatted(counter: expected, width: width)
        let number = first.number ?? ""
        let start = LocalizedText(
            fr: "la période \(key.period.label) de la série \(pattern) commence à '\(number)' au lieu de '\(expectedNumber)'",
            en: "period \(key.period.label) of series \(pattern) starts at '\(number)' instead of '\(expectedNumber)'")
        let rejected = inferred.rejections(ledger.rejectedNumbers, counters: expected..<max(expected, counter), width: width)
        let partial = isFirst && series?.firstCounters[key.period.label] == nil && rejected.isEmpty

        var message: LocalizedText
        if !rejected.isEmpty {
            message = NumberingRules.withRejectedRecords(start, rejected)
        } else if counter < expected {
            message = belowExpectedStart(
                start, counter: counter, period: key.period.label, series: series, carriedFrom: carries ? previous : nil,
                ledger: ledger)
        } else if partial {
            message =
                lostStartCause(start, key: key, counter: counter, file: first.source.file, ledger: ledger)
                ?? LocalizedText(
                    fr: start.fr + " : si l'export commence en cours de période, déclarez le premier compteur (firstCounters) dans facturaudit.json",
                    en: start.en + ": if the export starts mid-period, declare the first counter (firstCounters) in facturaudit.json")
        } else {
            message = LocalizedText(fr: start.fr + " : les numéros précédents manquent", en: start.en + ": the numbers before it are missing")
            if !carries, let previous, counter > previous.last, let last = ledger.series(previous.key).last?.number {
                message = LocalizedText(
                    fr: message.fr + " ; si le compteur continue celui de la période \(previous.key.period.label) (dernier numéro '\(last)'), déclarez \"carryOver\": true pour cette série dans facturaudit.json",
                    en: message.en + "; if the counter runs on from period \(previous.key.period.label) (last number '\(last)'), declare \"carryOver\": true for this series in facturaudit.json")
            }
        }
        return Finding(
            rule: NumberingRules.gap, location: first.source, documentNumber: first.number, message: message,
            severity: partial ? .warning : nil)
    }

    /// The cause of a period that starts below its expected first counter: a configured first
    /// counter above it, a counter that runs on from the previous period but goes back below its
    /// last number, or a counter at 0 where counters start at 1.
    private static func belowExpectedStart(
        _ start: LocalizedText, counter: Int, period: String, series: SeriesConfiguration?, carriedFrom previous: PeriodRun?,
        ledger: Ledger
    ) -> LocalizedText {
        if series?.firstCounters[period] != nil {
            return LocalizedText(
                fr: start.fr + " : le premier compteur configuré (firstCounters) dépasse le premier numéro de l'export ; corrigez-le dans facturaudit.json",
                en: start.en + ": the configured first counter (firstCounters) is above the export's first number; correct it in facturaudit.json")
        }
        if let previous {
            let last = ledger.series(previous.key).last?.number ?? ""
            let label = previous.key.period.label
            if series?.carryOver == true {
                return LocalizedText(
                    fr: start.fr + " : la série est déclarée continue (\"carryOver\": true) mais repart en dessous du dernier numéro de la période \(label) ('\(last)') ; si le compteur repart chaque période, retirez \"carryOver\" de cette série dans facturaudit.json",
                    en: start.en + ": the series is declared to run on (\"carryOver\": true) but starts below the last number of period \(label) ('\(last)'); if the counter restarts every period, remove \"carryOver\" from this series in facturaudit.json")
            }
            return LocalizedText(
                fr: start.fr + " : le compteur de cette série continue d'une période à l'autre, mais repart ici en dessous du dernier numéro de la période \(label) ('\(last)') ; vérifiez que ces numéros n'ont pas déjà servi",
                en: start.en + ": this series' counter runs on from one period to the next, but here it starts below the last number of period \(label) ('\(last)'); check that these numbers were not used already")
        }
        let declare = series == nil ? "déclarez le motif de la série avec" : "ajoutez à la série"
        let declareEN = series == nil ? "declare the series' pattern with" : "add to the series"
        return LocalizedText(
            fr: start.fr + " : un compteur commence à 1 ; si cette série commence volontairement à \(counter), \(declare) \"firstCounters\": {\"\(period)\": \(counter)} dans facturaudit.json",
            en: start.en + ": counters start at 1; if this series deliberately starts at \(counter), \(declareEN) \"firstCounters\": {\"\(period)\": \(counter)} in facturaudit.json")
    }
}
