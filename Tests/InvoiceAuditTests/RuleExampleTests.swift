import InvoiceAudit
import InvoiceModel
import Testing

/// Every rule of the catalogue can fire: its example, audited, reports it. The reference
/// invoice the examples start from reports nothing, so each example shows one rule's cause.
@Suite struct RuleExampleTests {
    /// Rules checked by `facturaudit import` or `verify` on a store, which compare two states of
    /// it, not by the auditor: `explain` describes them in words, and Tests/InvoiceStoreTests make
    /// them fire.
    static let storeRules: Set<String> = ["FA-SEAL-01", "FA-SEAL-02", "FR-CORR-01", "FR-CORR-02"]

    /// Rules listed for completeness that never fire: the official artefacts test them as always
    /// true (a reason text and its code must agree), as docs/en16931.md explains.
    static let rulesThatNeverFire: Set<String> = ["BR-CO-05", "BR-CO-06", "BR-CO-07", "BR-CO-08"]

    @Test func referenceInvoiceFiresNothing() {
        let example = RuleExample(LocalizedText(fr: "référence", en: "reference")) { _ in }
        let findings = example.findings()
        #expect(findings.isEmpty, "\(findings.map { "\($0.ruleID): \($0.message.en)" })")
    }

    @Test func everyExampleFiresItsRule() {
        for (id, example) in RuleExample.byRuleID.sorted(by: { $0.key < $1.key }) {
            #expect(RuleCatalogue.rule(id: id)?.id == id, "example for unknown rule \(id)")
            let fired = example.findings(of: id)
            #expect(!fired.isEmpty, "the example of \(id) does not fire it; it fires \(Set(example.findings().map(\.ruleID)).sorted())")
        }
    }

    @Test func everyRuleHasAnExampleUnlessListed() {
        let ids = Set(RuleCatalogue.all.map(\.id))
        let withExample = Set(RuleExample.byRuleID.keys)
        let missing = ids.subtracting(withExample).subtracting(Self.storeRules).subtracting(Self.rulesThatNeverFire)
        let unexpected = missing.subtracting(Self.examplesStillToWrite).sorted()
        let written = Self.examplesStillToWrite.intersection(withExample).sorted()
        #expect(unexpected.isEmpty, "rules without an example: \(unexpected)")
        #expect(written.isEmpty, "remove from examplesStillToWrite, they have one now: \(written)")
    }

    @Test func familiesDoNotOverlap() {
        let total = RuleExample.families.map(\.count).reduce(0, +)
        #expect(total == RuleExample.byRuleID.count)
    }

    @Test func numberingExamplesReportTheirCause() {
        let gap = RuleExample.byRuleID["FR-NUM-03"]?.findings(of: "FR-NUM-03").map(\.message.en)
        #expect(gap == ["missing number in series FA-{yyyy}-{counter:4}: FA-2025-0003"])
        let junction = RuleExample.byRuleID["FA-MIG-01"]?.findings(of: "FA-MIG-01").map(\.message.en)
        #expect(junction?.count == 1)
    }

    @Test func frenchExamplesReportTheirCause() {
        func messages(_ id: String) -> [String]? { RuleExample.byRuleID[id]?.findings(of: id).map(\.message.en) }
        #expect(
            messages("FR-STAT-05") == [
                "a payment is recorded on a draft without a number: issue the invoice before taking payment, or attach the payment to the issued invoice"
            ])
        #expect(
            messages("FR-CORR-07") == [
                "corrective invoice 'FA-2025-0002' cites no original invoice: it must cite exactly one, with its number and date"
            ])
        #expect(
            messages("FR-CORR-08") == [
                "invoice 'FA-2025-0001' is cancelled but no credit note credits it and no corrective invoice replaces it: issue a credit note"
            ])
        #expect(
            messages("FA-CALC-01") == ["VAT of category S at 20% declared 256.32, expected 1231.60 × 20% = 246.32"])
        let einvoicing = RuleExample.byRuleID["FR-EINV-01"]?.findings(of: "FR-EINV-01").map(\.severity)
        #expect(einvoicing == [.error])
    }
}
