import Foundation
import InvoiceModel
import Testing

import InvoiceAudit
@testable import InvoiceImport

/// Refunds of Stripe credit notes, credit notes whose invoices are in another file, and the lines
/// Stripe documents are located at. The fixtures are invented objects in the shape of Stripe's API.
@Suite struct StripeCreditNoteRefundTests {
    static func fixturePath(_ name: String) throws -> String {
        try #require(Bundle.module.resourceURL).appending(path: "Fixtures/json/\(name)").path
    }

    static func importFixture(_ name: String, options: ImportOptions = ImportOptions()) throws -> ImportResult {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: try fixturePath(name))))
        return DocumentImporter.importBytes(bytes, file: name, options: options)
    }

    static func ledgerFindings(_ documents: [Document]) -> [Finding] {
        let entries = documents.map { LedgerEntry($0) }
        return Auditor().ledgerFindings(Ledger(entries: entries)).findings
    }

    static func amount(_ text: String) throws -> Amount { try #require(Amount(parsing: text)) }

    @Test func refundsOfCreditNotesArePaymentsBack() throws {
        let result = try Self.importFixture("stripe-refunds.json")
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let february15 = CivilDate(year: 2025, month: 2, day: 15)
        let february16 = CivilDate(year: 2025, month: 2, day: 16)
        #expect(result.documents.map(\.payments) == [
            [Payment(date: CivilDate(year: 2025, month: 2, day: 2), amount: try Self.amount("240.00"))],
            [Payment(date: february15, amount: try Self.amount("-60.00"))],
            [Payment(date: february16, amount: try Self.amount("-14.00")), Payment(date: february16, amount: try Self.amount("-10.00"))],
        ])
    }

    @Test func refundedCreditNotesLeaveThePaidInvoiceSilent() throws {
        let result = try Self.importFixture("stripe-refunds.json")
        let findings = Self.ledgerFindings(result.documents)
        #expect(findings.filter { $0.ruleID.hasPrefix("FR-STAT") || $0.ruleID.hasPrefix("FR-REF") || $0.ruleID.hasPrefix("FR-CORR") } == [])
    }

    @Test func creditNoteToTheCustomerBalanceLeavesTheExcess() throws {
        // No refund and nothing outside Stripe: the post-payment credit went to the customer's balance.
        let json = """
            [{"id": "in_T1", "object": "invoice", "number": "TILLEUL-0001", "status": "paid", "currency": "eur",
              "created": 1738368000, "account_name": "Tilleul SAS", "total": 24000, "amount_paid": 24000},
             {"id": "cn_T1", "object": "credit_note", "number": "TILLEUL-0001-CN-01", "type": "post_payment",
              "status": "issued", "currency": "eur", "created": 1739577600, "invoice": "in_T1", "total": 6000,
              "amount": 6000, "refund": null, "out_of_band_amount": null}]
            """
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "balance.json", options: ImportOptions())
        #expect(result.documents.map(\.payments) == [[Payment(date: nil, amount: try Self.amount("240.00"))], []])
        let overpaid = Self.ledgerFindings(result.documents).filter { $0.ruleID == "FR-STAT-06" }
        #expect(overpaid.map(\.message.en) == [
            "invoice 'TILLEUL-0001' is paid 60.00 beyond its amount net of credit notes: refund or allocate the excess"
        ])
        #expect(overpaid.map(\.location) == [SourceLocation(file: "balance.json", line: 1, element: "[0]")])
    }

    @Test func documentsAndLinesNameTheirLine() throws {
        let result = try Self.importFixture("stripe-refunds.json")
        #expect(result.documents.map(\.source) == [
            SourceLocation(file: "stripe-refunds.json", line: 2, element: "[0]"),
            SourceLocation(file: "stripe-refunds.json", line: 19, element: "[1]"),
            SourceLocation(file: "stripe-refunds.json", line: 35, element: "[2]"),
        ])
        let list = try Self.importFixture("stripe-split-credit-notes.json")
        #expect(list.documents.map(\.source.line) == [4, 20])
    }

    @Test func creditNotesFindTheirInvoiceInAnotherFile() throws {
        let paths = try ["stripe-split-invoices.json", "stripe-split-credit-notes.json"].map(Self.fixturePath)
        var options = ImportOptions()
        options.stripeInvoices = StripeInvoiceIndex.collect(pathBytes: paths.map { Array($0.utf8) }, maximumFileSize: 1 << 20)
        #expect(options.stripeInvoices.count == 1)
        let invoices = try Self.importFixture("stripe-split-invoices.json", options: options)
        let credits = try Self.importFixture("stripe-split-credit-notes.json", options: options)
        #expect(credits.warnings == [])
        #expect(credits.documents.map(\.precedingInvoices) == Array(
            repeating: [InvoiceReference(number: "VERVEINE-0001", issueDate: CivilDate(year: 2025, month: 2, day: 1))], count: 2))
        #expect(credits.documents.map { $0.seller?.name } == ["Verveine et Fils SARL", "Verveine et Fils SARL"])
        #expect(credits.documents.map { $0.buyer?.name } == ["Café des Tilleuls", "Café des Tilleuls"])
        let findings = Self.ledgerFindings(invoices.documents + credits.documents)
        #expect(findings.filter { $0.ruleID.hasPrefix("FR-CORR") || $0.ruleID.hasPrefix("FR-STAT") } == [])
    }

    @Test func creditNotesAloneWarnOnceAboutTheStripeID() throws {
        let credits = try Self.importFixture("stripe-split-credit-notes.json")
        #expect(credits.documents.map(\.precedingInvoices) == [[], []])
        #expect(credits.warnings.map(\.location) == [
            SourceLocation(file: "stripe-split-credit-notes.json", line: 4, element: "data[0].invoice")
        ])
        #expect(credits.warnings.map(\.reason.en) == [
            "credit note 'VERVEINE-0001-CN-01' (and 1 other) names its invoice by the Stripe id 'in_VR1' only, and no file read holds that invoice: the credit-note checks (FR-CORR-03 to 05) do not apply; add the invoices (/v1/invoices) to the files checked"
        ])
        #expect(credits.warnings.map(\.reason.fr) == [
            "l'avoir 'VERVEINE-0001-CN-01' (et 1 autre) ne désigne sa facture que par l'identifiant Stripe 'in_VR1', et aucun fichier lu ne contient cette facture : les contrôles d'avoir (FR-CORR-03 à 05) ne s'appliquent pas ; ajoutez les factures (/v1/invoices) aux fichiers contrôlés"
        ])
        #expect(Self.ledgerFindings(credits.documents).filter { $0.ruleID.hasPrefix("FR-CORR") } == [])
    }

    @Test func indexSkipsFilesThatAreNotStripe() {
        #expect(StripeInvoiceIndex.looksLikeStripe(Array(#"  {"object": "list", "data": [{"object": "invoice"}]}"#.utf8)))
        #expect(!StripeInvoiceIndex.looksLikeStripe(Array("number;date;\"invoice\"\n".utf8)))
        #expect(!StripeInvoiceIndex.looksLikeStripe(Array(#"{"object": "list", "data": []}"#.utf8)))
        #expect(StripeInvoiceIndex.collect(pathBytes: [Array("/nonexistent/a.json".utf8)], maximumFileSize: 100).count == 0)
    }
}
