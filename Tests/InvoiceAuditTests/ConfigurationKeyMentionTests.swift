import InvoiceAudit
import InvoiceModel
import Testing

/// Every configuration key that a rule's title, explanation, example or message names exists in
/// `facturaudit.json`, so `explain` never sends a user to a key the reader rejects.
@Suite struct ConfigurationKeyMentionTests {
    /// Words in rule texts that look like keys but name something else: XML attributes, and the
    /// keys of canonical JSON's progress object.
    static let otherNames: Set<String> = [
        "currencyID", "mimeCode", "cumulativePercent", "cumulativeAmount", "orderReference", "orderTotal", "situationNumber",
    ]

    /// The sections of `facturaudit.json`: a dotted word starting with one of them is a key path.
    static let sections = ["series", "issuer", "rules", "deposits", "tables", "fec"]

    /// Returns the camel-case words (`firstCounters`) and the dotted paths starting with a section
    /// (`deposits.consumptionMonths`) of `text`.
    static func keyLikeWords(in text: String) -> [String] {
        var words: [String] = []
        for match in text.matches(of: /[A-Za-z$][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*/) {
            let word = String(match.output.0)
            if word.contains(".") {
                if let section = word.split(separator: ".").first, sections.contains(String(section)) { words.append(word) }
            } else if word.first?.isLowercase == true, word.contains(where: \.isUppercase) {
                words.append(word)
            }
        }
        return words
    }

    /// Returns every text shown for a rule: title, explanation, example situation and the example's findings.
    static func texts(of rule: RuleDescriptor) -> [String] {
        var texts = [rule.title.fr, rule.title.en]
        if let explanation = rule.explanation { texts += [explanation.fr, explanation.en] }
        if let example = rule.runnableExample {
            texts += [example.situation.fr, example.situation.en]
            texts += example.findings().flatMap { [$0.message.fr, $0.message.en] }
        }
        return texts
    }

    @Test func checkerCatchesTheOldDepositKey() {
        #expect(Self.keyLikeWords(in: "12 months by default, set by depositConsumptionMonths") == ["depositConsumptionMonths"])
        #expect(!ConfigurationKeys.isKnown("depositConsumptionMonths"))
        #expect(Self.keyLikeWords(in: "set by deposits.consumptionMonths in facturaudit.json") == ["deposits.consumptionMonths"])
        #expect(ConfigurationKeys.isKnown("deposits.consumptionMonths"))
        #expect(ConfigurationKeys.isKnown("firstCounters"))
        #expect(!ConfigurationKeys.isKnown("deposits.months"))
    }

    @Test func everyKeyNamedByARuleExists() {
        var unknown: [String] = []
        for rule in RuleCatalogue.all {
            for word in Self.texts(of: rule).flatMap(Self.keyLikeWords) where !ConfigurationKeys.isKnown(word) && !Self.otherNames.contains(word) {
                unknown.append("\(rule.id): \(word)")
            }
        }
        #expect(Set(unknown).sorted() == [])
    }
}
