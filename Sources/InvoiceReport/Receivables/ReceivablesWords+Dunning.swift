import InvoiceAudit
import InvoiceModel

/// The wording the dunning report adds to the aging report's.
extension ReceivablesWords {
    /// `Plan : relance amiable à 7 jours, mise en demeure à 30 jours`.
    func plan(_ steps: [DunningStep]) -> String {
        let list = steps.map { step in
            pick(
                "\(step.level.label.fr) à \(LocalizedText.countFR(step.afterDays, "jour", "jours"))",
                "\(step.level.label.en) at \(LocalizedText.countEN(step.afterDays, "day", "days"))")
        }
        return pick("Plan de relance", "Reminder plan") + colon + list.joined(separator: ", ") + " (dunning.steps)"
    }

    var penaltyNote: String {
        pick(
            "Pénalités (factures entre professionnels d'un vendeur français) : intérêts simples sur 365 jours au taux de la facture (3 × le taux d'intérêt légal du semestre de l'échéance si elle le stipule ainsi, marqué l), sinon dunning.penaltyRate (marqué c), sinon le taux légal à défaut de stipulation (marqué r)",
            "Penalties (business invoices of a French seller): simple interest over 365 days at the invoice's rate (3 × the legal interest rate of the due date's half-year when it says so, marked l), else dunning.penaltyRate (marked c), else the statutory rate that applies when nothing was agreed (marked r)")
    }

    /// `r : taux de refinancement de la BCE du semestre de l'échéance + 10 points … : 2e semestre 2025 2,15 % → 12,15 %`.
    func statutoryNote(_ rates: [ECBRefinancingRate]) -> String {
        let list = rates.map { rate in
            let statutory = rate.rate + LatePenalty.statutoryMargin
            let mark = rate.provisional ? pick(" (provisoire)", " (provisional)") : ""
            return "\(halfYear(rate.from)) \(amount(rate.rate)) % → \(amount(statutory)) %\(mark)"
        }
        return pick(
            "r : taux de refinancement de la BCE du semestre de l'échéance + 10 points (C. com. L441-10 II, tables.ecbRefinancingRates)",
            "r: ECB main refinancing rate of the due date's half-year + 10 points (C. com. L441-10 II, tables.ecbRefinancingRates)")
            + colon + list.joined(separator: ", ")
    }

    var provisionalRateNote: String {
        pick(
            "r? : taux BCE provisoire, non vérifié dans la table intégrée ; vérifiez-le et fixez-le dans tables.ecbRefinancingRates",
            "r?: provisional ECB rate, not checked in the embedded table; check it and set it in tables.ecbRefinancingRates")
    }

    func missingECBRateNote(_ halfYears: [CivilDate]) -> String {
        let list = halfYears.map(halfYear).joined(separator: ", ")
        return pick(
            "? : la table des taux BCE n'a pas de valeur pour \(list) : pénalités non calculées ; ajoutez le taux dans tables.ecbRefinancingRates ou fixez dunning.penaltyRate",
            "?: the ECB rate table has no value for \(list): penalties not computed; add the rate to tables.ecbRefinancingRates or set dunning.penaltyRate")
    }

    /// `2e semestre 2025` / `H2 2025`.
    func halfYear(_ start: CivilDate) -> String {
        let second = start.month >= 7
        return pick("\(second ? "2e" : "1er") semestre \(start.year)", "H\(second ? 2 : 1) \(start.year)")
    }

    var indemnityNote: String {
        pick(
            "Indemnité forfaitaire de recouvrement : 40,00 € dus par facture payée en retard entre professionnels (C. com. L441-10 II et D441-5)",
            "Fixed recovery indemnity: 40.00 € due per invoice paid late between businesses (C. com. L441-10 II and D441-5)")
    }

    /// Returns the mark written after a rate that the invoice does not state. The marks are `c` for
    /// the configured rate and `r` for the statutory rate, `r?` when its ECB rate is provisional.
    /// `l` is three times the legal interest rate that the invoice states, `l?` when that rate is
    /// carried forward. `l!` is the legal minimum replacing a lower stated or configured rate, `l!?` when that minimum
    /// rests on a carried-forward legal interest rate, and `?` alone means that no rate is known.
    func rateMark(_ penalty: LatePenalty) -> String {
        switch penalty.rateSource {
        case .invoice: ""
        case .invoiceThreeTimesLegalRate: penalty.rateIsCovered ? " l" : " l?"
        case .configuration: " c"
        case .statutory: penalty.ecbRate?.provisional == true ? " r?" : " r"
        case .ecbRateMissing: "?"
        case .legalMinimumOverInvoice, .legalMinimumOverConfiguration: penalty.rateIsCovered ? " l!" : " l!?"
        }
    }

    var rateBelowMinimumNote: String {
        pick(
            "l! : le taux de la facture ou de dunning.penaltyRate est inférieur à 3 × le taux d'intérêt légal ; une telle clause est nulle (C. com. L441-10 II) et ce minimum s'applique",
            "l!: the invoice's rate or dunning.penaltyRate is below 3 × the legal interest rate; such a clause is void (C. com. L441-10 II), so that minimum applies")
    }

    var uncoveredRateNote: String {
        pick(
            "l? et l!? : le semestre de l'échéance manque à la table des taux d'intérêt légaux, le dernier taux connu est reporté ; complétez tables.legalInterestRates",
            "l? and l!?: the due date's half-year is missing from the legal interest rate table, so the last known rate is carried forward; add it to tables.legalInterestRates")
    }

    /// Returns the notes on the rates the penalties use, one per line, only for the marks that occur.
    func rateNotes(_ report: DunningReport) -> [String] {
        let penalties = report.items.compactMap(\.penalty)
        var notes: [String] = []
        let ecbRates = Set(penalties.compactMap(\.ecbRate)).sorted { $0.from < $1.from }
        if !ecbRates.isEmpty { notes.append(statutoryNote(ecbRates)) }
        if ecbRates.contains(where: \.provisional) { notes.append(provisionalRateNote) }
        let missing = Set(penalties.filter { $0.rateSource == .ecbRateMissing }.map(\.halfYearStart)).sorted()
        if !missing.isEmpty { notes.append(missingECBRateNote(missing)) }
        let raised: Set<LatePenalty.RateSource> = [.legalMinimumOverInvoice, .legalMinimumOverConfiguration]
        if penalties.contains(where: { raised.contains($0.rateSource) }) { notes.append(rateBelowMinimumNote) }
        if penalties.contains(where: { !$0.rateIsCovered }) { notes.append(uncoveredRateNote) }
        return notes
    }

    func dunningSummary(_ report: DunningReport) -> String {
        let byLevel = report.steps.map { step in
            let count = report.items.filter { $0.step == step }.count
            return "\(step.level.label.text(language)) \(self.count(count))"
        }
        let below = report.belowFirstStep
        let rest =
            language == .fr
            ? LocalizedText.countFR(below, "facture échue avant la première étape", "factures échues avant la première étape")
                + ", " + LocalizedText.countFR(report.open.unreliable.count, "document incertain", "documents incertains")
            : LocalizedText.countEN(below, "overdue invoice before the first step", "overdue invoices before the first step")
                + ", " + LocalizedText.countEN(report.open.unreliable.count, "unreliable document", "unreliable documents")
        return pick("Bilan", "Summary") + colon + (byLevel + [rest]).joined(separator: ", ")
    }
}
