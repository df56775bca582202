import InvoiceAudit
import InvoiceModel
import Testing

/// Rule references in each language: ids, articles and standard names stay, the words around
/// them follow the language of the report.
@Suite struct RuleReferenceLanguageTests {
    @Test func referencesWithWordsAreTranslated() throws {
        let correction = try #require(RuleCatalogue.rule(id: "FR-CORR-01"))
        #expect(correction.reference(.fr) == "CGI art. 289-I-4 et 289-V; BOI-TVA-DECLA-30-20-20-20 §§ 190-260")
        #expect(correction.reference(.en) == "CGI art. 289-I-4 and 289-V; BOI-TVA-DECLA-30-20-20-20 §§ 190-260")
        let line = try #require(RuleCatalogue.rule(id: "FA-CALC-03"))
        #expect(line.reference(.fr) == "EN 16931-1 BT-131 (calcul du montant net de la ligne de facture)")
        #expect(line.reference(.en) == "EN 16931-1 BT-131 (calculation of the invoice line net amount)")
        let numbering = try #require(RuleCatalogue.rule(id: "FA-NUM-01"))
        #expect(numbering.reference(.fr) == "CGI ann. II art. 242 nonies A, I-7° (suite chronologique et continue)")
        #expect(numbering.reference(.en) == "CGI ann. II art. 242 nonies A, I-7° (unbroken chronological sequence)")
    }

    @Test func referencesWithoutWordsAreShared() throws {
        let rule = try #require(RuleCatalogue.rule(id: "FA-CALC-04"))
        #expect(rule.reference(.fr) == "EN 16931-1 BR-CO-10 (CSV)")
        #expect(rule.reference(.en) == rule.reference(.fr))
    }

    @Test(arguments: [" and ", " to ", "calculation", "validation artefacts", "equivalent"])
    func frenchReferencesHaveNoEnglishWord(word: String) {
        let offending = RuleCatalogue.all.filter { $0.reference(.fr).contains(word) }.map(\.id)
        #expect(offending.isEmpty)
    }

    @Test(arguments: [" et ", "suite chronologique", "décret", "spécifications", "sincérité", "pénalités", " du ", "acomptes"])
    func englishReferencesHaveNoFrenchWord(word: String) {
        let offending = RuleCatalogue.all.filter { $0.reference(.en).contains(word) }.map(\.id)
        #expect(offending.isEmpty)
    }
}
