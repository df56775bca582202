import Foundation
import InvoiceAudit
import InvoiceModel
import Testing

/// Rule ids in `rules.disabled` and `rules.severity` are read whatever their case, and an unknown
/// id or key is rejected with the nearest known one.
@Suite struct ConfigurationRuleIDTests {
    func load(_ json: String) throws(ConfigurationError) -> AuditConfiguration {
        try ConfigurationTestSupport.load(json)
    }

    @Test(arguments: ["FR-PAY-04", "fr-pay-04", "Fr-Pay-04"])
    func severityKeyInAnyCaseApplies(id: String) throws {
        let configuration = try load("{\"rules\": {\"severity\": {\"\(id)\": \"info\"}}}")
        #expect(configuration.severityOverrides == ["FR-PAY-04": .info])
        var document = FrenchInvoice.compliant()
        document.notes = []
        let findings = Auditor(configuration: configuration).documentFindings(document).filter { $0.ruleID == "FR-PAY-04" }
        #expect(findings.map(\.severity) == [.info])
    }

    @Test func sameRuleInTwoCasesRejected() {
        do {
            _ = try load("{\"rules\": {\"severity\": {\"FR-NUM-03\": \"info\", \"fr-num-03\": \"error\"}}}")
            Issue.record("accepted the same rule twice")
        } catch {
            #expect(error.keyPath == "rules.severity.fr-num-03")
            #expect(
                error.message
                    == LocalizedText(fr: "règle 'FR-NUM-03' écrite deux fois : n'en gardez qu'une", en: "rule 'FR-NUM-03' written twice: keep only one"))
        }
    }

    @Test(arguments: [
        (
            "{\"rules\": {\"severity\": {\"FR-MNT-01\": \"info\"}}}", "rules.severity.FR-MNT-01",
            "unknown rule 'FR-MNT-01' (did you mean 'FR-MENT-01'?): 'facturaudit rules' lists the ids",
            "règle 'FR-MNT-01' inconnue (vouliez-vous dire 'FR-MENT-01' ?) : 'facturaudit rules' liste les identifiants"
        ),
        (
            "{\"rules\": {\"disabled\": [\"fr-numm-03\"]}}", "rules.disabled[0]",
            "unknown rule 'fr-numm-03' (did you mean 'FR-NUM-03'?): 'facturaudit rules' lists the ids",
            "règle 'fr-numm-03' inconnue (vouliez-vous dire 'FR-NUM-03' ?) : 'facturaudit rules' liste les identifiants"
        ),
        (
            "{\"rules\": {\"disabled\": [\"XYZ\"]}}", "rules.disabled[0]",
            "unknown rule 'XYZ': 'facturaudit rules' lists the ids",
            "règle 'XYZ' inconnue : 'facturaudit rules' liste les identifiants"
        ),
        (
            "{\"rules\": {\"disable\": []}}", "rules.disable",
            "unknown key (did you mean 'disabled'?): keys allowed here are disabled, severity",
            "clé inconnue (vouliez-vous dire 'disabled' ?) : clés possibles ici disabled, severity"
        ),
    ])
    func unknownNameGetsSuggestion(json: String, keyPath: String, en: String, fr: String) {
        guard let error = ConfigurationTestSupport.rejection(json) else { return }
        #expect(error.keyPath == keyPath)
        #expect(error.message.en == en)
        #expect(error.message.fr == fr)
    }
}
