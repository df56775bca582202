import InvoiceAudit
import InvoiceModel
import Testing

/// The explanation tables: each rule in one family, and every French and FA rule explained.
@Suite struct RuleExplanationTests {
    @Test func familiesDoNotOverlap() {
        var seen: Set<String> = []
        for family in RuleExplanation.families {
            let twice = seen.intersection(family.keys).sorted()
            #expect(twice.isEmpty, "explained in two families: \(twice)")
            seen.formUnion(family.keys)
        }
    }

    @Test func everyFrenchAndOwnRuleIsExplained() {
        let ids = RuleCatalogue.all.map(\.id).filter { $0.hasPrefix("FR-") || $0.hasPrefix("FA-") }
        let missing = ids.filter { RuleExplanation.byRuleID[$0] == nil }
        #expect(missing.isEmpty, "add an explanation in RuleExplanation+<Family>.swift for \(missing)")
    }

    @Test func everyRuleIsExplained() {
        let missing = RuleCatalogue.all.map(\.id).filter { RuleExplanation.byRuleID[$0] == nil }
        #expect(missing.isEmpty, "rules without an explanation: \(missing)")
    }

    @Test func presenceRulesGetTheGeneratedParagraph() {
        let buyerName = RuleCatalogue.rule(id: "BR-07")?.explanation?.en
        #expect(buyerName?.hasPrefix(
            "This is one of the rules by which EN 16931 sets the terms an invoice must carry and how they belong together: \"buyer name (BT-44) missing\". The CEN validation artefacts treat it as fatal") == true)
        #expect(RuleCatalogue.rule(id: "BR-12")?.explanation?.en.hasPrefix("This is one of the rules") == false)
    }

    @Test func explanationsAreProseInBothLanguages() {
        for (id, entry) in RuleExplanation.byRuleID where id.hasPrefix("FR-") || id.hasPrefix("FA-") {
            for text in [entry.explanation.fr, entry.explanation.en] {
                #expect(!text.isEmpty, "\(id) has an empty explanation")
                #expect(text.hasSuffix("."), "\(id): an explanation is prose and ends with a period")
            }
        }
    }
}
