import InvoiceAudit
import InvoiceModel
import Testing

/// The French rules on corrections, deposits and item rates leave out sellers shown to be
/// established abroad, while numbering rules still apply to them.
@Suite struct ForeignSellerRulesTests {
    typealias T = TestDocuments

    static let germanSeller = Party(name: "Lieferant GmbH", vatID: "DE123456789", address: PostalAddress(city: "Berlin", country: "DE"))
    static let frenchSellerAbroad = Party(name: "Atelier Test", siren: "732829320", address: PostalAddress(city: "Bruxelles", country: "BE"))
    static let sellerByVATOnly = Party(name: "Leverancier BV", vatID: "NL 8596.25.485B01")
    static let sellerWithoutCountry = Party(name: "Atelier sans adresse")

    static func findings(_ documents: [Document], rule: String) -> [Finding] {
        let ledger = Ledger(entries: documents.map { LedgerEntry($0) }, itemRates: ItemRateIndex(documents))
        return Auditor().ledgerFindings(ledger).findings.filter { $0.ruleID == rule }
    }

    static func correctiveWithoutReference(seller: Party) -> Document {
        T.document("RK-2025-0001", "2025-03-01", kind: .corrective, seller: seller, line: 2)
    }

    static func invoiceWithPrepaidAmount(seller: Party) -> Document {
        var document = T.document("FA-2025-0001", "2025-03-01", seller: seller, line: 2)
        document.totals.prepaid = T.amount("100.00")
        return document
    }

    static func itemAtTwoRates(seller: Party) -> [Document] {
        ["10", "20"].enumerated().map { index, rate in
            var document = T.document("FA-2025-000\(index + 1)", "2025-03-0\(index + 1)", seller: seller, line: index + 2)
            document.lines = [Line(description: "Repas", vatCategory: "S", vatRate: T.amount(rate))]
            return document
        }
    }

    @Test func correctiveReferenceOnlyForFrenchSellers() {
        #expect(Self.findings([Self.correctiveWithoutReference(seller: Self.germanSeller)], rule: "FR-CORR-07").isEmpty)
        #expect(Self.findings([Self.correctiveWithoutReference(seller: Self.sellerByVATOnly)], rule: "FR-CORR-07").isEmpty)
        #expect(Self.findings([Self.correctiveWithoutReference(seller: Self.frenchSellerAbroad)], rule: "FR-CORR-07").count == 1)
        #expect(
            Self.findings([Self.correctiveWithoutReference(seller: Self.sellerWithoutCountry)], rule: "FR-CORR-07").map(\.message.en) == [
                "corrective invoice 'RK-2025-0001' cites no original invoice: it must cite exactly one, with its number and date"
            ])
    }

    @Test func prepaidAmountOnlyForFrenchSellers() {
        #expect(Self.findings([Self.invoiceWithPrepaidAmount(seller: Self.germanSeller)], rule: "FR-DEP-02").isEmpty)
        #expect(
            Self.findings([Self.invoiceWithPrepaidAmount(seller: T.seller)], rule: "FR-DEP-02").map(\.message.en) == [
                "invoice 'FA-2025-0001' deducts 100.00 of deposits without citing a deposit invoice: cite every deducted deposit invoice (number and date)"
            ])
    }

    @Test func itemRatesOnlyForFrenchSellers() {
        #expect(Self.findings(Self.itemAtTwoRates(seller: Self.germanSeller), rule: "FR-VAT-02").isEmpty)
        #expect(Self.findings(Self.itemAtTwoRates(seller: T.seller), rule: "FR-VAT-02").map(\.documentNumber) == ["FA-2025-0002"])
    }

    @Test func numberingStillAppliesAbroad() {
        let documents = [
            T.document("RE-2025-0001", "2025-03-01", seller: Self.germanSeller, line: 2),
            T.document("RE-2025-0003", "2025-03-02", seller: Self.germanSeller, line: 3),
        ]
        #expect(Self.findings(documents, rule: "FR-NUM-03").map(\.message.en) == ["missing number in series RE-{yyyy}-{counter:4}: RE-2025-0002"])
    }
}
