import InvoiceAudit
import InvoiceModel
import Testing

/// Self-billing (FR-SPEC-06), invoicing dates (FR-MENT-16), paid deposits (FR-DEP-01), credit note
/// rates (FR-CORR-06) and legal status (FR-MENT-07, 08). Each fires on its fault and stays silent
/// on the fixed document.
@Suite struct AddedFrenchRulesTests {
    typealias F = FrenchInvoice
    typealias T = TestDocuments

    // MARK: FR-SPEC-06

    @Test func selfBilledInvoiceWithoutMention() {
        var document = F.compliant()
        document.kind = .selfBilled
        document.typeCode = "389"
        #expect(F.frenchRules(document) == ["FR-SPEC-06"])
        let finding = Auditor().documentFindings(document).first { $0.ruleID == "FR-SPEC-06" }
        #expect(finding?.message.en == "self-billed document (type 389) without the \"Autofacturation\" mention: add it as a note")
        document.notes.append(Note(text: "AUTOFACTURATION"))
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func selfBilledCreditNoteByTypeCode() {
        var document = F.compliant()
        document.typeCode = "261"
        #expect(F.frenchRules(document) == ["FR-SPEC-06"])
        document.typeCode = "380"
        #expect(F.frenchRules(document).isEmpty)
        document.typeCode = "261"
        document.sourceFormat = .csv
        #expect(!F.frenchRules(document).contains("FR-SPEC-06"))
    }

    // MARK: FR-MENT-16

    @Test func invoiceIssuedMoreThanAMonthAfterDelivery() {
        var document = F.compliant()
        document.delivery?.actualDate = T.date("2025-06-07")
        #expect(F.frenchRules(document) == ["FR-MENT-16"])
        let finding = Auditor().documentFindings(document).first { $0.ruleID == "FR-MENT-16" }
        #expect(finding?.severity == .warning)
        #expect(finding?.message.fr == "facture émise le 08/07/2025, plus d'un mois après la livraison du 07/06/2025 : émettez la facture dès la réalisation de l'opération")
        document.delivery?.actualDate = T.date("2025-06-08")
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func periodicInvoiceCoversOneCalendarMonthAtMost() {
        var document = F.compliant()
        document.invoicePeriod = Period(start: T.date("2025-05-01"), end: T.date("2025-06-30"))
        #expect(F.frenchRules(document) == ["FR-MENT-16"])
        document.invoicePeriod = Period(start: T.date("2025-06-01"), end: T.date("2025-06-30"))
        #expect(F.frenchRules(document).isEmpty)
        document.invoicePeriod = Period(start: T.date("2025-05-01"), end: T.date("2025-05-31"))
        #expect(F.frenchRules(document) == ["FR-MENT-16"])
    }

    /// A year of one service, or a subscription billed in advance, groups no separate supplies.
    @Test func longPeriodWithoutGroupedSuppliesIsSilent() {
        var document = F.compliant()
        document.invoicePeriod = Period(start: T.date("2025-01-01"), end: T.date("2025-12-31"))
        #expect(F.frenchRules(document) == ["FR-MENT-16"])
        document.lines.removeLast()
        #expect(F.frenchRules(document).filter { $0 == "FR-MENT-16" }.isEmpty)
        document = F.compliant()
        document.invoicePeriod = Period(start: T.date("2025-07-08"), end: T.date("2026-07-07"))
        #expect(F.frenchRules(document).filter { $0 == "FR-MENT-16" }.isEmpty)
    }

    @Test func creditNoteIssuedLaterIsNotLate() {
        var document = F.compliant()
        document.kind = .creditNote
        document.typeCode = "381"
        document.delivery?.actualDate = T.date("2025-01-10")
        #expect(!F.frenchRules(document).contains("FR-MENT-16"))
    }

    // MARK: FR-DEP-01

    @Test func paidDepositNeedsDatedPayment() {
        var document = F.compliant()
        document.kind = .deposit
        document.typeCode = "386"
        document.status = .paid
        #expect(F.frenchRules(document) == ["FR-DEP-01"])
        document.payments = [Payment(date: nil, amount: T.amount("1477.92"))]
        let finding = Auditor().documentFindings(document).first { $0.ruleID == "FR-DEP-01" }
        #expect(finding?.message.en == "deposit invoice 'FA-2025-0009' is paid but 1 payment has no date: state the date of the deposit received")
        document.payments = [Payment(date: T.date("2025-07-10"), amount: T.amount("1477.92"))]
        #expect(F.frenchRules(document).isEmpty)
        document.payments = []
        document.status = .issued
        #expect(F.frenchRules(document).isEmpty)
    }

    // MARK: FR-CORR-06

    @Test func creditNoteAtARateTheInvoiceLacks() {
        var invoice = FrenchLedgerRulesTests.doc("FA-2025-0001", "2025-02-01", line: 2)
        invoice.lines = [Line(id: "1", netAmount: T.amount("100.00"), vatCategory: "S", vatRate: T.amount("20"))]
        var credit = FrenchLedgerRulesTests.doc(
            "AV-2025-0001", "2025-02-05", kind: .creditNote, total: "21.10", refs: ["FA-2025-0001"], line: 3)
        credit.lines = [Line(id: "1", netAmount: T.amount("20.00"), vatCategory: "S", vatRate: T.amount("5.5"))]
        #expect(FrenchLedgerRulesTests.rules([invoice, credit]) == ["FR-CORR-06"])
        let ledger = Ledger(entries: [LedgerEntry(invoice), LedgerEntry(credit)])
        let finding = Auditor().ledgerFindings(ledger).findings.first { $0.ruleID == "FR-CORR-06" }
        #expect(finding?.message.en == "credit note 'AV-2025-0001' credits at rate '5.5%', which invoice 'FA-2025-0001' does not use ('20%'): use the corrected invoice's rate")
        credit.lines[0].vatRate = T.amount("20.00")
        #expect(FrenchLedgerRulesTests.rules([invoice, credit]).isEmpty)
    }

    @Test func breakdownRateTheInvoiceLacks() {
        // Structured documents carry a VAT breakdown: a rate the invoice lacks is FR-CORR-06 only,
        // whatever VAT the credit note states at that rate.
        var invoice = FrenchLedgerRulesTests.doc("FA-2025-0001", "2025-02-01", line: 2)
        invoice.vatBreakdown = [VATBreakdown(rate: T.amount("20"), taxableAmount: T.amount("100.00"), taxAmount: T.amount("20.00"))]
        var credit = FrenchLedgerRulesTests.doc(
            "AV-2025-0001", "2025-02-05", kind: .creditNote, total: "21.10", refs: ["FA-2025-0001"], line: 3)
        credit.vatBreakdown = [VATBreakdown(rate: T.amount("5.5"), taxableAmount: T.amount("20.00"), taxAmount: T.amount("1.10"))]
        let findings = T.ledgerFindings([invoice, credit])
        #expect(findings.map(\.ruleID) == ["FR-CORR-06"])
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.message.en == "credit note 'AV-2025-0001' credits at rate '5.5%', which invoice 'FA-2025-0001' does not use ('20%'): use the corrected invoice's rate")
        #expect(findings.first?.message.fr == "l'avoir 'AV-2025-0001' crédite au taux '5,5 %', absent de la facture 'FA-2025-0001' ('20 %') : reprenez le taux de la facture corrigée")
        credit.vatBreakdown = [VATBreakdown(rate: T.amount("5.5"), taxableAmount: T.amount("20.00"), taxAmount: T.amount("0.00"))]
        #expect(FrenchLedgerRulesTests.rules([invoice, credit]) == ["FR-CORR-06"])
    }

    @Test func breakdownRateOverCreditedAtInvoiceRate() {
        var invoice = FrenchLedgerRulesTests.doc("FA-2025-0001", "2025-02-01", line: 2)
        invoice.vatBreakdown = [VATBreakdown(rate: T.amount("20"), taxableAmount: T.amount("100.00"), taxAmount: T.amount("20.00"))]
        var credit = FrenchLedgerRulesTests.doc(
            "AV-2025-0001", "2025-02-05", kind: .creditNote, total: "60.00", refs: ["FA-2025-0001"], line: 3)
        credit.vatBreakdown = [
            VATBreakdown(rate: T.amount("20"), taxableAmount: T.amount("25.00"), taxAmount: T.amount("25.00")),
            VATBreakdown(rate: T.amount("10"), taxableAmount: T.amount("9.10"), taxAmount: T.amount("0.91")),
        ]
        let findings = T.ledgerFindings([invoice, credit])
        #expect(findings.map(\.ruleID) == ["FR-CORR-05", "FR-CORR-06"])
        #expect(findings.first?.message.en == "with credit note 'AV-2025-0001', VAT credited at 20% on invoice 'FA-2025-0001' reaches 25.00, more than the 20.00 invoiced at that rate")
        credit.vatBreakdown = [VATBreakdown(rate: T.amount("20"), taxableAmount: T.amount("50.00"), taxAmount: T.amount("10.00"))]
        #expect(FrenchLedgerRulesTests.rules([invoice, credit]).isEmpty)
    }

    // MARK: FR-MENT-07 and FR-MENT-08

    @Test func companyStatesItsShareCapital() {
        var document = F.compliant()
        document.seller?.additionalLegalInfo = "SARL, RCS Paris 812 476 356"
        #expect(F.frenchRules(document) == ["FR-MENT-07"])
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €, RCS Paris 812 476 356"
        #expect(F.frenchRules(document).isEmpty)
        // Without BT-33 the capital is not looked for, but the registration still is (FR-MENT-06).
        document.seller?.additionalLegalInfo = nil
        #expect(F.frenchRules(document) == ["FR-MENT-06"])
        document.notes.append(Note(text: "RCS Paris 812 476 356"))
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func legalInformationWithoutAnyStatus() {
        var document = F.compliant()
        document.seller?.name = "Atelier Lumière"
        document.seller?.additionalLegalInfo = "RCS Paris 812 476 356"
        #expect(F.frenchRules(document) == ["FR-MENT-07"])
        document.seller?.additionalLegalInfo = "EI, RCS Paris 812 476 356"
        #expect(F.frenchRules(document).isEmpty)
    }

    @Test func microEntrepreneurWithoutEI() {
        var document = F.compliant()
        document.seller?.name = "Jeanne Martin"
        document.seller?.additionalLegalInfo = "Micro-entrepreneur, SIREN 812 476 356"
        #expect(F.frenchRules(document) == ["FR-MENT-08"])
        document.seller?.additionalLegalInfo = "Entrepreneur individuel (micro-entrepreneur), SIREN 812 476 356"
        #expect(F.frenchRules(document).isEmpty)
    }
}
