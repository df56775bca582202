import Foundation
import InvoiceModel
import Testing

import InvoiceAudit
@testable import InvoiceImport

/// The readings only some tools' layouts need: Pennylane's totals in a foreign currency, Xero's
/// tax-inclusive lines, deleted invoices and allocations, and QuickBooks discount lines. The
/// fixtures are invented records in the shape of each tool's API.
@Suite struct JSONRecordsToolLayoutTests {
    static func importFixture(_ name: String, as file: String? = nil) throws -> ImportResult {
        let url = try #require(Bundle.module.resourceURL).appending(path: "Fixtures/json/\(name)")
        return DocumentImporter.importBytes([UInt8](try Data(contentsOf: url)), file: file ?? name, options: ImportOptions())
    }

    static func findings(_ documents: [Document], rule: String) -> [Finding] {
        let documentFindings = documents.flatMap { Auditor().documentFindings($0) }
        let ledger = Ledger(entries: documents.map { LedgerEntry($0) })
        return (documentFindings + Auditor().ledgerFindings(ledger).findings).filter { $0.ruleID == rule }
    }

    // MARK: Pennylane

    @Test func pennylaneTotalsInInvoiceCurrency() throws {
        let result = try Self.importFixture("pennylane-currencies.json")
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let documents = result.documents
        #expect(documents.map(\.currency) == ["USD", "EUR", "USD"])
        #expect(documents.map { $0.totals.taxExclusive?.description } == ["200.00", "100.00", "200.00"])
        #expect(documents.map { $0.totals.vat?.description } == ["40.00", "20.00", "30.00"])
        #expect(documents.map { $0.totals.taxInclusive?.description } == ["240.00", "120.00", "240.00"])
    }

    @Test func pennylaneCompanyVATIsBT111() throws {
        let documents = try Self.importFixture("pennylane-currencies.json").documents
        #expect(documents.map { $0.totals.vatInAccountingCurrency?.description } == ["36.00", nil, "27.00"])
        #expect(documents.map(\.vatAccountingCurrency) == ["EUR", nil, "EUR"])
    }

    @Test func pennylaneGrossCheckFiresOnlyOnWrongVAT() throws {
        let documents = try Self.importFixture("pennylane-currencies.json").documents
        let findings = Self.findings(documents, rule: "FA-CALC-05")
        #expect(findings.map(\.documentNumber) == ["PL-2025-0003"])
        #expect(findings.map(\.location.line) == [40])
    }

    // MARK: Xero

    @Test func xeroInclusiveLinesAreNetOfTax() throws {
        let result = try Self.importFixture("xero-inclusive.json")
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let invoice = result.documents[0]
        #expect(invoice.number == "INV-0101")
        #expect(invoice.lines.map { $0.netAmount?.description } == ["100.00", "10.00"])
        #expect(invoice.lines.map { $0.netPrice?.description } == [nil, nil])
        #expect(invoice.lines.map { $0.quantity?.description } == ["2.0", "1.0"])
    }

    @Test func xeroInclusiveLineSumIsChecked() throws {
        let documents = try Self.importFixture("xero-inclusive.json").documents
        let findings = Self.findings(documents, rule: "FA-CALC-02")
        #expect(findings.map(\.documentNumber) == ["INV-0102"])
        #expect(findings.map(\.location.line) == [17])
    }

    @Test func xeroDeletedIsDraftVoidedIsCancelled() throws {
        let documents = try Self.importFixture("xero-inclusive.json").documents
        #expect(documents.map(\.status) == [.issued, .issued, .draft, .cancelled])
        #expect(documents.map(\.isDraft) == [false, false, true, false])
        #expect(Self.findings(documents, rule: "FR-CORR-08").map(\.documentNumber) == ["INV-0104"])
    }

    @Test func xeroAllocationsCiteTheInvoice() throws {
        let result = try Self.importFixture("xero-credit-notes.json")
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        #expect(result.documents.map(\.number) == ["CN-0031", "CN-0032"])
        #expect(result.documents.map(\.precedingInvoices) == [[InvoiceReference(number: "INV-0101")], [InvoiceReference(number: "INV-0199")]])
        // Without a seller, documents of two files are two sellers' (numbered apart), so both are
        // read under one name here.
        let invoices = try Self.importFixture("xero-inclusive.json", as: "xero.json").documents
        let credits = try Self.importFixture("xero-credit-notes.json", as: "xero.json").documents
        let findings = Self.findings(invoices + credits, rule: "FR-CORR-04")
        #expect(findings.map(\.documentNumber) == ["CN-0032"])
        #expect(findings.map(\.message.en) == ["credit note 'CN-0032' cites invoice 'INV-0199', which this seller never issued"])
    }

    // MARK: QuickBooks

    @Test func quickBooksDiscountIsAnAllowance() throws {
        let result = try Self.importFixture("quickbooks-discount.json")
        #expect(result.rejections == [])
        #expect(result.warnings == [])
        let invoice = result.documents[0]
        #expect(invoice.lines.map(\.description) == ["Reliure", "Dorure"])
        #expect(invoice.lines.map { $0.netAmount?.description } == ["150.00", "50.00"])
        #expect(invoice.totals.allowances?.description == "20.00")
        #expect(invoice.allowanceCharges == [
            AllowanceCharge(
                isCharge: false, amount: Amount(parsing: "20.00"), percentage: Amount(parsing: "10"), reason: "Remises accordées",
                source: SourceLocation(file: "quickbooks-discount.json", line: 4, element: "QueryResponse.Invoice[0].Line[3]"))
        ])
        #expect(result.documents[1].allowanceCharges == [])
        #expect(result.documents[1].totals.allowances == nil)
    }
}
