import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct ArithmeticRulesTests {
    typealias T = TestDocuments

    func document(lines: [String], totals: Totals, vat: [VATBreakdown] = [], format: InputFormat = .csv) -> Document {
        Document(
            number: "FA-1", issueDate: T.date("2025-01-01"),
            lines: lines.map { Line(netAmount: T.amount($0)) }, vatBreakdown: vat, totals: totals,
            source: SourceLocation(file: "a.csv", line: 2), sourceFormat: format)
    }

    @Test func consistentDocumentIsSilent() {
        let document = document(
            lines: ["100.00", "23.45"],
            totals: Totals(
                lineNet: T.amount("123.45"), taxExclusive: T.amount("123.45"), vat: T.amount("24.69"),
                taxInclusive: T.amount("148.14")),
            vat: [VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("123.45"), taxAmount: T.amount("24.69"))])
        #expect(ArithmeticRules.check(document).isEmpty)
    }

    @Test func wrongLineSumOfExportFiresFACALC04() {
        let findings = ArithmeticRules.check(
            document(lines: ["100.00", "23.45"], totals: Totals(lineNet: T.amount("123.40"))))
        #expect(findings.map(\.ruleID) == ["FA-CALC-04"])
        #expect(findings.first?.message.en == "sum of line net amounts (BT-106) declared 123.40, computed 123.45")
    }

    @Test func lineSumRoundsTiesUpLikeTheArtefacts() {
        // 0.125 + 0.000 rounds to 0.13 under XPath round(); declaring 0.13 is correct.
        let findings = ArithmeticRules.check(
            document(lines: ["0.125"], totals: Totals(lineNet: T.amount("0.13"))))
        #expect(findings.isEmpty)
    }

    @Test func wrongGrandTotalOfExportFiresFACALC05() {
        let findings = ArithmeticRules.check(
            document(lines: [], totals: Totals(taxExclusive: T.amount("100.00"), vat: T.amount("20.00"), taxInclusive: T.amount("119.99"))))
        #expect(findings.map(\.ruleID) == ["FA-CALC-05"])
        #expect(findings.first?.message.fr == "total TTC (BT-112) déclaré 119,99, attendu 100,00 + 20,00 = 120,00")
    }

    @Test func exportWithoutVATTotalIsNotChecked() {
        let totals = Totals(taxExclusive: T.amount("100.00"), taxInclusive: T.amount("120.00"))
        #expect(ArithmeticRules.check(document(lines: [], totals: totals)).isEmpty)
        let breakdown = [VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("100.00"), taxAmount: T.amount("10.00"))]
        let findings = ArithmeticRules.check(document(lines: [], totals: totals, vat: breakdown))
        #expect(findings.map(\.message.en) == [
            "total with VAT (BT-112) declared 120.00, expected 100.00 + 10.00 = 110.00",
            "VAT of category S at 20% declared 10.00, expected 100.00 × 20% = 20.00",
        ])
    }

    @Test func structuredDocumentsLeaveTotalsToTheEN16931Family() {
        let totals = Totals(lineNet: T.amount("123.40"), taxExclusive: T.amount("100.00"), vat: T.amount("20.00"), taxInclusive: T.amount("119.99"))
        #expect(ArithmeticRules.check(document(lines: ["100.00", "23.45"], totals: totals, format: .ubl)).isEmpty)
        #expect(ArithmeticRules.check(document(lines: ["100.00", "23.45"], totals: totals, format: .csv)).map(\.ruleID) == ["FA-CALC-04", "FA-CALC-05"])
    }

    @Test func vatRoundedHalfAwayFromZero() {
        // 0.25 × 10 % = 0.025, which commercial rounding takes to 0.03.
        let good = VATBreakdown(category: "S", rate: T.amount("10"), taxableAmount: T.amount("0.25"), taxAmount: T.amount("0.03"))
        let bad = VATBreakdown(category: "S", rate: T.amount("10"), taxableAmount: T.amount("0.25"), taxAmount: T.amount("0.02"))
        #expect(ArithmeticRules.check(document(lines: [], totals: Totals(), vat: [good])).isEmpty)
        let findings = ArithmeticRules.check(document(lines: [], totals: Totals(), vat: [bad]))
        #expect(findings.map(\.ruleID) == ["FA-CALC-01"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.en == "VAT of category S at 10% declared 0.02, expected 0.25 × 10% = 0.03")
    }

    /// Amounts with more than two decimals that add up exactly are consistent; the expected value
    /// is rounded to the declared amount's own decimals, not to the cent.
    @Test func exactTotalsWithMoreThanTwoDecimalsAreSilent() {
        let totals = Totals(
            taxExclusive: T.amount("100.123456789"), vat: T.amount("20.0246913578"), taxInclusive: T.amount("120.1481481468"))
        #expect(ArithmeticRules.check(document(lines: [], totals: totals)).isEmpty)
        let vat = VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("100.123"), taxAmount: T.amount("20.0246"))
        let threeDecimals = Totals(taxExclusive: T.amount("100.123"), vat: T.amount("20.0246"), taxInclusive: T.amount("120.1476"))
        #expect(ArithmeticRules.check(document(lines: ["100.123"], totals: threeDecimals, vat: [vat])).isEmpty)
        // Rounded to the cent, as before; trailing zeros are not more decimals.
        let cents = Totals(taxExclusive: T.amount("100.123"), vat: T.amount("20.0246"), taxInclusive: T.amount("120.150"))
        let centVAT = VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("100.123"), taxAmount: T.amount("20.02"))
        #expect(ArithmeticRules.check(document(lines: [], totals: cents, vat: [centVAT])).isEmpty)
    }

    @Test func wrongTotalsWithMoreThanTwoDecimalsStillFire() {
        let totals = Totals(
            taxExclusive: T.amount("100.123456789"), vat: T.amount("20.0246913578"), taxInclusive: T.amount("120.1481481469"))
        let vat = VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("100.123"), taxAmount: T.amount("20.0247"))
        let findings = ArithmeticRules.check(document(lines: [], totals: totals, vat: [vat]))
        #expect(findings.map(\.message.en) == [
            "total with VAT (BT-112) declared 120.1481481469, expected 100.123456789 + 20.0246913578 = 120.1481481468",
            "VAT of category S at 20% declared 20.0247, expected 100.123 × 20% = 20.0246",
        ])
        #expect(findings.map(\.message.fr) == [
            "total TTC (BT-112) déclaré 120,1481481469, attendu 100,123456789 + 20,0246913578 = 120,1481481468",
            "TVA de la catégorie S à 20 % déclarée 20,0247, attendu 100,123 × 20 % = 20,0246",
        ])
        #expect(findings.map(\.severity) == [.error, .warning])
    }

    @Test func vatOffByOneUnitOrMoreIsAnError() {
        let bad = VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("100.00"), taxAmount: T.amount("21.00"))
        let findings = ArithmeticRules.check(document(lines: [], totals: Totals(), vat: [bad]))
        #expect(findings.map(\.severity) == [.error])
    }

    @Test func csvLinesMustAddUpToNetTotal() {
        let findings = ArithmeticRules.check(
            document(lines: ["10.00", "5.00"], totals: Totals(taxExclusive: T.amount("15.10")), format: .csv))
        #expect(findings.map(\.ruleID) == ["FA-CALC-02"])
        #expect(findings.first?.message.en == "total without VAT declared 15.10, sum of the 2 lines 15.00")
        #expect(findings.first?.message.fr == "total HT déclaré 15,10, somme des 2 lignes 15,00")
        #expect(
            ArithmeticRules.check(document(lines: ["10.00", "5.10"], totals: Totals(taxExclusive: T.amount("15.10")), format: .csv))
                .isEmpty)
    }

    @Test func singleLineIsNotCalledASum() {
        let findings = ArithmeticRules.check(
            document(lines: ["120.00"], totals: Totals(taxExclusive: T.amount("100.0")), format: .csv))
        #expect(findings.first?.message.en == "total without VAT declared 100.0, amount of the only line 120.00")
        #expect(findings.first?.message.fr == "total HT déclaré 100,0, montant de la ligne unique 120,00")
    }

    @Test func vatBeyondThirtyEightDigitsIsReportedNotChecked() {
        let base = T.amount("99999999999999999999999999999999.99")
        let entry = VATBreakdown(category: "S", rate: T.amount("1000000000000000000000.5"), taxableAmount: base, taxAmount: T.amount("20.00"))
        let findings = ArithmeticRules.check(document(lines: [], totals: Totals(), vat: [entry]))
        #expect(findings.map(\.ruleID) == ["FA-CALC-01"])
        #expect(findings.first?.severity == .warning)
        #expect(
            findings.first?.message.en
                == "VAT of category S not checked: base '99999999999999999999999999999999.99' × rate '1000000000000000000000.5' exceeds the 38 digits of an amount; check the base and rate")
        // A base of 34 digits at a real rate still gets its VAT checked.
        let large = VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: base, taxAmount: T.amount("20.00"))
        let checked = ArithmeticRules.check(document(lines: [], totals: Totals(), vat: [large]))
        #expect(checked.map(\.message.en) == [
            "VAT of category S at 20% declared 20.00, expected 99999999999999999999999999999999.99 × 20% = 20000000000000000000000000000000.00"
        ])
    }
}
