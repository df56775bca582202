import InvoiceModel

/// Numbering rules over the ledger: every issued document has a number, numbers are unique per
/// seller, series have no gap, counters follow issue dates, and drafts keep out of final series.
///
/// French law (CGI annex II art. 242 nonies A, I-7°) asks for a unique number from a chronological and
/// continuous sequence; several series are allowed, each continuous on its own.
public enum NumberingRules {
    public static let missingNumber = RuleDescriptor(
        id: "FR-NUM-01", severity: .error,
        title: LocalizedText(fr: "document émis sans numéro", en: "issued document without a number"),
        reference: "CGI ann. II art. 242 nonies A, I-7°")

    public static let duplicate = RuleDescriptor(
        id: "FR-NUM-02", severity: .error,
        title: LocalizedText(fr: "numéro de facture en double", en: "duplicate invoice number"),
        reference: "CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100")

    public static let gap = RuleDescriptor(
        id: "FR-NUM-03", severity: .error,
        title: LocalizedText(fr: "trou dans la numérotation", en: "gap in the numbering"),
        reference: "CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100")

    public static let chronology = RuleDescriptor(
        id: "FR-NUM-04", severity: .error,
        title: LocalizedText(
            fr: "numérotation non chronologique", en: "numbering out of chronological order"),
        reference: "CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100")

    public static let draftWithFinalNumber = RuleDescriptor(
        id: "FR-NUM-07", severity: .warning,
        title: LocalizedText(
            fr: "brouillon portant un numéro définitif",
            en: "draft carrying a final number"),
        reference: "BOI-TVA-DECLA-30-20-20-10 §§ 70-100")

    public static let descriptors = [missingNumber, duplicate, gap, chronology, draftWithFinalNumber]

    /// FR-NUM-01 on one document.
    public static func checkNumberPresent(_ document: Document) -> [Finding] {
        // NOTE: a cancelled document with a placeholder stays silent, because it may be an abandoned draft.
        if let token = document.provisionalNumber,
            let status = document.status, [.issued, .partiallyPaid, .paid, .overdue].contains(status)
        {
            return [
                Finding(
                    rule: missingNumber, location: document.source, documentNumber: nil,
                    message: LocalizedText(
                        fr: "le statut indique un document émis, mais son numéro '\(token)' est le numéro provisoire d'un brouillon : validez la facture dans le logiciel d'origine et exportez-la avec son numéro définitif",
                        en: "the status says the document was issued, but its number '\(token)' is a draft's provisional number: validate the invoice in the source software and export it with its final number"))
            ]
        }
        let isDraft = document.isDraft || document.status == .draft
        guard !isDraft, (document.number?.trimmingSpaces ?? "").isEmpty else { return [] }
        return [
            Finding(
                rule: missingNumber, location: document.source, documentNumber: nil,
                message: LocalizedText(
                    fr: "document émis sans numéro (BT-1) : une facture émise doit porter un numéro unique",
                    en: "issued document has no number (BT-1): an issued invoice must carry a unique number"))
        ]
    }

    /// FR-NUM-02: each repeated number after its first occurrence, per seller, and as a warning each
    /// document read twice from two files, which the ledger counts once.
    ///
    /// A number without a year part repeated in another year is FR-NUM-06 instead (reported by
    /// ``NumberingPeriodRules``), and a number shared by two sources is part of the junction
    /// overlap FA-MIG-01.
    public static func checkDuplicates(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for pair in ledger.copies {
            let number = pair.copy.number ?? ""
            if pair.copy.sourceIndex != pair.original.sourceIndex {
                let copyName = pair.copy.sourceName ?? pair.copy.source.file
                let originalName = pair.original.sourceName ?? pair.original.source.file
                findings.append(
                    Finding(
                        rule: duplicate, location: pair.copy.source, documentNumber: number,
                        message: LocalizedText(
                            fr: "'\(number)' reprend le document de \(pair.original.source) avec le même contenu : la même facture figure dans '\(originalName)' et dans '\(copyName)', elle n'est comptée qu'une fois et non comme un chevauchement entre deux outils",
                            en: "'\(number)' repeats the document at \(pair.original.source) with the same content: the same invoice is in both '\(originalName)' and '\(copyName)' and is counted once, not as an overlap between two tools"),
                        severity: .warning, subject: "same document"))
                continue
            }
            findings.append(
                Finding(
                    rule: duplicate, location: pair.copy.source, documentNumber: number,
                    message: LocalizedText(
                    fr: "'\(number)' reprend le document de \(pair.original.source.fullDescription) avec la même date et les mêmes montants : la même facture est lue deux fois (son PDF et son XML par exemple), elle n'est comptée qu'une fois ; gardez un seul exemplaire dans l'entrée",
                    en: "'\(number)' repeats the document at \(pair.original.source.fullDescription) with the same date and amounts: the same invoice is read twice (its PDF and its XML, for example) and counted once; keep one copy in the input"),
                    severity: .warning, subject: "same document"))
        }
        for (_, numbers) in ledger.repeatedNumbers {
            for (number, positions) in numbers {
                let first = ledger.entries[positions[0]]
                for repeated in LedgerEntries(entries: ledger.entries, positions: positions).dropFirst() {
                    let otherYear = repeated.issueDate?.year != first.issueDate?.year
                    if otherYear, repeated.inferredNumber != nil, repeated.inferredNumber?.year == nil { continue }
                    if repeated.sourceIndex != first.sourceIndex, repeated.inferredNumber != nil { continue }
                    findings.append(
                        Finding(
                            rule: duplicate, location: repeated.source, documentNumber: number,
                            message: LocalizedText(
                                fr: "numéro '\(number)' déjà utilisé par le document de \(first.source.fullDescription)",
                                en: "number '\(number)' is already used by the document at \(first.source.fullDescription)"),
                            subject: "other document"))
                }
            }
        }
        return findings + counterWrittenTwice(ledger)
    }

    /// Reports FR-NUM-02 on one counter written with two widths in a series (`FA-2025-0003` and
    /// `FA-2025-003`): the texts differ, so only their counters show the repeat.
    static func counterWrittenTwice(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for key in ledger.seriesKeys {
            // A series is in counter order, so entries sharing a counter are next to each other.
            var first: LedgerEntry?
            for entry in ledger.series(key) {
                guard let counter = entry.inferredNumber?.counter, let number = entry.number else { continue }
                guard let runFirst = first, runFirst.inferredNumber?.counter == counter else {
                    first = entry
                    continue
                }
                guard let firstNumber = runFirst.number, firstNumber != number, entry.sourceIndex == runFirst.sourceIndex else { continue }
                let first = runFirst
                findings.append(
                    Finding(
                        rule: duplicate, location: entry.source, documentNumber: number,
                        message: LocalizedText(
                            fr: "numéro '\(number)' : même compteur \(counter) que '\(firstNumber)' (\(first.source.fullDescription)), écrit sur une autre largeur ; un numéro ne sert qu'une fois",
                            en: "number '\(number)' has the same counter \(counter) as '\(firstNumber)' (\(first.source.fullDescription)), written with another width; a number is used once only"),
                        subject: "same counter as \(firstNumber)"))
            }
        }
        return findings
    }

    /// Adds to a gap message the rejected records that contain missing numbers: the numbers were
    /// read, so fixing those records closes the gap.
    static func withRejectedRecords(_ message: LocalizedText, _ rejected: [Rejection]) -> LocalizedText {
        // JSON and XML records have no line, so their element path locates them.
        func place(_ rejection: Rejection, preposition: String) -> String {
            let location = rejection.location
            guard location.line == nil, let element = location.element else { return location.fullDescription }
            return "\(location.file) \(preposition) \(element)"
        }
        let locationsFR = rejected.prefix(3).map { place($0, preposition: "à") }.joined(separator: ", ")
        let locationsEN = rejected.prefix(3).map { place($0, preposition: "at") }.joined(separator: ", ")
        let more = rejected.count - min(rejected.count, 3)
        let number = rejected.count == 1 ? rejected[0].documentNumber ?? "" : ""
        if rejected.count == 1 {
            return LocalizedText(
                fr: message.fr + " ; '\(number)' a été lu puis rejeté à l'import (\(locationsFR)) : corrigez cet enregistrement et relancez l'audit",
                en: message.en + "; '\(number)' was read but rejected at import (\(locationsEN)): fix that record and run the audit again")
        }
        let moreFR = more > 0 ? " et \(LocalizedText.countFR(more, "autre", "autres"))" : ""
        let moreEN = more > 0 ? " and \(more) more" : ""
        return LocalizedText(
            fr: message.fr + " ; \(LocalizedText.frenchInteger(rejected.count)) de ces numéros ont été lus puis rejetés à l'import (\(locationsFR)\(moreFR)) : corrigez ces enregistrements et relancez l'audit",
            en: message.en + "; \(rejected.count) of these numbers were read but rejected at import (\(locationsEN)\(moreEN)): fix those records and run the audit again")
    }

    /// FR-NUM-03: missing counters between the first and last number of each series.
    public static func checkGaps(_ summaries: [SeriesSummary], ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        // Drafts with a number, by seller, because a gap at that number comes from the draft.
        var drafts: [PartyKey: [Rejection]] = [:]
        for entry in ledger.entries where entry.isDraft {
            guard let number = entry.number else { continue }
            drafts[entry.seller, default: []].append(
                Rejection(location: entry.source, reason: LocalizedText(fr: "", en: ""), documentNumber: number))
        }
        let lookAlikes = summaries.contains { !$0.gaps.isEmpty } ? LookAlikeNumbers.Index(ledger) : nil
        for summary in summaries where !summary.gaps.isEmpty {
            let entries = ledger.series(summary.key)
            var neighbours = GapNeighbours(entries)
            for missing in summary.gaps {
                // The finding sits on the first document after the gap.
                let (before, after) = neighbours.around(missing)
                let location = (after ?? entries.last)?.source ?? SourceLocation(file: "")
                let message =
                    if let before, let after, before.sourceIndex != after.sourceIndex {
                        LocalizedText(
                            fr: "trou à la jonction entre '\(before.sourceName ?? "")' et '\(after.sourceName ?? "")' dans la série \(summary.pattern) : '\(after.sourceName ?? "")' commence à \(after.number ?? "") alors que '\(before.sourceName ?? "")' finit à \(before.number ?? "") ; \(missing.label.fr) \(missing.count == 1 ? "manquant" : "manquants")",
                            en: "gap at the junction between '\(before.sourceName ?? "")' and '\(after.sourceName ?? "")' in series \(summary.pattern): '\(after.sourceName ?? "")' starts at \(after.number ?? "") while '\(before.sourceName ?? "")' ends at \(before.number ?? ""); \(missing.label.en) missing")
                    } else if missing.count == 1 {
                        LocalizedText(
                            fr: "numéro manquant dans la série \(summary.pattern) : \(missing.label.fr)",
                            en: "missing number in series \(summary.pattern): \(missing.label.en)")
                    } else {
                        LocalizedText(
                            fr: "\(LocalizedText.frenchInteger(missing.count)) numéros manquants dans la série \(summary.pattern) : \(missing.range.fr)",
                            en: "\(missing.count) missing numbers in series \(summary.pattern): \(missing.range.en)")
                    }
                let rejected = ledger.rejectedNumbers.isEmpty ? [] : summary.rejections(in: missing, among: ledger.rejectedNumbers)
                let draftsInGap = drafts[summary.key.seller].map { summary.rejections(in: missing, among: $0) } ?? []
                var text = rejected.isEmpty ? message : withRejectedRecords(message, rejected)
                if let draft = draftsInGap.first, let number = draft.documentNumber {
                    text = LocalizedText(
                        fr: text.fr + " ; '\(number)' est porté par le brouillon de \(draft.location) (FR-NUM-07) : émettez-le ou libérez ce numéro",
                        en: text.en + "; '\(number)' is held by the draft at \(draft.location) (FR-NUM-07): issue it or free the number")
                }
                if let lookAlikes, let (written, entry) = lookAlike(of: missing, in: summary, ledger: ledger, index: lookAlikes) {
                    let shown = LookAlikeNumbers.visible(entry.number ?? "")
                    text = LocalizedText(
                        fr: text.fr + " ; '\(shown)' (\(entry.source)) ne diffère de \(written) que par la casse, les tirets ou des caractères invisibles : si c'est ce numéro, écrivez-le comme la série",
                        en: text.en + "; '\(shown)' (\(entry.source)) differs from \(written) only by case, dashes or invisible characters: if it is that number, write it as the series does")
                }
                if missing.count >= largeGap && missing.count > 10 * entries.count && entries.first?.inferredNumber?.isConfigured == false,
                    let suggestion = suggestedPattern(entries, width: ledger.counterWidth(of: summary.key))
                {
                    text = LocalizedText(
                        fr: text.fr + " ; les premiers chiffres du compteur suivent les dates d'émission : si ce sont des parties de date, déclarez le motif de la série dans facturaudit.json, par exemple {\"series\": [{\"pattern\": \"\(suggestion)\"}]}",
                        en: text.en + "; the leading digits of the counter follow the issue dates: if they are date parts, declare the series' pattern in facturaudit.json, for example {\"series\": [{\"pattern\": \"\(suggestion)\"}]}")
                }
                findings.append(
                    Finding(rule: gap, location: location, documentNumber: after?.number, message: text, subject: missing.subject))
            }
        }
        return findings
    }

    /// Returns the first missing number of `gap` that a document of the seller writes with
    /// another case, other dashes or invisible characters, with that document.
    private static func lookAlike(
        of gap: NumberGap, in summary: SeriesSummary, ledger: Ledger, index: LookAlikeNumbers.Index
    ) -> (String, LedgerEntry)? {
        guard gap.first != nil, gap.count <= 100, let neighbour = gap.neighbours.first else { return nil }
        let width = ledger.counterWidth(of: summary.key)
        for counter in gap.firstCounter...gap.lastCounter {
            let missing = neighbour.formatted(counter: counter, width: width)
            if let entry = index.lookAlike(of: missing, seller: summary.key.seller) { return (missing, entry) }
        }
        return nil
    }

    /// The number of missing counters from which a gap in an inferred series may suggest a
    /// pattern (see ``suggestedPattern(_:width:)``), when the series also contains ten times fewer
    /// documents. A month glued before a three-digit counter leaves gaps of about 1,000.
    static let largeGap = 100

    /// FR-NUM-04: the documents whose issue date breaks the counter order of their series.
    ///
    /// Only the fewest misdated documents are named (see ``DateOrder``), each with the neighbour in
    /// the series its date conflicts with: one invoice dated a month early is one finding, not a
    /// finding on every invoice after it.
    public static func checkChronology(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        for key in ledger.seriesKeys where ledger.restart(in: key) == nil {
            // Positions in the series rather than copies of its entries, which a large ledger cannot afford.
            let series = ledger.series(key)
            // A number used twice is FR-NUM-02 on its later use. That document is left out here, so
            // one fault is not also reported as a break in the dates of its neighbours.
            let datedPositions = series.indices.filter { index in
                series[index].issueDate != nil
                    && (index == 0 || series[index - 1].inferredNumber?.counter != series[index].inferredNumber?.counter)
            }
            let days = datedPositions.map { series[$0].issueDate?.dayNumber ?? 0 }
            let dated = datedPositions.lazy.map { series[$0] }
            let misplaced = DateOrder.misplaced(days)
            guard misplaced.contains(true) else { continue }
            // The next document kept in order after each position, to name a document dated too late.
            var nextKept = Array(repeating: Int?.none, count: days.count)
            var next: Int?
            for index in days.indices.reversed() {
                nextKept[index] = next
                if !misplaced[index] { next = index }
            }
            var previousKept: Int?
            for index in days.indices {
                guard misplaced[index] else {
                    previousKept = index
                    continue
                }
                let entry = dated[index]
                let early = previousKept.map { days[$0] > days[index] } ?? false
                guard let otherIndex = early ? previousKept : nextKept[index],
                    dated[otherIndex].inferredNumber?.counter != entry.inferredNumber?.counter
                else { continue }
                findings.append(chronologyFinding(entry, other: dated[otherIndex], early: early))
            }
        }
        return findings + datePartDisagreementFindings(ledger, besides: findings)
    }

    private static func chronologyFinding(_ entry: LedgerEntry, other: LedgerEntry, early: Bool) -> Finding {
        let number = entry.number ?? ""
        let otherNumber = other.number ?? ""
        let date = entry.issueDate ?? CivilDate(dayNumber: 0)
        let otherDate = other.issueDate ?? CivilDate(dayNumber: 0)
        let message =
            early
            ? LocalizedText(
                fr: "'\(number)' est daté du \(date.frenchText), avant '\(otherNumber)' daté du \(otherDate.frenchText) qui le précède dans la série",
                en: "'\(number)' is dated \(date), before '\(otherNumber)' dated \(otherDate) which precedes it in the series")
            : LocalizedText(
                fr: "'\(number)' est daté du \(date.frenchText), après '\(otherNumber)' daté du \(otherDate.frenchText) qui le suit dans la série",
                en: "'\(number)' is dated \(date), after '\(otherNumber)' dated \(otherDate) which follows it in the series")
        return Finding(rule: chronology, location: entry.source, documentNumber: entry.number, message: message)
    }

    /// FR-NUM-07: a draft whose number belongs to a series that has issued documents.
    public static func checkDrafts(_ ledger: Ledger) -> [Finding] {
        var findings: [Finding] = []
        var identities: Set<SeriesIdentity>?
        for entry in ledger.entries where entry.isDraft {
            guard let number = entry.number, let inferred = entry.inferredNumber else { continue }
            // A number issued in an older source is FR-STAT-01: the document went back to draft.
            if ledger.issuedInOlderSource(than: entry) != nil { continue }
            let key = SeriesKey(seller: entry.seller, identity: inferred.seriesIdentity, period: inferred.period)
            let known = identities ?? Set(ledger.seriesKeys.map { SeriesIdentity(seller: $0.seller, identity: $0.identity) })
            identities = known
            guard known.contains(SeriesIdentity(seller: key.seller, identity: key.identity)) else { continue }
            findings.append(
                Finding(
                    rule: draftWithFinalNumber, location: entry.source, documentNumber: number,
                    message: LocalizedText(
                        fr: "le brouillon porte le numéro définitif '\(number)' de la série \(inferred.pattern) : un brouillon ne doit pas consommer de numéro",
                        en: "the draft carries the final number '\(number)' of series \(inferred.pattern): a draft must not use up a number"
                    )))
        }
        return findings
    }
}

/// Finds the documents on each side of the gaps of one series in one pass over it.
///
/// The series is in counter order and ``SeriesSummary`` lists its gaps in that order too, so the two
/// cursors only move forward. Gaps given in another order restart them, with the same result.
private struct GapNeighbours {
    private let entries: LedgerEntries
    private let counters: [Int]
    /// The first position whose counter is above the last gap's end.
    private var afterIndex = 0
    /// How many positions have a counter below the last gap's start.
    private var belowCount = 0
    private var lastGap = (first: Int.min, last: Int.min)

    init(_ entries: LedgerEntries) {
        self.entries = entries
        counters = entries.map { $0.inferredNumber?.counter ?? 0 }
    }

    /// Returns the last document numbered below the gap and the first numbered above it.
    mutating func around(_ missing: NumberGap) -> (before: LedgerEntry?, after: LedgerEntry?) {
        let first = missing.firstCounter
        if first < lastGap.first || missing.lastCounter < lastGap.last {
            afterIndex = 0
            belowCount = 0
        }
        lastGap = (first, missing.lastCounter)
        while afterIndex < counters.count, counters[afterIndex] <= missing.lastCounter { afterIndex += 1 }
        while belowCount < counters.count, counters[belowCount] < first { belowCount += 1 }
        return (
            belowCount > 0 ? entries[belowCount - 1] : nil,
            afterIndex < counters.count ? entries[afterIndex] : nil
        )
    }
}

/// A seller's series across all its periods.
private struct SeriesIdentity: Hashable {
    let seller: PartyKey
    let identity: String
}
