import Foundation
import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct ConfigurationTests {
    func load(_ json: String) throws(ConfigurationError) -> AuditConfiguration {
        try AuditConfiguration.load(json: Data(json.utf8), file: "facturaudit.json")
    }

    @Test func readsEverySection() throws {
        let configuration = try load(
            """
            {
              "$schema": "schemas/facturaudit-config.schema.json",
              "series": [{"pattern": "FA-{yyyy}-{counter:4}", "reset": "yearly", "carryOver": false,
                          "firstCounters": {"2025": 57}, "sellerSiren": "812 476 356"}],
              "issuer": {"category": "sme", "territory": "FR-COR", "vatOnDebits": true, "franchise": false,
                         "eInvoicingFrom": "2027-09-01", "vatGroupMember": true},
              "rules": {"disabled": ["FR-PAY-02"], "severity": {"FR-NUM-06": "error"}},
              "asOf": "2025-12-31",
              "deposits": {"consumptionMonths": 6},
              "tables": {"legalInterestRates": [{"from": "2026-07-01", "rate": 2.5, "source": "arrêté"}],
                         "vatRates": [{"territory": "FR-MET", "from": "2014-01-01", "rates": ["20", "10", "5.5", "2.1"]}],
                         "eInvoicingCalendar": {"sme": "2027-09-01"}},
              "csvMapping": "mapping.json"
            }
            """)
        #expect(configuration.series.first?.pattern.description == "FA-{yyyy}-{counter:4}")
        #expect(configuration.series.first?.firstCounters == ["2025": 57])
        #expect(configuration.series.first?.sellerSIREN == "812476356")
        #expect(configuration.issuer.category == .sme)
        #expect(configuration.issuer.territory == .corsica)
        #expect(configuration.issuer.vatGroupMember)
        #expect(configuration.disabledRules == ["FR-PAY-02"])
        #expect(configuration.severityOverrides == ["FR-NUM-06": .error])
        #expect(configuration.asOf?.description == "2025-12-31")
        #expect(configuration.depositConsumptionMonths == 6)
        #expect(configuration.tables.legalInterestRate(on: TestDocuments.date("2026-08-01"))?.rate.description == "2.5")
        #expect(configuration.csvMappingPath == "mapping.json")
    }

    @Test(arguments: [
        ("{\"serie\": []}", "serie", "unknown key (did you mean 'series'?): keys allowed here are $schema, aging, asOf, csvMapping, deposits, dunning, fec, issuer, rules, series, tables"),
        ("{\"fec\": {\"salesJournals\": []}}", "fec.salesJournals", "empty list: give at least one journal code, for example [\"VE\"], or remove the key to detect sales"),
        ("{\"fec\": {\"salesJournals\": [\" VE\"]}}", "fec.salesJournals[0]", "invalid journal code ' VE': write the JournalCode as the FEC writes it, without surrounding spaces"),
        ("{\"fec\": {\"journals\": [\"VE\"]}}", "fec.journals", "unknown key: keys allowed here are encoding, export, salesJournals"),
        ("{\"series\": [{\"pattern\": \"FA-{yyyy}\"}]}", "series[0].pattern", "pattern 'FA-{yyyy}' must contain exactly one {counter}"),
        ("{\"issuer\": {\"category\": \"big\"}}", "issuer.category", "invalid value 'big': expected one of large, mid, sme, micro"),
        ("{\"rules\": {\"disabled\": [\"FR-XYZ-01\"]}}", "rules.disabled[0]", "unknown rule 'FR-XYZ-01': 'facturaudit rules' lists the ids"),
        ("{\"asOf\": \"31/12/2025\"}", "asOf", "invalid date '31/12/2025': write YYYY-MM-DD"),
        ("{\"deposits\": {\"consumptionMonths\": 0}}", "deposits.consumptionMonths", "expected an integer from 1 to 120, found 0"),
        ("{\"series\": [}", "", "unexpected character '}' on line 1, column 13: check commas, quotes and braces"),
        ("{\n  \"asOf\": \"2025-06-30\"\n  \"rules\": {}\n}", "", "missing comma before line 3, column 3: separate the items with a comma"),
        ("{\n  // fin d'exercice\n  \"asOf\": \"2025-06-30\"\n}", "", "comment on line 2, column 3: JSON does not allow comments, remove it"),
        ("{'asOf': '2025-06-30'}", "", "single quote on line 1, column 2: JSON writes strings and keys between double quotes \"…\""),
        ("{asOf: \"2025-06-30\"}", "", "key without quotes on line 1, column 2: write it between double quotes, for example \"asOf\""),
        ("{\"asOf\": \"2025-06-30\"}\n{}", "", "text after the end of the JSON object on line 2, column 1: the file holds a single object { }"),
        ("{\"rules\": {\"disabled\": [\"FR-NUM-03\"", "", "unexpected end of file on line 1, column 36: a string, an object { } or an array [ ] is not closed"),
        ("{\"issuer\": {\"category\": \"éé\" \"sme\"}}", "", "missing comma before line 1, column 30: separate the items with a comma"),
        (
            "{\"series\": [{\"pattern\": \"FA-{counter}\", \"sellerSiren\": \"abc\"}]}", "series[0].sellerSiren",
            "invalid SIREN 'abc': write the seller's 9-digit SIREN"
        ),
        ("{\"asOf\": \"2025-06-30\",}", "", "trailing comma before the end of an object or array on line 1: remove it"),
        ("{\n  \"rules\": {\"disabled\": [\"FR-NUM-03\",\n  ]}\n}", "", "trailing comma before the end of an object or array on line 2: remove it"),
        ("{\"asOf\": \"2020-01-01\", \"asOf\": \"2025-10-28\"}", "", "key 'asOf' written twice: keep only one"),
        (
            "{\"series\": [{\"pattern\": \"A-{counter}\"}, {\"pattern\": \"F-{counter}\", \"reset\": \"yearly\", \"reset\": \"never\"}]}",
            "series[1]", "key 'reset' written twice: keep only one"
        ),
    ])
    func rejectsWithKeyPathAndAdvice(json: String, keyPath: String, message: String) throws {
        let error = try #require(ConfigurationTestSupport.rejection(json))
        #expect(error.keyPath == keyPath)
        #expect(error.message.en == message)
        #expect(error.text(.en).hasPrefix("facturaudit.json: "))
    }

    /// A comma inside a string value is no trailing comma.
    @Test func commaInsideStringIsKept() throws {
        let configuration = try load("{\"tables\": {\"legalInterestRates\": [{\"from\": \"2026-07-01\", \"rate\": 2.5, \"source\": \"arrêté,]\"}]}}")
        #expect(configuration.tables.legalInterestRate(on: TestDocuments.date("2026-08-01"))?.rate.description == "2.5")
    }

    @Test func fecEncodingAndExportAreRead() throws {
        let configuration = try load(
            "{\"fec\": {\"encoding\": \"ISO-8859-15\", \"export\": {\"journalCode\": \"VT\", \"vatAccount\": \"445711\"}}}")
        #expect(configuration.fecEncoding == "iso-8859-15")
        #expect(configuration.fecExport.journalCode == "VT")
        #expect(configuration.fecExport.vatAccount == "445711")
        #expect(configuration.fecExport.customerAccount == "411000")
        #expect(try load("{}").fecEncoding == nil)
        #expect(throws: ConfigurationError.self) { try load("{\"fec\": {\"encoding\": \"latin1\"}}") }
        #expect(throws: ConfigurationError.self) { try load("{\"fec\": {\"export\": {\"revenueAccount\": \"70\"}}}") }
    }

    @Test func fecSalesJournalsAreRead() throws {
        #expect(try load("{\"fec\": {\"salesJournals\": [\"VE\", \"VT2\"]}}").fecSalesJournals == ["VE", "VT2"])
        #expect(try load("{\"fec\": {}}").fecSalesJournals == nil)
        #expect(try load("{}").fecSalesJournals == nil)
    }

    @Test func severityOverridesAndDisabledRulesApply() throws {
        let configuration = try load("{\"rules\": {\"disabled\": [\"FR-PAY-02\"], \"severity\": {\"FR-PAY-04\": \"warning\"}}}")
        var document = FrenchInvoice.compliant()
        document.notes = []
        let findings = Auditor(configuration: configuration).documentFindings(document).filter { $0.ruleID.hasPrefix("FR-PAY") }
        #expect(findings.map(\.ruleID) == ["FR-PAY-03", "FR-PAY-04"])
        #expect(findings.map(\.severity) == [.error, .warning])
    }
}
