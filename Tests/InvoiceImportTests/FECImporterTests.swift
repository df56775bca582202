import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

/// Helpers for FEC tests: the fixture of the invented company with SIREN 847315926, and small
/// FEC texts built line by line.
enum FECTestSupport {
    static let fixtureName = "847315926FEC20261231.txt"
    static let header =
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise"

    static func fixture(_ name: String = fixtureName) throws -> [UInt8] {
        let url = try #require(Bundle.module.resourceURL).appending(path: "Fixtures/fec/\(name)")
        return [UInt8](try Data(contentsOf: url))
    }

    /// Imports the fixture through the format dispatch, under its own file name.
    static func importFixture(salesJournals: Set<String>? = nil) throws -> ImportResult {
        DocumentImporter.importBytes(
            try fixture(), file: fixtureName, options: ImportOptions(fecSalesJournals: salesJournals))
    }

    /// Imports a FEC made of the standard header and `lines`, joined with LF.
    static func importLines(_ lines: [String], file: String = "fec.txt", salesJournals: Set<String>? = nil) -> ImportResult {
        let text = ([header] + lines).joined(separator: "\n") + "\n"
        return DocumentImporter.importBytes(Array(text.utf8), file: file, options: ImportOptions(fecSalesJournals: salesJournals))
    }

    /// Builds the three lines of a 20 % sale entry in journal VE, validated on its date.
    static func sale(_ number: Int, reference: String, net: String, vat: String, total: String, date: String = "20260105") -> [String] {
        [
            "VE|Ventes|\(number)|\(date)|411000|Clients|C001|Client Un|\(reference)|\(date)|Facture \(reference)|\(total)|0,00|||\(date)||",
            "VE|Ventes|\(number)|\(date)|706000|Prestations|||\(reference)|\(date)|Facture \(reference)|0,00|\(net)|||\(date)||",
            "VE|Ventes|\(number)|\(date)|445710|TVA collectée 20%|||\(reference)|\(date)|Facture \(reference)|0,00|\(vat)|||\(date)||",
        ]
    }

    static func amount(_ text: String) -> Amount? { Amount(parsing: text) }
}

@Suite struct FECImporterTests {
    @Test func fixtureCountsEntries() throws {
        let result = try FECTestSupport.importFixture()
        #expect(result.format == .fec)
        #expect(result.documents.count == 19)
        #expect(result.rejections.count == 1)
        #expect(result.recordsRead == 20)
        #expect(result.documents.allSatisfy { $0.sourceFormat == .fec })
        #expect(
            result.documents.compactMap(\.number) == [
                "FA-2026-0001", "FA-2026-0002", "FA-2026-0003", "FA-2026-0004", "FA-2026-0005", "FA-2026-0006",
                "FA-2026-0008", "FA-2026-0009", "AV-2026-0001", "FA-2026-0010", "FA-2026-0011", "FA-2026-0012",
                "FA-2026-0013", "FA-2026-0014", "FA-2026-0016", "FA-2026-0017", "FA-2026-0018", "FA-2026-0019",
                "FA-2026-0020",
            ])
    }

    @Test func unbalancedEntryIsRejected() throws {
        let rejection = try #require(try FECTestSupport.importFixture().rejections.first)
        #expect(rejection.location == SourceLocation(file: FECTestSupport.fixtureName, line: 58))
        #expect(rejection.documentNumber == "FA-2026-0015")
        #expect(
            rejection.reason.en
                == "entry 'VE/15' is unbalanced: debits 1200.00, credits 1100.00; correct the entry in the accounts, then export the FEC again")
        #expect(
            rejection.reason.fr
                == "écriture 'VE/15' déséquilibrée : débits 1200,00, crédits 1100,00 ; corrigez l'écriture dans la comptabilité puis exportez à nouveau le FEC")
    }

    @Test func skippedJournalsAndRemarksWarn() throws {
        let warnings = try FECTestSupport.importFixture().warnings
        #expect(warnings.map(\.location.line) == [8, 23, 28, 71, 62, nil])
        #expect(warnings.map(\.location.element) == ["AC", "OD", "BQ", nil, nil, nil])
        #expect(
            warnings.map(\.reason.en) == [
                "journal 'AC' (Achats): 2 entries skipped (6 lines, from line 8) without a customer line 411 with revenue 70 or output VAT 4457; list the sales journals in fec.salesJournals if this is wrong",
                "journal 'OD' (Opérations diverses): 1 entry skipped (2 lines, from line 23) without a customer line 411 with revenue 70 or output VAT 4457; list the sales journals in fec.salesJournals if this is wrong",
                "journal 'BQ' (Banque): 2 entries skipped (4 lines, from line 28) without a customer line 411 with revenue 70 or output VAT 4457; list the sales journals in fec.salesJournals if this is wrong",
                "1 sales entry without ValidDate, the first at line 71: a FEC must hold validated entries only; validate them in the accounts, then export again",
                "1 sales entry has lines on accounts other than 411, 70 and 4457, the first on account '419100' at line 62: no total counts their amounts, so total without VAT + VAT may differ from the total with VAT",
                "a FEC does not link a credit note to its invoice: the file's credit note is not matched with the invoice it corrects (FR-CORR-03 to 05); for that check, audit the invoicing tool's export too",
            ])
    }

    @Test func letteredInvoiceIsPaid() throws {
        let document = try #require(try FECTestSupport.importFixture().documents.first)
        #expect(document.number == "FA-2026-0001")
        #expect(document.kind == .invoice)
        #expect(document.typeCode == "380")
        #expect(document.issueDate == CivilDate(year: 2026, month: 1, day: 5))
        #expect(document.currency == "EUR")
        #expect(document.source == SourceLocation(file: FECTestSupport.fixtureName, line: 2))
        #expect(document.seller?.siren == "847315926")
        #expect(document.seller?.legalRegistration == Identifier(value: "847315926", scheme: "0002"))
        #expect(document.buyer?.name == "Boulangerie Marceau")
        #expect(document.buyer?.identifiers == [Identifier(value: "C001")])
        #expect(document.totals.taxExclusive == FECTestSupport.amount("1000.00"))
        #expect(document.totals.vat == FECTestSupport.amount("200.00"))
        #expect(document.totals.taxInclusive == FECTestSupport.amount("1200.00"))
        #expect(document.status == .paid)
        #expect(document.payments == [Payment(date: CivilDate(year: 2026, month: 2, day: 3), amount: Amount(1200))])
        #expect(
            document.vatBreakdown == [
                VATBreakdown(category: "S", rate: Amount(20), taxableAmount: Amount(1000), taxAmount: Amount(200))
            ])
    }

    @Test func unletteredInvoiceHasNoStatus() throws {
        let document = try #require(try FECTestSupport.importFixture().documents.first { $0.number == "FA-2026-0002" })
        #expect(document.status == nil)
        #expect(document.payments.isEmpty)
    }

    @Test func creditNoteFromCustomerCredit() throws {
        let document = try #require(try FECTestSupport.importFixture().documents.first { $0.number == "AV-2026-0001" })
        #expect(document.kind == .creditNote)
        #expect(document.typeCode == "381")
        #expect(document.source.line == 33)
        #expect(document.totals.taxExclusive == Amount(200))
        #expect(document.totals.vat == Amount(40))
        #expect(document.totals.taxInclusive == Amount(240))
        #expect(document.vatBreakdown.map(\.taxableAmount) == [Amount(200)])
    }

    @Test func ratesFromAccountLabels() throws {
        let document = try #require(try FECTestSupport.importFixture().documents.first { $0.number == "FA-2026-0010" })
        #expect(document.totals.taxExclusive == Amount(1200))
        #expect(document.totals.vat == Amount(211))
        #expect(document.totals.taxInclusive == Amount(1411))
        #expect(
            document.vatBreakdown == [
                VATBreakdown(category: "S", rate: Amount(20), taxableAmount: Amount(1000), taxAmount: Amount(200)),
                VATBreakdown(category: "S", rate: FECTestSupport.amount("5.5"), taxableAmount: Amount(200), taxAmount: Amount(11)),
            ])
    }

    @Test func foreignCurrencyUsesMontantdevise() throws {
        let document = try #require(try FECTestSupport.importFixture().documents.first { $0.number == "FA-2026-0012" })
        #expect(document.currency == "USD")
        #expect(document.totals.taxExclusive == Amount(1000))
        #expect(document.totals.vat == Amount(200))
        #expect(document.totals.taxInclusive == Amount(1200))
        #expect(document.vatAccountingCurrency == "EUR")
        #expect(document.totals.vatInAccountingCurrency == Amount(184))
    }

    @Test func otherAccountLineStaysOutOfTotals() throws {
        let document = try #require(try FECTestSupport.importFixture().documents.first { $0.number == "FA-2026-0016" })
        #expect(document.totals.taxExclusive == Amount(1000))
        #expect(document.totals.vat == Amount(200))
        #expect(document.totals.taxInclusive == Amount(900))
    }

    @Test func quotesInLabelsAreText() throws {
        let result = try FECTestSupport.importFixture()
        #expect(result.documents.first { $0.number == "FA-2026-0003" }?.totals.taxInclusive == Amount(3000))
    }

    @Test func configuredJournalsReplaceDetection() throws {
        let result = try FECTestSupport.importFixture(salesJournals: ["ve"])
        #expect(result.documents.count == 19)
        #expect(result.rejections.count == 1)
        #expect(
            result.warnings.first?.reason.en
                == "journal 'AC' (Achats): 2 entries skipped (6 lines, from line 8), not listed in fec.salesJournals; add it if it holds invoices")
    }

    @Test func configuredJournalWithoutCustomerLineIsRejected() {
        let result = FECTestSupport.importLines(
            [
                "VE|Ventes|1|20260105|530000|Caisse|||T-1|20260105|Ticket T-1|12,00|0,00|||20260105||",
                "VE|Ventes|1|20260105|707000|Ventes|||T-1|20260105|Ticket T-1|0,00|10,00|||20260105||",
                "VE|Ventes|1|20260105|445710|TVA 20%|||T-1|20260105|Ticket T-1|0,00|2,00|||20260105||",
            ], salesJournals: ["VE"])
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(
            result.rejections.map(\.reason.en) == [
                "entry 'VE/1' of a sales journal has no customer line (account 411): the customer and the total with VAT are missing; remove this journal from fec.salesJournals if it holds no invoices"
            ])
    }
}
