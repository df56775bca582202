import InvoiceAudit
import InvoiceModel
import Testing

@Suite struct CreditNoteRulesTests {
    typealias T = TestDocuments

    let invoice = T.document("FA-2025-0001", "2025-02-01", total: "120.00", line: 2)

    @Test func partialCreditsWithinTotalAreSilent() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "60.00",
                references: [("FA-2025-0001", "2025-02-01")], line: 3),
            T.document("AV-2025-0002", "2025-02-06", kind: .creditNote, total: "60.00",
                references: [("FA-2025-0001", "2025-02-01")], line: 4),
        ])
        #expect(findings.isEmpty)
    }

    @Test func creditNoteWithoutReferenceIsReported() {
        let findings = T.ledgerFindings([
            invoice, T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00", line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-03"])
        #expect(findings.first?.location.line == 3)
    }

    @Test func unknownInvoiceIsAnError() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0077", "2025-02-03")], line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(findings.first?.severity == .error)
        #expect(findings.first?.message.en == "credit note 'AV-2025-0001' cites invoice 'FA-2025-0077', which this seller never issued")
    }

    @Test func invoiceOlderThanTheExportIsAWarning() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2024-0100", "2024-12-20")], line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(findings.first?.severity == .warning)
    }

    @Test func creditNoteDatedBeforeInvoiceIsReported() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-01-20", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0001", "2025-02-01")], line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(
            findings.first?.message.fr
                == "l'avoir 'AV-2025-0001' du 20/01/2025 est antérieur à la facture 'FA-2025-0001' du 01/02/2025 qu'il corrige")
    }

    /// Returns the findings for a credit note giving one date to two cited invoices.
    func sharedDateFindings(_ cited: String) -> [Finding] {
        T.ledgerFindings([
            invoice,
            T.document("FA-2025-0002", "2025-02-03", total: "120.00", line: 3),
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0001", cited), ("FA-2025-0002", cited)], line: 4),
        ])
    }

    @Test func oneDateForSeveralInvoicesMatchingOneIsSilent() {
        #expect(sharedDateFindings("2025-02-01").isEmpty)
        #expect(sharedDateFindings("2025-02-03").isEmpty)
    }

    @Test func oneDateForSeveralInvoicesMatchingNoneIsReportedOnce() {
        let findings = sharedDateFindings("2025-02-02")
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(findings.first?.location.line == 4)
        #expect(
            findings.first?.message.en
                == "credit note 'AV-2025-0001' gives one date, 2025-02-02, for the invoices it cites, but it is the date of none of them: invoices 'FA-2025-0001' and 'FA-2025-0002', dated 2025-02-01 and 2025-02-03; cite each invoice's date (BT-26)")
        #expect(
            findings.first?.message.fr
                == "l'avoir 'AV-2025-0001' donne une seule date, le 02/02/2025, pour les factures qu'il cite, mais ce n'est la date d'aucune : les factures 'FA-2025-0001' et 'FA-2025-0002', datées du 01/02/2025 et du 03/02/2025 ; citez la date de chaque facture (BT-26)")
    }

    @Test func distinctDatesForSeveralInvoicesAreCheckedEach() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("FA-2025-0002", "2025-02-03", total: "120.00", line: 3),
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0001", "2025-02-01"), ("FA-2025-0002", "2025-02-04")], line: 4),
        ])
        #expect(
            findings.map(\.message.en) == [
                "credit note 'AV-2025-0001' cites invoice 'FA-2025-0002' as dated 2025-02-04, but it is dated 2025-02-03: cite the invoice's date (BT-26)"
            ])
    }

    @Test func citedDateOtherThanInvoiceDateIsReported() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0001", "2025-02-02")], line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
        #expect(findings.first?.severity == .error)
        #expect(
            findings.first?.message.en
                == "credit note 'AV-2025-0001' cites invoice 'FA-2025-0001' as dated 2025-02-02, but it is dated 2025-02-01: cite the invoice's date (BT-26)")
        #expect(
            findings.first?.message.fr
                == "l'avoir 'AV-2025-0001' cite la facture 'FA-2025-0001' au 02/02/2025, alors qu'elle est du 01/02/2025 : citez la date de la facture (BT-26)")
    }

    @Test func missingCitedDateOnXMLIsReported() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0001", nil), ("FA-2024-0100", nil)], line: 3, file: "AV-2025-0001.xml"),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-03", "FR-CORR-03", "FR-CORR-04"])
        #expect(
            findings.map(\.message.en).prefix(2) == [
                "credit note 'AV-2025-0001' cites invoice 'FA-2024-0100' without its date (BT-26): add its issue date",
                "credit note 'AV-2025-0001' cites invoice 'FA-2025-0001' without its date (BT-26): add its date, 2025-02-01",
            ])
        #expect(
            findings.dropFirst().first?.message.fr
                == "l'avoir 'AV-2025-0001' cite la facture 'FA-2025-0001' sans sa date (BT-26) : ajoutez sa date, le 01/02/2025")
    }

    @Test func missingCitedDateOnCSVIsSilent() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "10.00",
                references: [("FA-2025-0001", nil)], line: 3),
        ])
        #expect(findings.isEmpty)
    }

    @Test func creditAboveInvoiceTotalIsReported() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "150.00",
                references: [("FA-2025-0001", "2025-02-01")], line: 3),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-05"])
        #expect(findings.first?.message.en == "credit note 'AV-2025-0001' credits 150.00, more than the total 120.00 of invoice 'FA-2025-0001'")
    }

    @Test func cumulativeCreditsAboveTotalAreReportedOnce() {
        let findings = T.ledgerFindings([
            invoice,
            T.document("AV-2025-0001", "2025-02-05", kind: .creditNote, total: "-100.00",
                references: [("FA-2025-0001", nil)], line: 3),
            T.document("AV-2025-0002", "2025-02-06", kind: .creditNote, total: "-30.00",
                references: [("FA-2025-0001", nil)], line: 4),
            T.document("AV-2025-0003", "2025-02-07", kind: .creditNote, total: "-5.00",
                references: [("FA-2025-0001", nil)], line: 5),
        ])
        #expect(findings.map(\.ruleID) == ["FR-CORR-05"])
        #expect(findings.first?.location.line == 4)
        #expect(findings.first?.message.en == "with credit note 'AV-2025-0002', credits on invoice 'FA-2025-0001' reach 130.00, more than its total 120.00")
    }
}

@Suite struct CreditNoteCurrencyTests {
    typealias T = TestDocuments

    @Test func unknownCurrencyStillChecksOverCredit() {
        var invoice = T.document("FA-2025-0001", "2025-02-01", total: "120.00", line: 2)
        invoice.currency = nil
        let credit = T.document(
            "AV-2025-0001", "2025-02-05", kind: .creditNote, total: "150.00", references: [("FA-2025-0001", nil)], line: 3)
        #expect(T.ledgerFindings([invoice, credit]).map(\.ruleID) == ["FR-CORR-05"])
    }

    @Test func differentCurrenciesSkipOverCredit() {
        var credit = T.document(
            "AV-2025-0001", "2025-02-05", kind: .creditNote, total: "150.00", references: [("FA-2025-0001", nil)], line: 3)
        credit.currency = "USD"
        // Amounts in two currencies are not compared (no FR-CORR-05); the currency itself is FR-CORR-04.
        let findings = T.ledgerFindings([T.document("FA-2025-0001", "2025-02-01", total: "120.00", line: 2), credit])
        #expect(findings.map(\.ruleID) == ["FR-CORR-04"])
    }
}
