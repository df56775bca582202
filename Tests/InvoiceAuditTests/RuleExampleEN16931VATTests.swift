import InvoiceAudit
import InvoiceModel
import Testing

/// The VAT category, code-list and UBL syntax examples: each fires its rule, and besides it only
/// the rules listed here, which the same change also breaks.
@Suite struct RuleExampleEN16931VATTests {
    static let prefixes = [
        "BR-S-", "BR-Z-", "BR-E-", "BR-AE-", "BR-IC-", "BR-G-", "BR-O-", "BR-AF-", "BR-AG-", "BR-CL-", "UBL-SR-", "UBL-DT-",
    ]

    /// Rules an example fires besides its own. French rules appear where French law requires what
    /// the example removes. FR-MENT-09 stays silent on an invoice wholly in category O, whose seller
    /// need not hold a VAT number, but fires when an O invoice also has lines in another category
    /// (BR-O-11, BR-O-12). BR-CO-17 and FA-CALC-01 check the same VAT
    /// amount as the -09 rules.
    static let alsoFired: [String: Set<String>] = [
        "BR-AE-01": ["BR-CO-18", "FR-SPEC-05"],
        "BR-AE-02": ["FR-MENT-10"],
        "BR-AE-03": ["BR-AE-02", "FR-MENT-10"],
        "BR-AE-04": ["BR-AE-02", "FR-MENT-10"],
        "BR-AE-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-AE-10": ["FR-SPEC-05"],
        "BR-AF-01": ["BR-CO-18"],
        "BR-AF-03": ["BR-AF-02"],
        "BR-AF-04": ["BR-AF-02"],
        "BR-AF-08": ["FA-CALC-01"],
        "BR-AF-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-AG-01": ["BR-CO-18"],
        "BR-AG-03": ["BR-AG-02"],
        "BR-AG-04": ["BR-AG-02"],
        "BR-AG-08": ["FA-CALC-01"],
        "BR-AG-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-CL-04": ["FR-MENT-21"],
        "BR-E-01": ["BR-CO-18", "FR-SPEC-02"],
        "BR-E-02": ["FR-MENT-09"],
        "BR-E-03": ["BR-E-02", "FR-MENT-09"],
        "BR-E-04": ["BR-E-02", "FR-MENT-09"],
        "BR-E-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-E-10": ["FR-SPEC-02"],
        "BR-G-01": ["BR-CO-18", "FR-SPEC-04"],
        "BR-G-02": ["FR-MENT-09"],
        "BR-G-03": ["BR-G-02", "FR-MENT-09"],
        "BR-G-04": ["BR-G-02", "FR-MENT-09"],
        "BR-G-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-G-10": ["FR-SPEC-04"],
        "BR-IC-01": ["BR-CO-18", "FR-SPEC-03"],
        "BR-IC-02": ["FR-MENT-10"],
        "BR-IC-03": ["BR-IC-02", "FR-MENT-10"],
        "BR-IC-04": ["BR-IC-02", "FR-MENT-10"],
        "BR-IC-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-IC-10": ["FR-SPEC-03"],
        "BR-IC-12": ["BR-57"],
        "BR-O-01": ["BR-CO-18", "FR-SPEC-02"],
        "BR-O-03": ["BR-O-02"],
        "BR-O-04": ["BR-O-02"],
        "BR-O-09": ["BR-CO-17"],
        "BR-O-10": ["FR-SPEC-02"],
        "BR-O-11": ["FR-MENT-09"],
        "BR-O-12": ["BR-O-11", "BR-Z-02", "FR-MENT-09"],
        "BR-O-13": ["BR-Z-01", "BR-Z-03"],
        "BR-O-14": ["BR-Z-01", "BR-Z-04"],
        "BR-S-01": ["BR-CO-18"],
        "BR-S-02": ["FR-MENT-09"],
        "BR-S-03": ["BR-S-02", "FR-MENT-09"],
        "BR-S-04": ["BR-S-02", "FR-MENT-09"],
        "BR-S-08": ["FA-CALC-01"],
        "BR-S-09": ["BR-CO-17", "FA-CALC-01"],
        "BR-Z-01": ["BR-CO-18"],
        "BR-Z-02": ["FR-MENT-09"],
        "BR-Z-03": ["BR-Z-02", "FR-MENT-09"],
        "BR-Z-04": ["BR-Z-02", "FR-MENT-09"],
        "BR-Z-09": ["BR-CO-17", "FA-CALC-01"],
    ]

    @Test func examplesCoverTheFamilies() {
        let ids = RuleExample.byRuleID.keys.filter { id in RuleExampleEN16931VATTests.prefixes.contains { id.hasPrefix($0) } }
        #expect(ids.count == 127)
    }

    @Test func examplesFireOnlyTheirCause() {
        for (id, example) in RuleExample.byRuleID.sorted(by: { $0.key < $1.key })
        where RuleExampleEN16931VATTests.prefixes.contains(where: { id.hasPrefix($0) }) {
            let others = Set(example.findings().map(\.ruleID)).subtracting([id])
            #expect(others == RuleExampleEN16931VATTests.alsoFired[id, default: []], "\(id)")
        }
    }

    @Test func vatBasisExampleReportsAmounts() {
        let messages = RuleExample.byRuleID["BR-AE-08"]?.findings(of: "BR-AE-08").map(\.message.en)
        #expect(messages == ["BT-116 (AE) declared '1233.60', computed '1231.60': correct the amount or its parts"])
    }

    @Test func notSubjectRateTitleAsksForNoRate() {
        let messages = RuleExample.byRuleID["BR-O-05"]?.findings(of: "BR-O-05").map(\.message.en)
        #expect(messages == ["line in category 'not subject to VAT' (O) with a VAT rate: correct the invoice in the tool that issues it"])
    }

    @Test func codeListExamplesQuoteTheirValue() {
        let expected = [
            "BR-CL-10": "identifier scheme not in ISO 6523: 'SIRET', use a code from the list",
            "BR-CL-24": "attachment MIME type (BT-125) not allowed: 'application/msword', use a code from the list",
            "BR-CL-03": "currency attribute of an amount not in ISO 4217: 'EURO', use a code from the list",
        ]
        for (id, message) in expected {
            #expect(RuleExample.byRuleID[id]?.findings(of: id).map(\.message.en) == [message])
        }
    }
}

/// The paragraphs `explain` prints for the VAT category rules, one per family.
@Suite struct VATCategoryExplanationTests {
    @Test func everyCategoryRuleIsExplained() {
        let ids = RuleCatalogue.all.map(\.id).filter { id in
            ["BR-S-", "BR-Z-", "BR-E-", "BR-AE-", "BR-IC-", "BR-G-", "BR-O-", "BR-AF-", "BR-AG-"].contains { id.hasPrefix($0) }
        }
        #expect(ids.count == 96)
        for id in ids {
            let explanation = RuleCatalogue.rule(id: id)?.explanation
            #expect(explanation?.fr.isEmpty == false, "\(id)")
            #expect(explanation?.en.isEmpty == false, "\(id)")
        }
    }

    @Test func familySharesOneParagraph() {
        let first = RuleCatalogue.rule(id: "BR-IC-01")?.explanation
        #expect(RuleCatalogue.rule(id: "BR-IC-12")?.explanation == first)
        #expect(first?.en.hasPrefix("BR-IC-01 to BR-IC-10 check, in order, the VAT breakdown (BG-23) of category K") == true)
        #expect(first?.fr.hasPrefix("De BR-IC-01 à BR-IC-10, les règles vérifient") == true)
        #expect(RuleCatalogue.rule(id: "BR-S-01")?.explanation != first)
    }
}

/// The paragraphs `explain` prints for the code-list and UBL syntax rules.
@Suite struct SyntaxRuleExplanationTests {
    @Test func everySyntaxRuleIsExplained() {
        let ids = RuleCatalogue.all.map(\.id).filter { id in ["BR-CL-", "UBL-SR-", "UBL-DT-"].contains { id.hasPrefix($0) } }
        #expect(ids.count == 31)
        for id in ids {
            #expect(RuleCatalogue.rule(id: id)?.explanation != nil, "\(id)")
        }
    }

    @Test func codeListsShareOneParagraph() {
        let paragraph = RuleCatalogue.rule(id: "BR-CL-14")?.explanation
        #expect(RuleCatalogue.rule(id: "BR-CL-01")?.explanation == paragraph)
        #expect(paragraph?.en.contains("'SIRET', 'FRA' or 'VIR'") == true)
        #expect(RuleCatalogue.rule(id: "UBL-SR-12")?.explanation == RuleCatalogue.rule(id: "UBL-SR-47")?.explanation)
        #expect(RuleCatalogue.rule(id: "UBL-DT-06")?.explanation != RuleCatalogue.rule(id: "UBL-DT-07")?.explanation)
    }
}
