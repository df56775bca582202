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
            "Pénalités (factures entre professionnels d'un vendeur français) : intérêts simples sur 365 jours au taux de la facture, sinon dunning.penaltyRate (marqué c), sinon 3 × le taux d'intérêt légal à l'échéance (marqué l)",
            "Penalties (business invoices of a French seller): simple interest over 365 days at the invoice's rate, else dunning.penaltyRate (marked c), else 3 × the legal interest rate on the due date (marked l)")
    }

    var indemnityNote: String {
        pick(
            "Indemnité forfaitaire de recouvrement : 40,00 € dus par facture payée en retard entre professionnels (C. com. L441-10 II et D441-5)",
            "Fixed recovery indemnity: 40.00 € due per invoice paid late between businesses (C. com. L441-10 II and D441-5)")
    }

    /// Returns the mark written after a rate that the invoice does not state: `c` for the
    /// configured rate, `l` for the legal minimum, `l!` for the legal minimum replacing a lower
    /// stated or configured rate, and `?` after `l` when that minimum rests on a carried-forward
    /// legal interest rate.
    func rateMark(_ penalty: LatePenalty) -> String {
        switch penalty.rateSource {
        case .invoice: ""
        case .configuration: " c"
        case .legalMinimum: penalty.rateIsCovered ? " l" : " l?"
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
            "l? : le semestre de l'échéance manque à la table des taux d'intérêt légaux, le dernier taux connu est reporté ; complétez tables.legalInterestRates",
            "l?: the due date's half-year is missing from the legal interest rate table, so the last known rate is carried forward; add it to tables.legalInterestRates")
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
