import Foundation
import Testing

@testable import facturaudit
import InvoiceAudit
import InvoiceModel

@Suite struct ExplainCommandTests {
    @Test func explainsRuleInEnglish() throws {
        let result = try ToolRunner.run(["explain", "fr-num-03", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix(
            "FR-NUM-03 — gap in the numbering\n\ndefault severity: error\nreference: CGI ann. II art. 242 nonies A, I-7°; BOI-TVA-DECLA-30-20-20-10 §§ 70-100\n\nEach numbering series is continuous"))
        #expect(result.stdout.hasSuffix(
            "\n\nExample: FA-2025-0001 to FA-2025-0005 without FA-2025-0003\n"
                + "  export.csv:4: error: [FR-NUM-03] missing number in series FA-{yyyy}-{counter:4}: FA-2025-0003\n"))
    }

    @Test func explainsRuleInFrench() throws {
        let result = try ToolRunner.run(["explain", "FR-CORR-05"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("FR-CORR-05 — avoirs cumulés supérieurs au total de la facture\n\ngravité par défaut : erreur\nréférence : CGI art. 272-1\n"))
        #expect(
            result.stdout.contains(
                "\nExemple : la facture de référence de 1\u{202F}477,92 TTC, puis un avoir AV-2025-0001 de 1\u{202F}500,00 TTC qui la cite\n"
                    + "  AV-2025-0001.xml:2: erreur: [FR-CORR-05] l'avoir 'AV-2025-0001' crédite 1\u{202F}500,00, plus que le total TTC 1\u{202F}477,92 de la facture 'FA-2025-0001'\n"))
    }

    @Test func unknownRuleExitsTwo() throws {
        let result = try ToolRunner.run(["explain", "XX-NONE-99", "--lang", "en"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "facturaudit: unknown rule 'XX-NONE-99': run facturaudit rules to list them\n")
    }

    @Test(arguments: [
        ("FR-FCE-05", "FR-FEC-05"),
        ("FR-NUM-3", "FR-NUM-03"),
        ("fr-num-003", "FR-NUM-03"),
        // FR-MENT-01 and FR-MENT-11 are both one edit away: the number decides.
        ("FR-MENT-1", "FR-MENT-01"),
        ("FR-NUM-99", "FR-NUM-09"),
    ])
    func unknownRuleSuggestsNearestId(typo: String, expected: String) throws {
        let english = try ToolRunner.run(["explain", typo, "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stdout.isEmpty)
        #expect(
            english.stderr
                == "facturaudit: unknown rule '\(typo)' (did you mean '\(expected)'?): run facturaudit rules to list them\n")
        let french = try ToolRunner.run(["explain", typo, "--lang", "fr"])
        #expect(
            french.stderr
                == "facturaudit : règle inconnue '\(typo)' (vouliez-vous dire '\(expected)' ?) : lancez facturaudit rules pour les lister\n")
    }

    @Test func ruleHintKeepsSilentForFarIds() {
        #expect(RuleCatalogue.closestID(to: "XX-NONE-99") == nil)
        #expect(RuleCatalogue.closestID(to: "FR-NUM-3") == "FR-NUM-03")
        #expect(RuleCatalogue.hint(for: "ZZ-QQQQ-42").en == "")
    }

    @Test func missingIdIsUsageError() throws {
        let result = try ToolRunner.run(["explain", "--lang", "en"])
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("facturaudit: missing rule id: for example facturaudit explain FR-NUM-03\n"))
    }

    @Test func ruleWithoutExplanationUsesTitleAndReference() {
        let rule = RuleDescriptor(
            id: "XX-TEST-01", severity: .warning, title: LocalizedText(fr: "titre d'essai", en: "test title"),
            reference: "EN 16931-1 BR-00")
        #expect(rule.explanation == nil)
        #expect(
            ExplainCommand.text(rule, language: .en)
                == "XX-TEST-01 — test title\n\ndefault severity: warning\nreference: EN 16931-1 BR-00\n\nNo detailed explanation yet: the title and reference above describe the check.\n")
    }

    @Test func explainedRulesHaveExplanationAndExample() {
        let explained = [
            "BR-CO-10", "BR-CO-15", "FA-CALC-01", "FA-CALC-02", "FR-CORR-03", "FR-CORR-04", "FR-CORR-05", "FR-NUM-01",
            "FR-NUM-02", "FR-NUM-03", "FR-NUM-04", "FR-NUM-07",
        ]
        for id in explained {
            let rule = RuleCatalogue.rule(id: id)
            #expect(rule?.explanation != nil, "\(id) has no explanation")
            #expect(rule?.runnableExample != nil, "\(id) has no example")
        }
    }

    @Test func storeRuleIsExplainedWithoutExample() throws {
        let rule = try #require(RuleCatalogue.rule(id: "FR-CORR-01"))
        let text = ExplainCommand.text(rule, language: .en)
        #expect(text.contains("\n\nAn issued invoice is never modified, and any correction goes through a credit note"))
        #expect(!text.contains("\nExample"))
    }

    @Test func exampleOfLedgerRuleShowsFindingsOfEverySource() throws {
        let result = try ToolRunner.run(["explain", "FA-MIG-01", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.stdout.hasSuffix(
            "\n\nExample: the old tool exports FA-2025-0001 to FA-2025-0004, the new one starts again at FA-2025-0003\n"
                + "  nouvel-outil/factures.csv:2: error: [FA-MIG-01] overlap at the junction: 'nouvel-outil/' uses FA-2025-0003 to FA-2025-0004 (2 documents) while 'ancien-outil/' goes up to FA-2025-0004; the new numbering must continue after it\n"))
    }

    @Test func explanationTableNamesCatalogueRules() {
        for id in RuleExplanation.byRuleID.keys {
            #expect(RuleCatalogue.rule(id: id)?.id == id, "explanation for '\(id)', which is not in the catalogue")
        }
    }
}
