import InvoiceModel
import Testing

@testable import InvoiceImport

/// Entry-to-document cases the fixture does not cover: lettering, customers, currencies, rates.
@Suite struct FECReconstructionTests {
    @Test func partlyLetteredInvoice() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|3|20260105|411000|Clients|C001|Client Un|F3|20260105|Facture F3|60,00|0,00|A|20260110|20260105||",
            "VE|Ventes|3|20260105|411000|Clients|C001|Client Un|F3|20260105|Facture F3|60,00|0,00|||20260105||",
            "VE|Ventes|3|20260105|706000|Prestations|||F3|20260105|Facture F3|0,00|100,00|||20260105||",
            "VE|Ventes|3|20260105|445710|TVA 20%|||F3|20260105|Facture F3|0,00|20,00|||20260105||",
        ])
        let document = result.documents.first
        #expect(document?.totals.taxInclusive == Amount(120))
        #expect(document?.status == .partiallyPaid)
        #expect(document?.payments == [])
    }

    @Test func letteredCreditNoteHasNoPayment() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|4|20260105|411000|Clients|C001|Client Un|AV1|20260105|Avoir AV1|0,00|12,00|K|20260110|20260105||",
            "VE|Ventes|4|20260105|706000|Prestations|||AV1|20260105|Avoir AV1|10,00|0,00|||20260105||",
            "VE|Ventes|4|20260105|445710|TVA 20%|||AV1|20260105|Avoir AV1|2,00|0,00|||20260105||",
        ])
        let document = result.documents.first
        #expect(document?.kind == .creditNote)
        #expect(document?.totals.taxInclusive == Amount(12))
        #expect(document?.status == nil)
        #expect(document?.payments == [])
    }

    @Test func twoCustomersAreRejected() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|5|20260105|411000|Clients|C001|Client Un|F5|20260105|Facture F5|60,00|0,00|||20260105||",
            "VE|Ventes|5|20260105|411000|Clients|C002|Client Deux|F5|20260105|Facture F5|60,00|0,00|||20260105||",
            "VE|Ventes|5|20260105|706000|Prestations|||F5|20260105|Facture F5|0,00|120,00|||20260105||",
        ])
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [3])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/5' has two customers, 'C001' and 'C002': an invoice has one buyer, split the entry"
            ])
    }

    @Test func currencyWithoutAmountIsRejected() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|6|20260105|411000|Clients|C001|Client Un|F6|20260105|Facture F6|120,00|0,00|||20260105|130,00|CHF",
            "VE|Ventes|6|20260105|706000|Prestations|||F6|20260105|Facture F6|0,00|100,00|||20260105||CHF",
            "VE|Ventes|6|20260105|445710|TVA 20%|||F6|20260105|Facture F6|0,00|20,00|||20260105|21,67|CHF",
        ])
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [3])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/6' in currency 'CHF' has no Montantdevise on this line: fill in the currency amount of the customer, revenue and VAT lines"
            ])
    }

    @Test func vatLineWithoutRateGivesOneEntry() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|7|20260105|411000|Clients|C001|Client Un|F7|20260105|Facture F7|210,00|0,00|||20260105||",
            "VE|Ventes|7|20260105|706000|Prestations 20%|||F7|20260105|Facture F7|0,00|100,00|||20260105||",
            "VE|Ventes|7|20260105|707000|Marchandises 10%|||F7|20260105|Facture F7|0,00|80,00|||20260105||",
            "VE|Ventes|7|20260105|445710|TVA collectée|||F7|20260105|Facture F7|0,00|30,00|||20260105||",
        ])
        #expect(result.documents.first?.vatBreakdown == [VATBreakdown(taxableAmount: Amount(180), taxAmount: Amount(30))])
    }

    @Test func unknownRevenueRateLeavesBaseEmpty() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|8|20260105|411000|Clients|C001|Client Un|F8|20260105|Facture F8|208,00|0,00|||20260105||",
            "VE|Ventes|8|20260105|706000|Prestations|||F8|20260105|Facture F8|0,00|100,00|||20260105||",
            "VE|Ventes|8|20260105|707000|Marchandises|||F8|20260105|Facture F8|0,00|80,00|||20260105||",
            "VE|Ventes|8|20260105|445710|TVA 20%|||F8|20260105|Facture F8|0,00|20,00|||20260105||",
            "VE|Ventes|8|20260105|445711|TVA 10%|||F8|20260105|Facture F8|0,00|8,00|||20260105||",
        ])
        #expect(
            result.documents.first?.vatBreakdown == [
                VATBreakdown(category: "S", rate: Amount(20), taxAmount: Amount(20)),
                VATBreakdown(category: "S", rate: Amount(10), taxAmount: Amount(8)),
            ])
    }

    /// A 0 % part beside a 20 % part: each base comes from the 70 lines of its rate, and the 0 %
    /// part is an entry without VAT, without category because its label names none.
    @Test func zeroPercentRevenueGetsItsOwnBase() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|10|20260105|411000|Clients|C001|Client Un|F10|20260105|Facture F10|320,00|0,00|||20260105||",
            "VE|Ventes|10|20260105|706000|Prestations TVA 0 %|||F10|20260105|Facture F10|0,00|200,00|||20260105||",
            "VE|Ventes|10|20260105|706000|Prestations TVA 20 %|||F10|20260105|Facture F10|0,00|100,00|||20260105||",
            "VE|Ventes|10|20260105|445710|TVA collectée 20 %|||F10|20260105|Facture F10|0,00|20,00|||20260105||",
        ])
        #expect(
            result.documents.first?.vatBreakdown == [
                VATBreakdown(category: "S", rate: Amount(20), taxableAmount: Amount(100), taxAmount: Amount(20)),
                VATBreakdown(rate: .zero, taxableAmount: Amount(200), taxAmount: .zero),
            ])
    }

    /// A revenue line whose label shows another rate than the VAT lines' (a discount of 5 %) is
    /// not a base: with one VAT rate, the base stays the total without VAT.
    @Test func revenueRateWithoutVATLineIsNotABase() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|11|20260105|411000|Clients|C001|Client Un|F11|20260105|Facture F11|114,00|0,00|||20260105||",
            "VE|Ventes|11|20260105|706000|Prestations 20 %|||F11|20260105|Facture F11|0,00|100,00|||20260105||",
            "VE|Ventes|11|20260105|709000|Remise 5 %|||F11|20260105|Facture F11|5,00|0,00|||20260105||",
            "VE|Ventes|11|20260105|445710|TVA collectée 20 %|||F11|20260105|Facture F11|0,00|19,00|||20260105||",
        ])
        #expect(
            result.documents.first?.vatBreakdown == [
                VATBreakdown(category: "S", rate: Amount(20), taxableAmount: Amount(95), taxAmount: Amount(19))
            ])
    }

    /// An exempt sale: its one revenue line shows 0 % and there is no VAT line.
    @Test func exemptSaleAtZeroPercent() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|12|20260105|411000|Clients|C001|Client Un|F12|20260105|Facture F12|500,00|0,00|||20260105||",
            "VE|Ventes|12|20260105|706000|Prestations TVA 0 %|||F12|20260105|Facture F12|0,00|500,00|||20260105||",
        ])
        #expect(result.documents.first?.vatBreakdown == [VATBreakdown(rate: .zero, taxableAmount: Amount(500), taxAmount: .zero)])
    }

    /// The label of a 0 % part names its category: reverse charge is AE, and the 20 % part stays S.
    @Test func zeroPercentPartTakesTheCategoryItsLabelNames() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|13|20260105|411000|Clients|C001|Client Un|F13|20260105|Facture F13|320,00|0,00|||20260105||",
            "VE|Ventes|13|20260105|706000|Prestations TVA 0 % autoliquidation|||F13|20260105|Facture F13|0,00|200,00|||20260105||",
            "VE|Ventes|13|20260105|706000|Prestations TVA 20 %|||F13|20260105|Facture F13|0,00|100,00|||20260105||",
            "VE|Ventes|13|20260105|445710|TVA collectée 20 %|||F13|20260105|Facture F13|0,00|20,00|||20260105||",
        ])
        #expect(
            result.documents.first?.vatBreakdown == [
                VATBreakdown(category: "S", rate: Amount(20), taxableAmount: Amount(100), taxAmount: Amount(20)),
                VATBreakdown(category: "AE", rate: .zero, taxableAmount: Amount(200), taxAmount: .zero),
            ])
    }

    /// A revenue label that names a category without VAT and no percentage is read at 0 %.
    @Test(arguments: [
        ("Ventes exonérées", "E"), ("Livraisons intracommunautaires exonérées", "K"), ("Ventes à l'export", "G"),
        ("Débours hors champ", "O"), ("Sales reverse charge", "AE"),
    ])
    func categoryWordWithoutPercentageIsZeroRate(label: String, category: String) {
        let result = FECTestSupport.importLines([
            "VE|Ventes|14|20260105|411000|Clients|C001|Client Un|F14|20260105|Facture F14|500,00|0,00|||20260105||",
            "VE|Ventes|14|20260105|707000|\(label)|||F14|20260105|Facture F14|0,00|500,00|||20260105||",
        ])
        #expect(
            result.documents.first?.vatBreakdown == [
                VATBreakdown(category: category, rate: .zero, taxableAmount: Amount(500), taxAmount: .zero)
            ])
    }

    /// Two 0 % lines naming different categories leave the 0 % part without category.
    @Test func conflictingZeroRateCategoriesStayEmpty() {
        let result = FECTestSupport.importLines([
            "VE|Ventes|15|20260105|411000|Clients|C001|Client Un|F15|20260105|Facture F15|300,00|0,00|||20260105||",
            "VE|Ventes|15|20260105|706000|Prestations TVA 0 % exonération|||F15|20260105|Facture F15|0,00|100,00|||20260105||",
            "VE|Ventes|15|20260105|707000|Ventes TVA 0 % exportation|||F15|20260105|Facture F15|0,00|200,00|||20260105||",
        ])
        #expect(result.documents.first?.vatBreakdown == [VATBreakdown(rate: .zero, taxableAmount: Amount(300), taxAmount: .zero)])
    }

    @Test func individualCustomerAccount() {
        let result = FECTestSupport.importLines([
            "VT|Ventes|9|20260105|411MARTIN|Martin Hugo|||F9|20260104|Facture F9|12,00|0,00|||20260105||",
            "VT|Ventes|9|20260105|706000|Prestations|||F9|20260104|Facture F9|0,00|12,00|||20260105||",
        ])
        let document = result.documents.first
        #expect(document?.buyer?.name == "Martin Hugo")
        #expect(document?.buyer?.identifiers == [Identifier(value: "411MARTIN")])
        #expect(document?.issueDate == CivilDate(year: 2026, month: 1, day: 4))
        #expect(document?.totals.vat == .zero)
        #expect(document?.vatBreakdown == [])
    }
}
