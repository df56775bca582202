import InvoiceAudit
import InvoiceModel

/// The reminders due as JSON for machines: sorted keys, no timestamps, messages in one language.
/// The shape is published in `schemas/dunning.schema.json`.
public struct DunningJSONRenderer {
    public let language: Language
    public let toolVersion: String

    public init(language: Language, toolVersion: String) {
        self.language = language
        self.toolVersion = toolVersion
    }

    public func render(_ report: DunningReport, asOf: AsOfDate, defaultTermDays: Int) -> String {
        ReceivablesJSON.encode(
            DunningDocument(report, asOf: asOf, defaultTermDays: defaultTermDays, language: language, toolVersion: toolVersion))
    }
}

private struct DunningDocument: Encodable {
    struct Step: Encodable {
        let afterDays: Int
        let level: String
        let label: String
    }

    struct Penalty: Encodable {
        /// Absent when no rate is known (`ecb-rate-missing`).
        let rate: String?
        let rateSource: String
        /// False when the legal interest table had to carry the last known rate forward; absent otherwise.
        let rateCovered: Bool?
        /// The half-year of the due date, whose ECB rate applies: `2025-H2`. Present for
        /// `ecb-plus-10` and `ecb-rate-missing`.
        let ecbHalfYear: String?
        /// The ECB main refinancing rate added to 10 points, for `ecb-plus-10`.
        let ecbRate: String?
        /// True when that ECB rate is a provisional value of the embedded table; absent otherwise.
        let ecbRateProvisional: Bool?
        /// Absent when no rate is known.
        let amount: String?

        init(_ penalty: LatePenalty) {
            rate = penalty.rate.map(ReceivablesWords.machineAmount)
            rateSource = penalty.rateSource.rawValue
            rateCovered = penalty.rateIsCovered ? nil : false
            let usesECB = penalty.rateSource == .statutory || penalty.rateSource == .ecbRateMissing
            ecbHalfYear = usesECB ? ECBRefinancingRate.halfYearCode(penalty.halfYearStart) : nil
            ecbRate = penalty.ecbRate.map { ReceivablesWords.machineAmount($0.rate) }
            ecbRateProvisional = penalty.ecbRate?.provisional == true ? true : nil
            amount = penalty.amount.map(ReceivablesWords.machineAmount)
        }
    }

    struct Reminder: Encodable {
        let invoice: ReceivablesJSON.Invoice
        let step: Step
        let penalty: Penalty?
        /// The fixed recovery indemnity in euros, due per invoice; absent when it does not apply.
        let recoveryIndemnityEUR: String?
    }

    struct Total: Encodable {
        let seller: ReceivablesJSON.Party
        let currency: String
        let amountDue: String
        let penalties: String
        let invoices: Int
        let recoveryIndemnitiesEUR: String
    }

    let formatVersion = 1
    let report = "dunning"
    let tool: ReceivablesJSON.Tool
    /// The language of every `label` and `message` field.
    let language: String
    let asOf: ReceivablesJSON.AsOf
    let defaultTermDays: Int
    let steps: [Step]
    let reminders: [Reminder]
    let totals: [Total]
    let belowFirstStep: Int
    let unreliable: [ReceivablesJSON.Unreliable]
    let counts: ReceivablesJSON.Counts

    init(_ report: DunningReport, asOf: AsOfDate, defaultTermDays: Int, language: Language, toolVersion: String) {
        tool = ReceivablesJSON.Tool(name: "facturaudit", version: toolVersion)
        self.language = language.rawValue
        self.asOf = ReceivablesJSON.AsOf(asOf)
        self.defaultTermDays = defaultTermDays
        func step(_ step: DunningStep) -> Step {
            Step(afterDays: step.afterDays, level: step.level.rawValue, label: step.level.label.text(language))
        }
        steps = report.steps.map(step)
        reminders = report.items.map { item in
            Reminder(
                invoice: ReceivablesJSON.Invoice(item.receivable, buckets: nil), step: step(item.step),
                penalty: item.penalty.map(Penalty.init),
                recoveryIndemnityEUR: item.recoveryIndemnity.map(ReceivablesWords.machineAmount))
        }
        totals = report.totals.map { total in
            Total(
                seller: ReceivablesJSON.Party(total.seller, name: total.sellerName), currency: total.currency,
                amountDue: ReceivablesWords.machineAmount(total.amountDue),
                penalties: ReceivablesWords.machineAmount(total.penalties), invoices: total.invoices,
                recoveryIndemnitiesEUR: ReceivablesWords.machineAmount(
                    DunningReport.recoveryIndemnityAmount * Amount(total.indemnities)))
        }
        belowFirstStep = report.belowFirstStep
        unreliable = report.open.unreliable.map { ReceivablesJSON.Unreliable($0, language: language) }
        counts = ReceivablesJSON.Counts(report.open)
    }
}
