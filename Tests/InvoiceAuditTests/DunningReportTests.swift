import InvoiceAudit
import InvoiceModel
import Testing

/// Steps reached, late-payment penalties and the recovery indemnity of the dunning report.
@Suite struct DunningReportTests {
    typealias F = ReceivableFixtures

    func report(
        _ documents: [Document], asOf: String, configuration: DunningConfiguration = DunningConfiguration()
    ) -> DunningReport {
        DunningReport(F.open(documents, asOf: asOf), configuration: configuration, tables: .embedded)
    }

    @Test func stepsReachedByDaysOverdue() {
        // Due 2025-03-31: as of 2025-04-30 the invoices below are 6, 7, 29, 30 and 0 days late.
        let documents = [
            F.invoice("FA-1", due: "2025-04-24", line: 2), F.invoice("FA-2", due: "2025-04-23", line: 3),
            F.invoice("FA-3", due: "2025-04-01", line: 4), F.invoice("FA-4", due: "2025-03-31", line: 5),
            F.invoice("FA-5", due: "2025-04-30", line: 6),
        ]
        let result = report(documents, asOf: "2025-04-30")
        #expect(result.items.map(\.receivable.number) == ["FA-4", "FA-3", "FA-2"])
        #expect(result.items.map(\.step.level) == [.formalNotice, .reminder, .reminder])
        #expect(result.items.map(\.receivable.daysOverdue) == [30, 29, 7])
        #expect(result.belowFirstStep == 1)
    }

    @Test func configuredPlan() {
        let plan = DunningConfiguration(steps: [
            DunningStep(afterDays: 1, level: .reminder), DunningStep(afterDays: 15, level: .finalReminder),
            DunningStep(afterDays: 45, level: .collection),
        ])
        let documents = [F.invoice("FA-1", due: "2025-04-29", line: 2), F.invoice("FA-2", due: "2025-04-15", line: 3)]
        let result = report(documents, asOf: "2025-04-30", configuration: plan)
        #expect(result.items.map(\.step.level) == [.finalReminder, .reminder])
        #expect(result.belowFirstStep == 0)
    }

    @Test func legalMinimumPenalty() throws {
        // 30 days late on 1000.00; on 2025-03-31 the legal rate is 3.71 %, so the minimum is 11.13 %.
        let result = report([F.invoice("FA-1", due: "2025-03-31", total: "1000.00", line: 2)], asOf: "2025-04-30")
        let item = try #require(result.items.first)
        #expect(item.penalty?.rate.description == "11.13")
        #expect(item.penalty?.rateSource == .legalMinimum)
        // 1000 × 11.13 % × 30 / 365 = 9.1479…
        #expect(item.penalty?.amount.description == "9.15")
        #expect(item.recoveryIndemnity?.description == "40.00")
        #expect(result.totals.first?.penalties.description == "9.15")
        #expect(result.totals.first?.indemnities == 1)
    }

    @Test func statedPenaltyRate() throws {
        let notes = [Note(subject: "PMD", text: "Pénalités de retard : 15 % par an")]
        let result = report([F.invoice("FA-1", due: "2025-03-31", total: "1000.00", notes: notes, line: 2)], asOf: "2025-04-30")
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rate.description == "15")
        #expect(penalty.rateSource == .invoice)
        // 1000 × 15 % × 30 / 365 = 12.328…
        #expect(penalty.amount.description == "12.33")
    }

    /// Returns the penalty of one invoice of 1000.00 due 2025-03-31, 30 days late, whose PMD note reads `note`.
    func statedPenalty(note: String, configuration: DunningConfiguration = DunningConfiguration()) -> LatePenalty? {
        let notes = [Note(subject: "PMD", text: note)]
        let invoice = F.invoice("FA-1", due: "2025-03-31", total: "1000.00", notes: notes, line: 2)
        return report([invoice], asOf: "2025-04-30", configuration: configuration).items.first?.penalty
    }

    @Test func discountRateIsNotThePenaltyRate() throws {
        let penalty = try #require(statedPenalty(note: "Escompte de 2 % pour paiement anticipé ; pénalités de retard : 15 % l'an"))
        #expect(penalty.rate.description == "15")
        #expect(penalty.rateSource == .invoice)
        #expect(penalty.amount.description == "12.33")
    }

    @Test func monthlyRateIsMadeYearly() throws {
        let penalty = try #require(statedPenalty(note: "Pénalités de retard : 1,5 % par mois de retard"))
        // 1.5 % a month is 18 % a year: 1000 × 18 % × 30 / 365 = 14.794…
        #expect(penalty.rate.description == "18.0")
        #expect(penalty.rateSource == .invoice)
        #expect(penalty.amount.description == "14.79")
    }

    @Test func statedRateBelowMinimumGivesWay() throws {
        // 5 % is below 3 × 3.71 % = 11.13 %, so the clause is void and the minimum applies.
        let penalty = try #require(statedPenalty(note: "Pénalités de retard : 5 % par an"))
        #expect(penalty.rate.description == "11.13")
        #expect(penalty.rateSource == .legalMinimumOverInvoice)
        #expect(penalty.amount.description == "9.15")
    }

    @Test func configuredRateBelowMinimumGivesWay() throws {
        let configuration = DunningConfiguration(penaltyRate: TestDocuments.amount("2"))
        let result = report(
            [F.invoice("FA-1", due: "2025-03-31", total: "1000.00", line: 2)], asOf: "2025-04-30", configuration: configuration)
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rate.description == "11.13")
        #expect(penalty.rateSource == .legalMinimumOverConfiguration)
        #expect(penalty.amount.description == "9.15")
    }

    @Test func configuredPenaltyRate() throws {
        let configuration = DunningConfiguration(penaltyRate: TestDocuments.amount("12"))
        let result = report(
            [F.invoice("FA-1", due: "2025-03-31", total: "1000.00", line: 2)], asOf: "2025-04-30", configuration: configuration)
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rateSource == .configuration)
        // 1000 × 12 % × 30 / 365 = 9.863…
        #expect(penalty.amount.description == "9.86")
    }

    @Test func noPenaltyForConsumerOrForeignSeller() {
        let foreign = Party(name: "Berliner GmbH", vatID: "DE123456789", address: PostalAddress(country: "DE"))
        let documents = [
            F.invoice("FA-1", due: "2025-03-31", buyer: F.consumer, line: 2),
            F.invoice("RE-1", due: "2025-03-31", seller: foreign, line: 3),
        ]
        let result = report(documents, asOf: "2025-04-30")
        #expect(result.items.count == 2)
        #expect(result.items.map(\.penalty) == [nil, nil])
        #expect(result.items.map(\.recoveryIndemnity) == [nil, nil])
        #expect(result.totals.map(\.indemnities) == [0, 0])
    }

    @Test func notYetDueInvoicesNotListed() {
        let result = report([F.invoice("FA-1", due: "2025-05-31", line: 2)], asOf: "2025-04-30")
        #expect(result.items.isEmpty)
        #expect(result.belowFirstStep == 0)
        #expect(result.open.receivables.count == 1)
    }
}
