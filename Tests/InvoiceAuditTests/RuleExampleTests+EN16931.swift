import InvoiceAudit
import InvoiceModel
import Testing

extension RuleExampleTests {
    /// Reads the English messages of rule `id` on its own example.
    private func messages(_ id: String) -> [String]? {
        RuleExample.byRuleID[id]?.findings(of: id).map(\.message.en)
    }

    @Test func totalsExamplesReportTheirAmounts() {
        #expect(messages("BR-CO-10") == ["BT-106 declared '1231.60', computed '831.60': correct the amount or its parts"])
        #expect(messages("BR-CO-16") == ["BT-115 declared '1477.92', computed '1077.92': correct the amount or its parts"])
        #expect(
            messages("BR-CO-17") == [
                "BT-117 of category 'S' at 20 % declared '264.32', computed '246.32' from the base '1231.60': correct the VAT amount or the base"
            ])
        #expect(messages("BR-DEC-15") == ["VAT total in accounting currency (BT-111) has more than two decimals: '262.134', round it to the cent"])
    }

    @Test func coreExamplesReportTheirValues() {
        #expect(
            messages("BR-CO-09") == [
                "VAT identifier (BT-48) '03839062510' without an ISO 3166 country prefix: write it with its country code, such as 'FR'"
            ])
        #expect(messages("BR-51") == ["payment card number (BT-87) of 16 characters, more than 10: write only its last digits, such as the last 4"])
        #expect(messages("BR-21")?.count == 1)
    }

    @Test func cardNumberStaysOutOfMessage() {
        let findings = RuleExample.byRuleID["BR-51"]?.findings(of: "BR-51") ?? []
        #expect(findings.count == 1)
        #expect(!findings.contains { $0.message.en.contains("4970") || $0.message.fr.contains("4970") })
    }
}

extension RuleExampleTests {
    @Test func totalsRulesAreExplained() {
        let ids = RuleCatalogue.all.map(\.id).filter { $0.hasPrefix("BR-CO-") || $0.hasPrefix("BR-DEC-") }
        #expect(ids.count == 23 + 21)
        for id in ids {
            #expect(RuleCatalogue.rule(id: id)?.explanation != nil, "\(id) has no explanation")
        }
        #expect(RuleCatalogue.rule(id: "BR-DEC-19")?.explanation?.fr.hasPrefix("Comme tout montant d'une facture EN 16931, la base imposable de la catégorie (BT-116) s'écrit") == true)
    }

    @Test func coreExplanationsNameTheirTotal() {
        #expect(RuleCatalogue.rule(id: "BR-14")?.explanation?.en.hasPrefix("The invoice totals (BG-22) give the total with VAT (BT-112), which") == true)
        #expect(RuleCatalogue.rule(id: "BR-B-02")?.explanation != nil)
    }

    @Test func explanationFamiliesDoNotOverlap() {
        let total = RuleExplanation.families.map(\.count).reduce(0, +)
        #expect(total == RuleExplanation.byRuleID.count)
    }
}
