import InvoiceAudit
import InvoiceModel
import Testing

/// Totals rules where the UBL and CII artefacts test differently from the standard's wording.
/// Each case expects the BR set that follows from the artefact's own test.
@Suite struct EN16931TotalsSyntaxTests {
    typealias T = TestDocuments

    static func fired(_ format: InputFormat, _ change: (inout Document) -> Void) -> [String] {
        var document = EN16931RulesTests.invoice(format)
        change(&document)
        return EN16931RulesTests.fired(document)
    }

    @Test func ublAmountDueComparedExactlyWithoutPrepaid() {
        #expect(Self.fired(.ubl) { $0.totals.payable = T.amount("168.004") } == ["BR-CO-16", "BR-DEC-18"])
    }

    @Test func ublAmountDueRoundsTotalSideWithPrepaid() {
        let fired = Self.fired(.ubl) { document in
            document.totals.prepaid = T.amount("8.00")
            document.totals.payable = T.amount("160.004")
        }
        #expect(fired == ["BR-CO-16", "BR-DEC-18"])
        let silent = Self.fired(.ubl) { document in
            document.totals.prepaid = T.amount("8.004")
            document.totals.payable = T.amount("160.00")
        }
        #expect(silent == ["BR-DEC-16"])
    }

    @Test func ublAmountDueRoundsPayableSideWithRounding() {
        let silent = Self.fired(.ubl) { document in
            document.totals.rounding = T.amount("0.004")
            document.totals.payable = T.amount("168.00")
        }
        #expect(silent == ["BR-DEC-17"])
        #expect(Self.fired(.ubl) { $0.totals.rounding = T.amount("0.01") } == ["BR-CO-16"])
    }

    @Test func ublNeverGetsVATTotalDecimals() {
        let fired = Self.fired(.ubl) { document in
            document.totals.vat = T.amount("28.000")
            document.vatAccountingCurrency = "USD"
            document.totals.vatInAccountingCurrency = T.amount("30.123")
        }
        #expect(fired == [])
    }

    @Test func ciiVATTotalDecimalsTestTheValue() {
        #expect(Self.fired(.cii) { $0.totals.vat = T.amount("28.000") } == [])
        #expect(Self.fired(.cii) { $0.totals.vat = T.amount("28.004") } == ["BR-CO-14", "BR-DEC-13"])
    }

    @Test func ciiAccountingVATTotalMissingFiresDEC15() {
        let fired = Self.fired(.cii) { document in
            document.vatAccountingCurrency = "USD"
        }
        #expect(fired == ["BR-53", "BR-DEC-15"])
        let silent = Self.fired(.cii) { document in
            document.vatAccountingCurrency = "USD"
            document.totals.vatInAccountingCurrency = T.amount("30.100")
        }
        #expect(silent == [])
        let threeDecimals = Self.fired(.cii) { document in
            document.vatAccountingCurrency = "USD"
            document.totals.vatInAccountingCurrency = T.amount("30.104")
        }
        #expect(threeDecimals == ["BR-DEC-15"])
    }

    @Test func ciiVATTotalWithoutCurrencyIsNoBT110() {
        let fired = Self.fired(.cii) { document in
            document.sourceFacts = SourceFacts(hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 0)
        }
        #expect(fired == ["BR-CO-15"])
        let silent = Self.fired(.cii) { document in
            document.sourceFacts = SourceFacts(hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 1)
        }
        #expect(silent == [])
    }
}

/// The -01 message names the side that is wrong.
@Suite struct VATBreakdownCountMessageTests {
    typealias T = TestDocuments

    static func messages(_ change: (inout Document) -> Void) -> [String] {
        var document = EN16931RulesTests.invoice(.ubl)
        change(&document)
        return EN16931Rules.check(document).filter { $0.ruleID == "BR-S-01" }.map(\.message.en)
    }

    @Test func breakdownWithoutUseIsNamed() {
        let messages = Self.messages { document in
            for index in document.lines.indices { document.lines[index].vatCategory = "Z" }
            document.allowanceCharges = []
        }
        #expect(
            messages == [
                "VAT breakdown in category 'standard rate' (S) but no line, allowance or charge of that category: remove the breakdown entry or correct the lines' category"
            ])
    }

    @Test func useWithoutBreakdownIsNamed() {
        let messages = Self.messages { $0.vatBreakdown = [] }
        #expect(
            messages == [
                "category 'standard rate' (S) used without a VAT breakdown of that category: add it with its taxable amount and VAT amount"
            ])
    }

    @Test func consistentInvoiceHasNoMessage() {
        #expect(Self.messages { _ in }.isEmpty)
    }
}
