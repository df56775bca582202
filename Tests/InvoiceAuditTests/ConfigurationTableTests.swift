import Foundation
import InvoiceAudit
import InvoiceModel
import Testing

/// Invalid or contradictory values in `series`, `rules` and `tables`, and how `tables.vatRates`
/// rows combine with the embedded rows.
@Suite struct ConfigurationTableTests {
    func load(_ json: String) throws(ConfigurationError) -> AuditConfiguration {
        try ConfigurationTestSupport.load(json)
    }

    @Test(arguments: [
        (
            "{\"series\": [{\"pattern\": \"FA-{yyyy}-{counter:4}\", \"firstCounters\": {\"2025-13\": 4}}]}",
            "series[0].firstCounters.2025-13", "invalid period: write YYYY or YYYY-MM", "période invalide : écrivez AAAA ou AAAA-MM"
        ),
        (
            "{\"series\": [{\"pattern\": \"FA-{yyyy}-{counter:4}\", \"firstCounters\": {\"2025-00\": 4}}]}",
            "series[0].firstCounters.2025-00", "invalid period: write YYYY or YYYY-MM", "période invalide : écrivez AAAA ou AAAA-MM"
        ),
        (
            "{\"tables\": {\"legalInterestRates\": [{\"from\": \"2026-07-01\", \"rate\": \"3.1\"}, {\"from\": \"2026-07-01\", \"rate\": \"4\"}]}}",
            "tables.legalInterestRates[1].from",
            "date '2026-07-01' already given at tables.legalInterestRates[0]: keep one row per date",
            "date '2026-07-01' déjà donnée en tables.legalInterestRates[0] : gardez une seule ligne par date"
        ),
        (
            "{\"tables\": {\"vatRates\": [{\"territory\": \"FR-MET\", \"from\": \"2025-01-01\", \"until\": \"2024-01-01\", \"rates\": [\"20\"]}]}}",
            "tables.vatRates[0].until",
            "end date '2024-01-01' is before the start '2025-01-01': give the last day the rates apply, no earlier than 'from'",
            "date de fin '2024-01-01' antérieure au début '2025-01-01' : donnez le dernier jour où les taux s'appliquent, au plus tôt le jour de 'from'"
        ),
        (
            "{\"tables\": {\"vatRates\": [{\"territory\": \"FR-MET\", \"from\": \"2025-01-01\", \"rates\": []}]}}",
            "tables.vatRates[0].rates",
            "empty list: give at least one rate, for example [\"20\", \"10\", \"5.5\", \"2.1\"]; for Guyane and Mayotte, where VAT does not apply, the embedded table is enough",
            "liste vide : donnez au moins un taux, par exemple [\"20\", \"10\", \"5.5\", \"2.1\"] ; en Guyane et à Mayotte, où la TVA ne s'applique pas, la table intégrée suffit"
        ),
        (
            "{\"tables\": {\"vatRates\": [{\"territory\": \"GP\", \"from\": \"2025-01-01\", \"rates\": [\"8.5\"]}, {\"territory\": \"GP\", \"from\": \"2025-01-01\", \"rates\": [\"2.1\"]}]}}",
            "tables.vatRates[1].from",
            "territory 'GP' already given from '2025-01-01' at tables.vatRates[0]: keep one row per territory and date",
            "territoire 'GP' déjà donné à partir du '2025-01-01' en tables.vatRates[0] : gardez une seule ligne par territoire et par date"
        ),
        (
            "{\"tables\": {\"ecbRefinancingRates\": [{\"from\": \"2027-03-01\", \"rate\": \"2\"}]}}",
            "tables.ecbRefinancingRates[0].from",
            "invalid date '2027-03-01': the rate applies by half-year, give 1 January or 1 July, for example \"2027-01-01\"",
            "date '2027-03-01' invalide : le taux s'applique par semestre, donnez le 1er janvier ou le 1er juillet, par exemple \"2027-01-01\""
        ),
        (
            "{\"tables\": {\"ecbRefinancingRates\": [{\"from\": \"2027-07-01\", \"rate\": \"215\"}]}}",
            "tables.ecbRefinancingRates[0].rate",
            "rate '215' out of range: give the rate in percent, between 0 and 100, for example \"2.15\"",
            "taux '215' hors limites : donnez le taux en pour cent, entre 0 et 100, par exemple \"2.15\""
        ),
        (
            "{\"tables\": {\"ecbRefinancingRates\": [{\"from\": \"2027-01-01\", \"rate\": \"2\"}, {\"from\": \"2027-01-01\", \"rate\": \"2.5\"}]}}",
            "tables.ecbRefinancingRates[1].from",
            "date '2027-01-01' already given at tables.ecbRefinancingRates[0]: keep one row per half-year",
            "date '2027-01-01' déjà donnée en tables.ecbRefinancingRates[0] : gardez une seule ligne par semestre"
        ),
        (
            "{\"tables\": {\"ecbRefinancingRates\": [{\"from\": \"2027-01-01\"}]}}",
            "tables.ecbRefinancingRates[0]", "keys 'from' and 'rate' are required", "les clés 'from' et 'rate' sont obligatoires"
        ),
        (
            "{\"rules\": {\"disabled\": [\"FR-VAT-01\"], \"severity\": {\"fr-vat-01\": \"error\"}}}",
            "rules.severity.fr-vat-01",
            "rule 'FR-VAT-01' is also disabled in rules.disabled: remove it from one of the two",
            "règle 'FR-VAT-01' aussi désactivée dans rules.disabled : retirez-la de l'une des deux listes"
        ),
    ])
    func rejectsWithKeyPath(json: String, keyPath: String, en: String, fr: String) {
        guard let error = ConfigurationTestSupport.rejection(json) else { return }
        #expect(error.keyPath == keyPath)
        #expect(error.message.en == en)
        #expect(error.message.fr == fr)
    }

    @Test func ecbRatesReplaceTheirHalfYear() throws {
        let configuration = try load(
            "{\"tables\": {\"ecbRefinancingRates\": [{\"from\": \"2026-07-01\", \"rate\": \"2.40\", \"source\": \"BCE\"}, {\"from\": \"2027-01-01\", \"rate\": \"2\"}]}}")
        let rates = configuration.tables.ecbRefinancingRates
        let second2026 = try #require(configuration.tables.ecbRefinancingRate(on: TestDocuments.date("2026-09-30")))
        #expect(second2026.rate.description == "2.40")
        #expect(second2026.source == "BCE")
        #expect(second2026.provisional == false)
        #expect(configuration.tables.ecbRefinancingRate(on: TestDocuments.date("2027-06-30"))?.source == "facturaudit.json")
        // The embedded rows of other half-years stay, one row per half-year.
        #expect(configuration.tables.ecbRefinancingRate(on: TestDocuments.date("2025-03-01"))?.rate.description == "3.15")
        #expect(rates.count == ReferenceTables.embedded.ecbRefinancingRates.count + 1)
    }

    @Test func validMonthsAndDistinctDatesAreAccepted() throws {
        let configuration = try load(
            """
            {"series": [{"pattern": "FA-{yyyy}{mm}-{counter:4}", "firstCounters": {"2025-12": 4, "2025-01": 2}}],
             "rules": {"disabled": ["FR-VAT-01"], "severity": {"FR-NUM-06": "error"}},
             "tables": {"legalInterestRates": [{"from": "2026-07-01", "rate": "3.1"}, {"from": "2027-01-01", "rate": "4"}],
                        "vatRates": [{"territory": "FR-MET", "from": "2025-01-01", "until": "2025-01-01", "rates": ["20"]}]}}
            """)
        #expect(configuration.series.first?.firstCounters == ["2025-12": 4, "2025-01": 2])
        #expect(configuration.tables.legalInterestRate(on: TestDocuments.date("2027-02-01"))?.rate.description == "4")
    }

    @Test func vatRateRowKeepsTheEmbeddedRowsOutsideItsDates() throws {
        let tables = try load(
            "{\"tables\": {\"vatRates\": [{\"territory\": \"FR-MET\", \"from\": \"2025-06-01\", \"until\": \"2025-12-31\", \"rates\": [\"20\"]}]}}"
        ).tables
        let embedded = ["20", "10", "5.5", "2.1"]
        #expect(tables.allowedVATRates(in: .metropolitan, on: TestDocuments.date("2025-03-10"))?.map(\.description) == embedded)
        #expect(tables.allowedVATRates(in: .metropolitan, on: TestDocuments.date("2025-06-01"))?.map(\.description) == ["20"])
        #expect(tables.allowedVATRates(in: .metropolitan, on: TestDocuments.date("2026-01-01"))?.map(\.description) == embedded)
        #expect(tables.allowedVATRates(in: .corsica, on: TestDocuments.date("2025-06-01"))?.count == 6)
    }

    @Test func vatRateRowDoesNotSilenceFRVAT01OnEarlierInvoices() throws {
        let configuration = try load(
            "{\"tables\": {\"vatRates\": [{\"territory\": \"FR-MET\", \"from\": \"2025-06-01\", \"rates\": [\"20\"]}]}}")
        func findings(_ date: String, _ rate: String) -> [Finding] {
            let document = Document(
                number: "FA-1", issueDate: TestDocuments.date(date), lines: [Line(netAmount: TestDocuments.amount("100.00"), vatRate: TestDocuments.amount(rate))],
                source: SourceLocation(file: "a.csv", line: 2), sourceFormat: .csv)
            return Auditor(configuration: configuration).documentFindings(document).filter { $0.ruleID == "FR-VAT-01" }
        }
        #expect(
            findings("2025-03-10", "13").map(\.message.en)
                == ["VAT rate of 13% does not apply in metropolitan France on 2025-03-10 (allowed: 20, 10, 5.5, 2.1): correct the rate"])
        #expect(findings("2025-03-10", "10").isEmpty)
        #expect(findings("2025-07-01", "10").map(\.message.en) == ["VAT rate of 10% does not apply in metropolitan France on 2025-07-01 (allowed: 20): correct the rate"])
        #expect(findings("2025-07-01", "20").isEmpty)
    }
}
