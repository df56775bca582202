import InvoiceModel

/// Payment mentions and payment-term limits between businesses (C. com. L441-9, L441-10, D441-5).
///
/// Mentions are looked for in the notes (subject codes PMD, PMT, AAB in French e-invoices) and in
/// the payment terms; a CSV export carries none of them, so only its due date is checked.
public enum PaymentMentionRules {
    public static let dueDate = RuleDescriptor(
        id: "FR-PAY-01", severity: .error,
        title: LocalizedText(fr: "date d'échéance absente ou antérieure à la facture", en: "due date missing or before the invoice date"),
        reference: "C. com. L441-9 I")

    public static let discountTerms = RuleDescriptor(
        id: "FR-PAY-02", severity: .warning,
        title: LocalizedText(fr: "conditions d'escompte non mentionnées", en: "early-payment discount terms not stated"),
        reference: "C. com. L441-9 I; CGI ann. II art. 242 nonies A, I-9°")

    public static let penaltyRate = RuleDescriptor(
        id: "FR-PAY-03", severity: .error,
        title: LocalizedText(fr: "taux des pénalités de retard non mentionné", en: "late-payment penalty rate not stated"),
        reference: LocalizedText(fr: "C. com. L441-9 I et L441-10 II", en: "C. com. L441-9 I and L441-10 II"))

    public static let recoveryIndemnity = RuleDescriptor(
        id: "FR-PAY-04", severity: .error,
        title: LocalizedText(
            fr: "indemnité forfaitaire de recouvrement de 40 € non mentionnée",
            en: "40 € fixed recovery indemnity not stated"),
        reference: LocalizedText(fr: "C. com. L441-9 I, L441-10 II et D441-5", en: "C. com. L441-9 I, L441-10 II and D441-5"))

    public static let sixtyDays = RuleDescriptor(
        id: "FR-TERM-01", severity: .error,
        title: LocalizedText(fr: "délai de paiement supérieur à 60 jours", en: "payment term longer than 60 days"),
        reference: "C. com. L441-10 I; L441-16")

    public static let endOfMonth = RuleDescriptor(
        id: "FR-TERM-02", severity: .warning,
        title: LocalizedText(
            fr: "délai de paiement au-delà de 60 jours, admis seulement à 45 jours fin de mois",
            en: "payment term beyond 60 days, allowed only as 45 days end of month"),
        reference: "C. com. L441-10 I")

    public static let periodicTerm = RuleDescriptor(
        id: "FR-TERM-03", severity: .error,
        title: LocalizedText(
            fr: "facture périodique payable à plus de 45 jours", en: "periodic invoice payable later than 45 days"),
        reference: "C. com. L441-10 I; CGI art. 289-I-3")

    public static let penaltyFloor = RuleDescriptor(
        id: "FR-TERM-04", severity: .error,
        title: LocalizedText(
            fr: "taux des pénalités inférieur à trois fois le taux d'intérêt légal",
            en: "penalty rate below three times the legal interest rate"),
        reference: LocalizedText(fr: "C. com. L441-10 II; C. mon. fin. L313-2 (taux semestriel)", en: "C. com. L441-10 II; C. mon. fin. L313-2 (half-yearly rate)"))

    public static let descriptors = [
        dueDate, discountTerms, penaltyRate, recoveryIndemnity, sixtyDays, endOfMonth, periodicTerm, penaltyFloor,
    ]

    static func check(_ document: Document, context: AuditContext, texts documentTexts: DocumentTexts) -> [Finding] {
        guard !document.isDraft, document.kind != .creditNote, document.sellerCountsAsFrench else { return [] }
        // The due date and term limits bind any French seller, one unidentified in a CSV export
        // included; missing mentions are required only from a seller shown to be French.
        var findings = termFindings(document, texts: documentTexts)
        guard document.isStructured, document.sellerIsFrench, document.buyerIsBusiness else { return findings }
        if document.dueDate == nil {
            findings.append(
                dueDate.finding(
                    on: document,
                    fr: "facture entre professionnels sans date d'échéance (BT-9) : indiquez la date à laquelle le paiement doit intervenir",
                    en: "business invoice without a due date (BT-9): state the date payment must be made by"))
        }
        let notes = document.notes
        let texts = documentTexts.mentions
        let penaltyTexts = penaltyTexts(documentTexts)
        if penaltyTexts.isEmpty {
            findings.append(
                penaltyRate.finding(
                    on: document,
                    fr: "le taux des pénalités de retard n'est pas mentionné : ajoutez une note (code PMD) avec le taux, au moins trois fois le taux d'intérêt légal",
                    en: "the late-payment penalty rate is not stated: add a note (subject PMD) with the rate, at least three times the legal interest rate"))
        } else {
            findings += penaltyFloorFindings(document, texts: penaltyTexts, context: context)
        }
        let indemnityTexts = documentTexts.notes(withSubject: "PMT")
            + texts.filter { $0.contains(anyOf: LegalCitations.recoveryIndemnityWords) }
        if !MentionText.contains(indemnityTexts, anyOf: LegalCitations.recoveryIndemnity) {
            findings.append(
                recoveryIndemnity.finding(
                    on: document,
                    fr: "l'indemnité forfaitaire pour frais de recouvrement de 40 € n'est pas mentionnée : ajoutez une note (code PMT)",
                    en: "the 40 € fixed recovery indemnity is not stated: add a note (subject PMT)"))
        }
        let hasDiscountNote = notes.contains { $0.subject?.uppercased() == "AAB" }
        if !hasDiscountNote, !MentionText.contains(texts, anyOf: LegalCitations.discount) {
            findings.append(
                discountTerms.finding(
                    on: document,
                    fr: "les conditions d'escompte ne sont pas mentionnées : ajoutez une note (code AAB), par exemple « pas d'escompte pour paiement anticipé »",
                    en: "early-payment discount terms are not stated: add a note (subject AAB), for example \"no discount for early payment\""))
        }
        return findings
    }

    /// Returns the texts that state the late-payment penalties: notes with subject PMD and any
    /// mention that names penalties or late-payment interest.
    static func penaltyTexts(_ texts: DocumentTexts) -> [NormalisedText] {
        texts.notes(withSubject: "PMD") + texts.mentions.filter { $0.contains(anyOf: LegalCitations.penalties) }
    }

    /// Returns the yearly penalty rate in percent that the document states as a number, such as
    /// `10 %` or `1,5 % par mois` (18 %), leaving out early-payment discount rates, or `nil` when it
    /// states none or states it as three times the legal rate or from the ECB rate.
    static func statedPenaltyRate(_ texts: DocumentTexts) -> Amount? {
        let penalties = penaltyTexts(texts)
        if MentionText.contains(penalties, anyOf: threeTimesLegalRate) || MentionText.contains(penalties, anyOf: centralBankRate) {
            return nil
        }
        return PenaltyRateText.yearlyRate(in: penalties.map(\.original))
    }

    /// Returns whether the document sets its penalty rate as three times the legal interest rate,
    /// without a mention of the ECB rate.
    static func statesThreeTimesLegalRate(_ texts: DocumentTexts) -> Bool {
        let penalties = penaltyTexts(texts)
        return MentionText.contains(penalties, anyOf: threeTimesLegalRate) && !MentionText.contains(penalties, anyOf: centralBankRate)
    }

    /// FR-PAY-01 (due date before issue) and the 60-day and 45-days-end-of-month limits.
    private static func termFindings(_ document: Document, texts: DocumentTexts) -> [Finding] {
        guard let issue = document.issueDate, let due = document.dueDate else { return [] }
        if due < issue {
            return [
                dueDate.finding(
                    on: document,
                    fr: "échéance du \(due.frenchText) antérieure à la date de facture du \(issue.frenchText) : corrigez l'échéance",
                    en: "due date \(due) is before the invoice date \(issue): correct the due date")
            ]
        }
        let days = due.dayNumber - issue.dayNumber
        // The limits bind businesses only (L441-10 I); a consumer's term is free.
        guard document.buyerIsBusiness else { return [] }
        // A periodic invoice (several supplies of one calendar month, BG-14) is due within 45 days.
        if let period = document.invoicePeriod, let start = period.start, let end = period.end, start < end, days > 45 {
            return [
                periodicTerm.finding(
                    on: document,
                    fr: "facture périodique (du \(start.frenchText) au \(end.frenchText)) payable à \(days) jours : le maximum est de 45 jours après la date de facture",
                    en: "periodic invoice (\(start) to \(end)) payable after \(days) days: the maximum is 45 days after the invoice date")
            ]
        }
        guard days > 60 else { return [] }
        let endOfMonthFirst = issue.endOfMonth.adding(days: 45)
        let daysFirst = issue.adding(days: 45).endOfMonth
        let withinFirst = due <= endOfMonthFirst
        let withinSecond = due <= daysFirst
        guard withinFirst || withinSecond else {
            // The latest due date the rule accepts: 60 days, or 45 days end of month under either computation.
            let latest = max(issue.adding(days: 60), endOfMonthFirst, daysFirst)
            return [
                sixtyDays.finding(
                    on: document,
                    fr: "échéance à \(days) jours de la date de facture, au-delà de 60 jours et de 45 jours fin de mois (\(latest.frenchText) au plus tard) : raccourcissez le délai",
                    en: "due date \(days) days after the invoice date, beyond 60 days and beyond 45 days end of month (\(latest) at the latest): shorten the term")
            ]
        }
        let agreed = MentionText.contains(texts.mentions, anyOf: endOfMonthAgreement)
        if agreed && withinFirst && withinSecond { return [] }
        let computation =
            withinFirst && withinSecond
            ? ("selon les deux calculs", "under both computations")
            : withinFirst
                ? ("seulement en comptant la fin de mois puis 45 jours", "only when counting end of month then 45 days")
                : ("seulement en comptant 45 jours puis la fin de mois", "only when counting 45 days then end of month")
        return [
            endOfMonth.finding(
                on: document,
                fr: "échéance à \(days) jours, admise seulement si « 45 jours fin de mois » est convenu, et \(computation.0) : vérifiez le contrat",
                en: "due date \(days) days after the invoice, allowed only if \"45 days end of month\" is agreed, and \(computation.1): check the contract")
        ]
    }

    /// The agreed term of 45 days end of month, which FR-TERM-02 accepts.
    static let endOfMonthAgreement: MentionFragments = ["45 jours fin de mois", "45 days end of month"]
    /// Penalty rates stated as the floor itself, three times the legal interest rate.
    static let threeTimesLegalRate: MentionFragments = ["trois fois", "3 fois", "3 x le taux", "3x le taux", "three times", "3 times"]
    /// Penalty rates built on the ECB rate (+10 points by default), which are above the floor.
    static let centralBankRate: MentionFragments = ["bce", "banque centrale europeenne", "ecb", "european central bank"]

    private static func penaltyFloorFindings(_ document: Document, texts: [NormalisedText], context: AuditContext) -> [Finding] {
        if MentionText.contains(texts, anyOf: threeTimesLegalRate) || MentionText.contains(texts, anyOf: centralBankRate) {
            return []
        }
        guard let rate = PenaltyRateText.yearlyRate(in: texts.map(\.original)),
            let date = document.dueDate ?? document.issueDate,
            let legal = context.tables.legalInterestRate(on: date)
        else { return [] }
        let floor = legal.rate * Amount(3)
        guard rate < floor else { return [] }
        return [
            penaltyFloor.finding(
                on: document,
                fr: "taux des pénalités de \(rate.frenchText) % inférieur au minimum de \(floor.frenchText) % (3 × le taux d'intérêt légal de \(legal.rate.frenchText) % au \(date.frenchText)) : relevez le taux",
                en: "penalty rate of \(rate)% is below the minimum of \(floor)% (3 × the legal interest rate of \(legal.rate)% on \(date)): raise the rate",
                severity: legal.covered ? nil : .warning)
        ]
    }
}

extension CivilDate {
    /// The last day of this date's month.
    var endOfMonth: CivilDate {
        CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month)) ?? self
    }
}
