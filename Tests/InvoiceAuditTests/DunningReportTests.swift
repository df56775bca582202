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

    @Test func statutoryPenaltyWithoutStatedRate() throws {
        // 30 days late on 1000.00; on 1 January 2025 the ECB rate was 3.15 %, so the rate is 13.15 %.
        let result = report([F.invoice("FA-1", due: "2025-03-31", total: "1000.00", line: 2)], asOf: "2025-04-30")
        let item = try #require(result.items.first)
        #expect(item.penalty?.rate?.description == "13.15")
        #expect(item.penalty?.rateSource == .statutory)
        #expect(item.penalty?.ecbRate?.rate.description == "3.15")
        #expect(item.penalty?.ecbRate?.provisional == false)
        #expect(item.penalty?.halfYearStart.description == "2025-01-01")
        // 1000 × 13.15 % × 30 / 365 = 10.808…
        #expect(item.penalty?.amount?.description == "10.81")
        #expect(item.recoveryIndemnity?.description == "40.00")
        #expect(result.totals.first?.penalties.description == "10.81")
        #expect(result.totals.first?.indemnities == 1)
    }

    @Test func statutoryRateFollowsDueDateHalfYear() throws {
        // Due on the last day of the first half (3.15 % on 1 January) and the first of the second (2.15 % on 1 July).
        let documents = [
            F.invoice("FA-1", due: "2025-06-30", total: "1000.00", line: 2), F.invoice("FA-2", due: "2025-07-01", total: "1000.00", line: 3),
        ]
        let result = report(documents, asOf: "2025-07-31")
        #expect(result.items.map(\.receivable.number) == ["FA-1", "FA-2"])
        #expect(result.items.map { $0.penalty?.rate?.description } == ["13.15", "12.15"])
        // 1000 × 13.15 % × 31 / 365 = 11.168…; 1000 × 12.15 % × 30 / 365 = 9.986…
        #expect(result.items.map { $0.penalty?.amount?.description } == ["11.17", "9.99"])
    }

    @Test func provisionalECBRateIsFlagged() throws {
        let result = report([F.invoice("FA-1", issued: "2026-01-10", due: "2026-02-09", total: "1000.00", line: 2)], asOf: "2026-03-11")
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rateSource == .statutory)
        #expect(penalty.rate?.description == "12.15")
        #expect(penalty.ecbRate?.provisional == true)
    }

    @Test func missingECBRateGivesNoPenalty() throws {
        // The embedded ECB table starts in 2019: a penalty due in 2018 is not guessed.
        let result = report([F.invoice("FA-1", issued: "2018-11-01", due: "2018-12-01", total: "1000.00", line: 2)], asOf: "2019-01-31")
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rateSource == .ecbRateMissing)
        #expect(penalty.rate == nil)
        #expect(penalty.amount == nil)
        #expect(penalty.halfYearStart.description == "2018-07-01")
        #expect(result.totals.first?.penalties.description == "0")
        #expect(result.items.first?.recoveryIndemnity?.description == "40.00")
    }

    @Test func configuredECBRateReplacesEmbedded() throws {
        var tables = ReferenceTables.embedded
        tables.ecbRefinancingRates.removeAll { $0.from == TestDocuments.date("2026-01-01") }
        tables.ecbRefinancingRates.append(ECBRefinancingRate(from: TestDocuments.date("2026-01-01"), rate: TestDocuments.amount("2.00"), source: "test"))
        let invoice = F.invoice("FA-1", issued: "2026-01-10", due: "2026-02-09", total: "1000.00", line: 2)
        let result = DunningReport(F.open([invoice], asOf: "2026-03-11"), configuration: DunningConfiguration(), tables: tables)
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rate?.description == "12.00")
        #expect(penalty.ecbRate?.provisional == false)
        // 1000 × 12 % × 30 / 365 = 9.863…
        #expect(penalty.amount?.description == "9.86")
    }

    @Test func embeddedECBTableHasEveryHalfYear() {
        let tables = ReferenceTables.embedded
        let rates = (2019...2026).flatMap { year in
            ["01", "07"].map { tables.ecbRefinancingRate(on: TestDocuments.date("\(year)-\($0)-15"))?.rate.description ?? "none" }
        }
        #expect(
            rates == [
                "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "2.50", "4.00", "4.50", "4.25", "3.15", "2.15", "2.15",
                "2.15",
            ])
        #expect(tables.ecbRefinancingRate(on: TestDocuments.date("2027-01-01")) == nil)
        #expect(tables.ecbRefinancingRates.filter(\.provisional).map(\.from.description) == ["2026-01-01", "2026-07-01"])
    }

    @Test func statedPenaltyRate() throws {
        let notes = [Note(subject: "PMD", text: "Pénalités de retard : 15 % par an")]
        let result = report([F.invoice("FA-1", due: "2025-03-31", total: "1000.00", notes: notes, line: 2)], asOf: "2025-04-30")
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rate?.description == "15")
        #expect(penalty.rateSource == .invoice)
        // 1000 × 15 % × 30 / 365 = 12.328…
        #expect(penalty.amount?.description == "12.33")
    }

    /// Returns the penalty of one invoice of 1000.00 due 2025-03-31, 30 days late, whose PMD note reads `note`.
    func statedPenalty(note: String, configuration: DunningConfiguration = DunningConfiguration()) -> LatePenalty? {
        let notes = [Note(subject: "PMD", text: note)]
        let invoice = F.invoice("FA-1", due: "2025-03-31", total: "1000.00", notes: notes, line: 2)
        return report([invoice], asOf: "2025-04-30", configuration: configuration).items.first?.penalty
    }

    @Test func threeTimesLegalRateAsStated() throws {
        // On 2025-03-31 the legal rate is 3.71 %: 11.13 %, not the ECB rate plus 10 points.
        let penalty = try #require(statedPenalty(note: "Pénalités de retard : trois fois le taux d'intérêt légal"))
        #expect(penalty.rate?.description == "11.13")
        #expect(penalty.rateSource == .invoiceThreeTimesLegalRate)
        // 1000 × 11.13 % × 30 / 365 = 9.1479…
        #expect(penalty.amount?.description == "9.15")
    }

    @Test func ecbRateAsStatedIsStatutory() throws {
        let penalty = try #require(statedPenalty(note: "Pénalités de retard : taux de refinancement de la BCE majoré de 10 points"))
        #expect(penalty.rate?.description == "13.15")
        #expect(penalty.rateSource == .statutory)
    }

    @Test func discountRateIsNotThePenaltyRate() throws {
        let penalty = try #require(statedPenalty(note: "Escompte de 2 % pour paiement anticipé ; pénalités de retard : 15 % l'an"))
        #expect(penalty.rate?.description == "15")
        #expect(penalty.rateSource == .invoice)
        #expect(penalty.amount?.description == "12.33")
    }

    @Test func monthlyRateIsMadeYearly() throws {
        let penalty = try #require(statedPenalty(note: "Pénalités de retard : 1,5 % par mois de retard"))
        // 1.5 % a month is 18 % a year: 1000 × 18 % × 30 / 365 = 14.794…
        #expect(penalty.rate?.description == "18.0")
        #expect(penalty.rateSource == .invoice)
        #expect(penalty.amount?.description == "14.79")
    }

    @Test func statedRateBelowMinimumGivesWay() throws {
        // 5 % is below 3 × 3.71 % = 11.13 %, so the clause is void and the minimum applies.
        let penalty = try #require(statedPenalty(note: "Pénalités de retard : 5 % par an"))
        #expect(penalty.rate?.description == "11.13")
        #expect(penalty.rateSource == .legalMinimumOverInvoice)
        #expect(penalty.amount?.description == "9.15")
    }

    @Test func configuredRateBelowMinimumGivesWay() throws {
        let configuration = DunningConfiguration(penaltyRate: TestDocuments.amount("2"))
        let result = report(
            [F.invoice("FA-1", due: "2025-03-31", total: "1000.00", line: 2)], asOf: "2025-04-30", configuration: configuration)
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rate?.description == "11.13")
        #expect(penalty.rateSource == .legalMinimumOverConfiguration)
        #expect(penalty.amount?.description == "9.15")
    }

    @Test func configuredPenaltyRate() throws {
        let configuration = DunningConfiguration(penaltyRate: TestDocuments.amount("12"))
        let result = report(
            [F.invoice("FA-1", due: "2025-03-31", total: "1000.00", line: 2)], asOf: "2025-04-30", configuration: configuration)
        let penalty = try #require(result.items.first?.penalty)
        #expect(penalty.rateSource == .configuration)
        // 1000 × 12 % × 30 / 365 = 9.863…
        #expect(penalty.amount?.description == "9.86")
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
