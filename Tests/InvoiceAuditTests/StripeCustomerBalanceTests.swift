import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// A Stripe invoice settled partly from the customer's credit balance: the credit applied
/// (`ending_balance` less `starting_balance`) is an amount paid in advance (BT-113), so the
/// invoice marked paid is fully settled and no deposit is expected behind it.
@Suite struct StripeCustomerBalanceTests {
    /// An invoice of 120.00 with VAT, of which `amountPaid` minor units were paid.
    static func invoice(starting: Int?, ending: Int?, amountDue: Int, amountPaid: Int, status: String = "paid") -> String {
        let balances = [starting.map { "\"starting_balance\":\($0)," }, ending.map { "\"ending_balance\":\($0)," }]
            .compactMap(\.self).joined()
        return """
            {"object":"list","data":[
             {"id":"in_1Bal","object":"invoice","account_name":"Studio Pixel SAS","currency":"eur","created":1736150400,
              "number":"BAL-0001","status":"\(status)","subtotal":10000,"tax":2000,"total":12000,"total_excluding_tax":10000,
              \(balances)"amount_due":\(amountDue),"amount_paid":\(amountPaid),"amount_remaining":\(amountDue - amountPaid),
              "status_transitions":{"paid_at":1736236800},
              "lines":{"data":[{"amount":10000,"description":"Abonnement mensuel","quantity":1,"tax_rates":[{"percentage":20}]}]}}
            ]}
            """
    }

    static func audit(_ json: String) throws -> (document: Document, findings: [Finding]) {
        let result = DocumentImporter.importBytes(Array(json.utf8), file: "balance.json", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        let auditor = Auditor()
        let ledger = Ledger(entries: result.documents.map { LedgerEntry($0) })
        return (document, auditor.documentFindings(document) + auditor.ledgerFindings(ledger).findings)
    }

    @Test func creditAppliedSettlesThePaidInvoice() throws {
        let (document, findings) = try Self.audit(Self.invoice(starting: -2000, ending: 0, amountDue: 10000, amountPaid: 10000))
        #expect(document.totals.prepaid == Amount(parsing: "20.00"))
        #expect(document.totals.payable == Amount(parsing: "100.00"))
        #expect(findings.map(\.ruleID) == [])
    }

    @Test func partOfTheCreditApplied() throws {
        // 50.00 of credit, of which 20.00 pays this invoice: 30.00 stays for the next one.
        let (document, findings) = try Self.audit(Self.invoice(starting: -5000, ending: -3000, amountDue: 10000, amountPaid: 10000))
        #expect(document.totals.prepaid == Amount(parsing: "20.00"))
        #expect(findings.map(\.ruleID) == [])
    }

    @Test func missingPaymentIsStillReported() throws {
        let (document, findings) = try Self.audit(Self.invoice(starting: -2000, ending: 0, amountDue: 10000, amountPaid: 5000))
        #expect(document.totals.prepaid == Amount(parsing: "20.00"))
        #expect(findings.map(\.ruleID) == ["FR-STAT-02"])
        #expect(
            findings.first?.message.en
                == "invoice 'BAL-0001' is marked paid but only 70.00 of 120.00 is paid or credited: correct the status or record the missing payment")
    }

    @Test func withoutBalancesNothingIsPrepaid() throws {
        let (document, findings) = try Self.audit(Self.invoice(starting: nil, ending: nil, amountDue: 10000, amountPaid: 10000))
        #expect(document.totals.prepaid == nil)
        #expect(findings.map(\.ruleID) == ["FR-STAT-02"])
        let unchanged = try Self.audit(Self.invoice(starting: -2000, ending: -2000, amountDue: 12000, amountPaid: 12000))
        #expect(unchanged.document.totals.prepaid == nil)
        #expect(unchanged.findings.isEmpty)
    }
}
