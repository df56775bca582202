import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

/// Several due dates or partial payment amounts in CII payment terms: the first due date is BT-9,
/// and what the model cannot keep is named in a warning instead of being dropped silently.
@Suite struct CIIPaymentTermsTests {
    static let oneTerm = """
        <ram:SpecifiedTradePaymentTerms>
                        <ram:Description>Paiement à réception</ram:Description>
                        <ram:DueDateDateTime>
                            <udt:DateTimeString format="102">20250730</udt:DateTimeString>
                        </ram:DueDateDateTime>
                    </ram:SpecifiedTradePaymentTerms>
        """

    static func importTerms(_ terms: String) throws -> ImportResult {
        let original = try XMLFixtures.text("cii-facturx-en16931.xml")
        let text = original.replacing(oneTerm, with: terms)
        #expect(text != original)
        return CIIImporter().importDocuments(Array(text.utf8), file: "t.xml", options: ImportOptions())
    }

    static func term(_ description: String, _ date: String, partial: String? = nil) -> String {
        "<ram:SpecifiedTradePaymentTerms><ram:Description>\(description)</ram:Description><ram:DueDateDateTime>"
            + "<udt:DateTimeString format=\"102\">\(date)</udt:DateTimeString></ram:DueDateDateTime>"
            + (partial.map { "<ram:PartialPaymentAmount>\($0)</ram:PartialPaymentAmount>" } ?? "")
            + "</ram:SpecifiedTradePaymentTerms>"
    }

    @Test func severalDueDatesWarn() throws {
        let result = try Self.importTerms(Self.term("50% à 30 jours", "20250214") + "\n" + Self.term("50% à 60 jours", "20250316"))
        let document = try #require(result.documents.first)
        #expect(document.dueDate == CivilDate(year: 2025, month: 2, day: 14))
        #expect(document.paymentTerms == "50% à 30 jours\n50% à 60 jours")
        #expect(result.warnings.map(\.location.element) == ["/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/SpecifiedTradePaymentTerms[1]"])
        #expect(
            result.warnings.map(\.reason.en) == [
                "payment terms with several due dates ('2025-02-14', '2025-03-16'): only '2025-02-14' is kept as the due date (BT-9), the others are not checked; check the instalments by hand"
            ])
        #expect(
            result.warnings.map(\.reason.fr) == [
                "conditions de paiement avec plusieurs échéances ('2025-02-14', '2025-03-16') : seule '2025-02-14' est gardée comme date d'échéance (BT-9), les autres ne sont pas vérifiées ; contrôlez l'échéancier à la main"
            ])
    }

    @Test func partialAmountsWarn() throws {
        let result = try Self.importTerms(
            Self.term("échéancier", "20250214", partial: "663.00") + Self.term("échéancier", "20250214", partial: " 663.00 "))
        #expect(result.documents.first?.dueDate == CivilDate(year: 2025, month: 2, day: 14))
        #expect(
            result.warnings.map(\.reason.en) == [
                "partial payment amounts of the payment terms ('663.00', '663.00') not read: the instalment amounts are not checked; check them by hand"
            ])
        #expect(result.warnings.map(\.location.element) == ["/CrossIndustryInvoice/SupplyChainTradeTransaction/ApplicableHeaderTradeSettlement/SpecifiedTradePaymentTerms[1]/PartialPaymentAmount"])
    }

    @Test func oneDueDateGivesNoWarning() throws {
        let result = try Self.importTerms(Self.oneTerm + Self.term("rappel", "20250730"))
        #expect(result.warnings == [])
        #expect(result.documents.first?.dueDate == CivilDate(year: 2025, month: 7, day: 30))
    }
}
