import InvoiceModel

/// Numbering across periods and sources: a counter that restarts mid-period (FR-NUM-05), a number
/// reused in another year without a year part (FR-NUM-06), a period that does not start at its
/// first counter (FR-NUM-03), and the junction between two sources, such as an old tool's export
/// and the new tool's, whose number ranges must not overlap (FA-MIG-01).
public enum NumberingPeriodRules {
    public static let midPeriodReset = RuleDescriptor(
        id: "FR-NUM-05", severity: .error,
        title: LocalizedText(fr: "remise à zéro du compteur en cours d'année", en: "counter reset in the middle of the year"),
        reference: "CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100")

    public static let reuseWithoutYear = RuleDescriptor(
        id: "FR-NUM-06", severity: .warning,
        title: LocalizedText(
            fr: "numéros réutilisés d'une année à l'autre sans année dans le numéro",
            en: "numbers reused from one year to the next without a year in the number"),
        reference: "BOI-TVA-DECLA-30-20-20-10 §§ 70-100")

    public static let junctionOverlap = RuleDescriptor(
        id: "FA-MIG-01", severity: .error,
        title: LocalizedText(
            fr: "plage de numéros utilisée par deux sources (jonction de migration)",
            en: "number range used by two sources (migration junction)"),
        reference: LocalizedText(fr: "CGI ann. II art. 242 nonies A, I-7° (numéro unique, suite chronologique et continue)", en: "CGI ann. II art. 242 nonies A, I-7° (unique number, unbroken chronological sequence)"))

    public static let descriptors = [midPeriodReset, reuseWithoutYear, junctionOverlap]

    public static func check(_ ledger: Ledger, configuration: AuditConfiguration) -> [Finding] {
        var findings: [Finding] = []
        for key in ledger.seriesKeys {
            if let (entry, previous) = ledger.restart(in: key) {
                findings.append(
                    Finding(
                        rule: midPeriodReset, location: entry.source, documentNumber: entry.number,
                        message: LocalizedText(
                            fr: "le compteur repart à '\(entry.number ?? "")' le \(entry.issueDate?.frenchText ?? "?") après '\(previous.number ?? "")' dans la même période \(key.period.label) : une série ne recommence qu'au début d'une année",
                            en: "the counter restarts at '\(entry.number ?? "")' on \(entry.issueDate?.description ?? "?") after '\(previous.number ?? "")' within period \(key.period.label): a series restarts only at the start of a year")))
            }
        }
        findings += reuseFindings(ledger)
        findings += periodStartFindings(ledger, configuration: configuration)
        findings += overlapFindings(ledger)
        return findings
    }

    /// FR-NUM-06: per seller and series, the numbers without a year part that a later year reuses.
    private static func reuseFindings(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for seller in ledger.repeatedNumbers.keys.sorted() {
            // Reused numbers by series identity and the later year.
            var reused: [String: [Int: [LedgerEntry]]] = [:]
            for (_, positions) in ledger.repeatedNumbers[seller] ?? [:] {
                let entries = LedgerEntries(entries: ledger.entries, positions: positions)
                guard let inferred = entries[0].inferredNumber, inferred.year == nil,
                    let firstYear = entries.compactMap(\.issueDate?.year).min()
                else { continue }
                for entry in entries {
                    guard let year = entry.issueDate?.year, year != firstYear else { continue }
                    reused[inferred.seriesIdentity, default: [:]][year, default: []].append(entry)
                }
            }
            for identity in reused.keys.sorted() {
                // Named as the series list names it, with its counter width.
                let name = ledger.seriesKeys.first { $0.seller == seller && $0.identity == identity }
                    .map { ledger.pattern(of: $0) } ?? identity
                for (year, entries) in (reused[identity] ?? [:]).sorted(by: { $0.key < $1.key }) {
                    let ordered = entries.sorted { ($0.inferredNumber?.counter ?? 0) < ($1.inferredNumber?.counter ?? 0) }
                    guard let first = ordered.first else { continue }
                    let range = ordered.count == 1 ? first.number ?? "" : "\(first.number ?? "")…\(ordered.last?.number ?? "")"
                    findings.append(
                        Finding(
                            rule: reuseWithoutYear, location: first.source, documentNumber: first.number,
                            message: LocalizedText(
                                fr: "la série \(name) recommence en \(year) sans année dans le numéro : \(LocalizedText.countFR(ordered.count, "numéro déjà émis", "numéros déjà émis")) au cours d'une année précédente (\(range)) ; ajoutez l'année au format, par exemple {yyyy}",
                                en: "series \(name) restarts in \(year) without a year in the number: \(LocalizedText.countEN(ordered.count, "number", "numbers")) already issued in an earlier year (\(range)); add the year to the format, for example {yyyy}")))
                }
            }
        }
        return findings
    }

    /// FA-MIG-01: two sources whose counters overlap in one series and period.
    private static func overlapFindings(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for key in ledger.seriesKeys {
            let entries = ledger.series(key)
            // Most series come from one source, which a scan shows without grouping the entries.
            guard let firstSource = entries.first?.sourceIndex, entries.contains(where: { $0.sourceIndex != firstSource })
            else { continue }
            let bySource = Dictionary(grouping: entries, by: \.sourceIndex)
            guard bySource.count > 1 else { continue }
            let ranges = bySource.compactMap { index, group -> (Int, [LedgerEntry])? in
                let sorted = group.sorted { ($0.inferredNumber?.counter ?? 0) < ($1.inferredNumber?.counter ?? 0) }
                return sorted.isEmpty ? nil : (index, sorted)
            }.sorted { ($0.1.first?.inferredNumber?.counter ?? 0, $0.0) < ($1.1.first?.inferredNumber?.counter ?? 0, $1.0) }
            for pair in zip(ranges, ranges.dropFirst()) {
                let (older, newer) = (pair.0.1, pair.1.1)
                guard let olderLast = older.last, let olderEnd = olderLast.inferredNumber?.counter,
                    let newerFirst = newer.first, let newerStart = newerFirst.inferredNumber?.counter, newerStart <= olderEnd
                else { continue }
                let shared = newer.filter { ($0.inferredNumber?.counter ?? 0) <= olderEnd }
                let lastShared = shared.last ?? newerFirst
                let range =
                    shared.count == 1
                    ? (newerFirst.number ?? "", newerFirst.number ?? "")
                    : (
                        "\(newerFirst.number ?? "") à \(lastShared.number ?? "") (\(LocalizedText.frenchInteger(shared.count)) documents)",
                        "\(newerFirst.number ?? "") to \(lastShared.number ?? "") (\(shared.count) documents)"
                    )
                findings.append(
                    Finding(
                        rule: junctionOverlap, location: newerFirst.source, documentNumber: newerFirst.number,
                        message: LocalizedText(
                            fr: "chevauchement à la jonction : '\(newerFirst.sourceName ?? "")' utilise \(range.0) alors que '\(olderLast.sourceName ?? "")' va jusqu'à \(olderLast.number ?? "") ; la nouvelle numérotation doit reprendre à la suite",
                            en: "overlap at the junction: '\(newerFirst.sourceName ?? "")' uses \(range.1) while '\(olderLast.sourceName ?? "")' goes up to \(olderLast.number ?? ""); the new numbering must continue after it"),
                        subject: "\(newerFirst.number ?? "")…\(lastShared.number ?? "") below \(olderLast.number ?? "")"))
            }
        }
        return findings
    }
}

extension NumberingPeriod {
    /// `2025`, `2025-03`, or `-` for a series that never restarts.
    var label: String { year == nil ? "-" : description }
}
