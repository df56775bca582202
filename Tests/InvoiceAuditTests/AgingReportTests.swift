import InvoiceAudit
import InvoiceModel
import Testing

/// Amounts due and buckets of the aging report, on invoices built in code.
@Suite struct AgingReportTests {
    typealias F = ReceivableFixtures

    @Test func bucketBoundaries() throws {
        // Due 2025-03-01; as of 2025-06-01 each due date below is that many days late.
        let lateness = [0, 1, 30, 31, 60, 61, 90, 91]
        let asOf = TestDocuments.date("2025-06-01")
        let documents = lateness.enumerated().map { index, days in
            F.invoice("FA-\(index + 1)", issued: "2025-01-01", due: asOf.adding(days: -days).description, total: "\(days + 1).00", line: index + 2)
        }
        let report = AgingReport(F.open(documents, asOf: "2025-06-01"), bucketLimits: [30, 60, 90])
        #expect(report.buckets.map(\.code) == ["not-due", "1-30", "31-60", "61-90", "over-90"])
        let row = try #require(report.sections.first?.rows.first)
        // Not due: 1 (0 days); 1–30: 2 + 31; 31–60: 32 + 61; 61–90: 62 + 91; over 90: 92.
        #expect(row.amounts.map(\.description) == ["1.00", "33.00", "93.00", "153.00", "92.00"])
        let days = report.open.receivables.sorted { $0.daysOverdue < $1.daysOverdue }.map(\.daysOverdue)
        #expect(days == lateness)
    }

    @Test func bucketIndexAtLimits() {
        let buckets = AgingBucket.all(limits: [30, 60, 90])
        #expect(AgingBucket.index(daysOverdue: -5, in: buckets) == 0)
        #expect(AgingBucket.index(daysOverdue: 0, in: buckets) == 0)
        #expect(AgingBucket.index(daysOverdue: 30, in: buckets) == 1)
        #expect(AgingBucket.index(daysOverdue: 31, in: buckets) == 2)
        #expect(AgingBucket.index(daysOverdue: 90, in: buckets) == 3)
        #expect(AgingBucket.index(daysOverdue: 91, in: buckets) == 4)
    }

    @Test func configuredBuckets() {
        let buckets = AgingBucket.all(limits: [15, 45])
        #expect(buckets.map(\.code) == ["not-due", "1-15", "16-45", "over-45"])
        #expect(buckets.map { $0.label.fr } == ["non échu", "1–15 j", "16–45 j", "> 45 j"])
        #expect(buckets.map { $0.label.en } == ["not yet due", "1–15 days", "16–45 days", "over 45 days"])
    }

    @Test func partialPaymentsByAsOfDate() {
        let invoice = F.invoice(
            "FA-1", total: "1200.00", payments: [("2025-02-01", "500.00"), ("2025-04-15", "200.00")], line: 2)
        let open = F.open([invoice], asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-1": "700.00"])
        #expect(open.receivables.first?.basis == .payments)
        // After the second payment, 500 remain.
        #expect(F.amounts(F.open([invoice], asOf: "2025-04-30")) == ["FA-1": "500.00"])
    }

    @Test func refundRaisesAmountDue() {
        let invoice = F.invoice("FA-1", total: "1000.00", payments: [("2025-02-01", "1000.00"), ("2025-02-10", "-100.00")], line: 2)
        #expect(F.amounts(F.open([invoice], asOf: "2025-03-31")) == ["FA-1": "100.00"])
    }

    @Test func creditNoteReducesInvoice() {
        let invoice = F.invoice("FA-1", total: "1000.00", line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "300.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-1": "700.00"])
        #expect(open.counts.creditNotes == 1)
        // Before the credit note was issued, the whole invoice was owed and the credit note did not exist.
        let earlier = F.open([invoice, credit], asOf: "2025-02-15")
        #expect(F.amounts(earlier) == ["FA-1": "1000.00"])
        #expect(earlier.counts.issuedAfterAsOf == 1)
    }

    @Test func creditNoteCoveringInvoiceSettlesIt() {
        let invoice = F.invoice("FA-1", total: "1000.00", payments: [("2025-02-01", "400.00")], line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "600.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.counts.settled == 1)
    }

    @Test func declaredAmountDue() {
        // The export already lowered the amount due: the credit note is not deducted again.
        let lowered = F.invoice("FA-1", total: "1000.00", payable: "400.00", line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "600.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        #expect(F.amounts(F.open([lowered, credit], asOf: "2025-03-31")) == ["FA-1": "400.00"])
        // An amount due equal to the total cannot reflect the credit note, which is deducted.
        let original = F.invoice("FA-1", total: "1000.00", payable: "1000.00", line: 2)
        let open = F.open([original, credit], asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-1": "400.00"])
        #expect(open.receivables.first?.basis == .declaredAmountDue)
    }

    @Test func paidStatusWithoutPaymentData() {
        let paid = F.invoice("FA-1", status: .paid, line: 2)
        let open = F.open([paid], asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.counts.paidByStatus == 1)
        #expect(open.unreliable.isEmpty)
    }

    @Test func paidStatusWithShortPayment() {
        let paid = F.invoice("FA-1", total: "1000.00", status: .paid, payments: [("2025-02-01", "900.00")], line: 2)
        #expect(F.amounts(F.open([paid], asOf: "2025-03-31")) == ["FA-1": "100.00"])
    }

    @Test func draftsAndCancelledExcluded() {
        let documents = [
            F.invoice("FA-1", line: 2),
            F.invoice(nil, status: .draft, draft: true, line: 3),
            F.invoice("FA-2", status: .cancelled, line: 4),
            F.invoice("FA-3", issued: "2025-05-01", due: "2025-05-31", line: 5),
        ]
        let open = F.open(documents, asOf: "2025-03-31")
        #expect(open.receivables.map(\.number) == ["FA-1"])
        #expect(open.counts.drafts == 1)
        #expect(open.counts.cancelled == 1)
        #expect(open.counts.issuedAfterAsOf == 1)
    }

    @Test func missingDueDateUsesDefaultTerm() throws {
        let invoice = F.invoice("FA-1", issued: "2025-01-01", due: nil, line: 2)
        let receivable = try #require(F.open([invoice], asOf: "2025-03-02").receivables.first)
        #expect(receivable.dueDate.description == "2025-01-31")
        #expect(receivable.dueDateSource == .defaultTerm)
        #expect(receivable.daysOverdue == 30)
        let longer = try #require(
            F.open([invoice], asOf: "2025-03-02", configuration: AgingConfiguration(defaultTermDays: 45)).receivables.first)
        #expect(longer.dueDate.description == "2025-02-15")
        #expect(longer.daysOverdue == 15)
    }

    @Test func multiCurrencyKeptApart() {
        let documents = [
            F.invoice("FA-1", total: "1000.00", line: 2),
            F.invoice("FA-2", total: "250.00", currency: "USD", line: 3),
            F.invoice("FA-3", total: "40.00", currency: nil, line: 4),
        ]
        let report = AgingReport(F.open(documents, asOf: "2025-03-31"), bucketLimits: [30, 60, 90])
        #expect(report.sections.map(\.currency) == ["EUR", "USD"])
        #expect(report.sections.map(\.total.description) == ["1040.00", "250.00"])
        #expect(report.open.receivables.filter(\.currencyAssumed).map(\.number) == ["FA-3"])
        #expect(!report.hasSeveralSellers)
    }

    @Test func multiSellerSections() {
        let documents = [
            F.invoice("FA-1", total: "100.00", line: 2),
            F.invoice("FA-1", total: "300.00", seller: TestDocuments.otherSeller, line: 3),
            F.invoice("FA-2", total: "50.00", buyer: F.otherBuyer, line: 4),
        ]
        let report = AgingReport(F.open(documents, asOf: "2025-03-31"), bucketLimits: [30, 60, 90])
        #expect(report.hasSeveralSellers)
        #expect(report.sections.map(\.seller.value) == ["SIREN:552100554", "SIREN:732829320"])
        #expect(report.sections.map(\.total.description) == ["300.00", "150.00"])
        #expect(report.sections.last?.rows.map(\.buyer.value) == ["SIREN:443061841", "SIREN:542107651"])
    }

    @Test func unreliableDocumentsListed() {
        let documents = [
            F.invoice("FA-1", total: nil, line: 2),
            F.invoice("FA-2", currency: "EURO", line: 3),
            F.invoice("AV-1", issued: "2025-02-01", due: nil, total: "50.00", kind: .creditNote, cites: ["FA-9"], line: 4),
            F.invoice("AV-2", issued: "2025-02-01", due: nil, total: "20.00", kind: .creditNote, line: 5),
        ]
        let open = F.open(documents, asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.unreliable.map(\.reason.code) == ["no-total", "unknown-currency", "unmatched-credit-note", "unmatched-credit-note"])
        #expect(open.unreliable.map(\.number) == ["FA-1", "FA-2", "AV-1", "AV-2"])
        #expect(
            open.unreliable[1].reason.message.en
                == "unknown currency 'EURO': the amount cannot be added to any currency, correct the ISO 4217 code")
        #expect(
            open.unreliable[2].reason.message.fr
                == "avoir citant la facture 'FA-9', absente des données : son montant n'est déduit d'aucune créance")
    }
}

/// Each seller and number counted once, and credit notes citing several invoices allocated once.
@Suite struct AgingDuplicateTests {
    typealias F = ReceivableFixtures

    @Test func identicalCopiesCountOnce() {
        // A January–June export beside a full-year one: the same invoice and credit note twice.
        let documents = ["h1.csv", "year.csv"].flatMap { file in
            [
                F.invoice("FA-1", total: "1000.00", file: file, line: 2),
                F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "100.00", kind: .creditNote, cites: ["FA-1"], file: file, line: 3),
            ]
        }
        let open = F.open(documents, asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-1": "900.00"])
        #expect(open.unreliable.isEmpty)
        #expect(open.counts.copies == 2)
        #expect(open.counts.creditNotes == 1)
    }

    @Test func differingVersionsAreUnreliable() {
        let documents = [
            F.invoice("FA-1", total: "1000.00", file: "h1.csv", line: 2),
            F.invoice("FA-1", total: "1000.00", payments: [("2025-03-01", "400.00")], file: "year.csv", line: 5),
            F.invoice("FA-2", total: "50.00", file: "year.csv", line: 6),
        ]
        let open = F.open(documents, asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-2": "50.00"])
        #expect(open.unreliable.map(\.number) == ["FA-1"])
        #expect(open.unreliable.first?.reason.code == "number-in-several-documents")
        #expect(
            open.unreliable.first?.reason.message.en
                == "number appears in 2 documents that differ (h1.csv:2, year.csv:5): no version is counted, keep only one")
        #expect(open.counts.otherVersions == 1)
    }

    @Test func creditNoteCitingSeveralInvoicesIsAllocatedOnce() {
        let documents = [
            F.invoice("FA-1", total: "60.00", line: 2),
            F.invoice("FA-2", total: "1000.00", line: 3),
            F.invoice("FA-3", total: "500.00", line: 4),
            // 100: 60 fill FA-1, the remaining 40 go to FA-2; FA-3 is not cited.
            F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "100.00", kind: .creditNote, cites: ["FA-1", "FA-2"], line: 5),
        ]
        let open = F.open(documents, asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-2": "960.00", "FA-3": "500.00"])
        #expect(open.counts.settled == 1)
    }

    @Test func creditNoteRemainderGoesToLastCitedInvoice() {
        let documents = [
            F.invoice("FA-1", total: "1000.00", line: 2),
            F.invoice("FA-2", total: "300.00", line: 3),
            F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "100.00", kind: .creditNote, cites: ["FA-1", "FA-2"], line: 4),
        ]
        // The first cited invoice has room for all 100; the last one keeps its full amount.
        #expect(F.amounts(F.open(documents, asOf: "2025-03-31")) == ["FA-1": "900.00", "FA-2": "300.00"])
    }
}

/// Negative amounts due stay visible as credit balances instead of disappearing as settled.
@Suite struct AgingCreditBalanceTests {
    typealias F = ReceivableFixtures

    @Test func negativeInvoiceIsACreditBalance() {
        let open = F.open([F.invoice("FA-1", total: "-300.00", line: 2)], asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.counts.settled == 0)
        #expect(open.unreliable.map(\.reason) == [.creditBalance(TestDocuments.amount("-300.00"))])
        #expect(open.unreliable.first?.reason.code == "credit-balance")
        #expect(
            open.unreliable.first?.reason.message.en
                == "credit balance of '-300.00' owed to the customer (negative invoice, or credit notes or payments above the invoice): refund it or apply it to a later invoice")
    }

    @Test func creditNoteAboveInvoiceLeavesCreditOnTheCreditNote() {
        let invoice = F.invoice("FA-1", total: "500.00", line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "600.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(open.unreliable.map(\.reason) == [.creditNoteExcess(TestDocuments.amount("-100.00"), invoices: ["FA-1"])])
        #expect(open.unreliable.map(\.number) == ["AV-1"])
        #expect(open.counts.settled == 1)
        #expect(open.counts.creditNotes == 0)
    }

    @Test func exactSettlementIsNotACreditBalance() {
        let invoice = F.invoice("FA-1", total: "500.00", payments: [("2025-02-01", "500.00")], line: 2)
        let open = F.open([invoice], asOf: "2025-03-31")
        #expect(open.unreliable.isEmpty)
        #expect(open.counts.settled == 1)
    }
}

/// Credit notes lower an invoice only by what it still owed when they were issued.
@Suite struct AgingCreditAllocationTests {
    typealias F = ReceivableFixtures

    @Test func creditNoteAfterPaymentsLeavesCustomerCredit() throws {
        // 1,000 paid 800: 200 still owed, so the 500 credit note settles it and 300 go back to the customer.
        let invoice = F.invoice("FA-1", total: "1000.00", payments: [("2025-02-01", "800.00")], line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "500.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.counts.settled == 1)
        #expect(open.counts.creditNotes == 0)
        let item = try #require(open.unreliable.first)
        #expect(open.unreliable.count == 1)
        #expect(item.number == "AV-1")
        #expect(item.reason == .creditNoteExcess(TestDocuments.amount("-300.00"), invoices: ["FA-1"]))
        #expect(item.reason.code == "credit-balance")
        #expect(item.reason.creditBalance?.description == "-300.00")
        #expect(
            item.reason.message.en
                == "credit note exceeds what invoice 'FA-1' still owed on its date by '300.00': this credit balance is owed to the customer, refund it or apply it to a later invoice")
        #expect(
            item.reason.message.fr
                == "avoir supérieur de '300,00' à ce que la facture 'FA-1' devait encore à sa date : ce solde créditeur est dû au client, remboursez-le ou imputez-le sur une facture suivante")
    }

    @Test func creditNoteBelowAmountLeftIsDeducted() {
        let invoice = F.invoice("FA-1", total: "1000.00", payments: [("2025-02-01", "800.00")], line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "150.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-1": "50.00"])
        #expect(open.unreliable.isEmpty)
        #expect(open.counts.creditNotes == 1)
    }

    @Test func paymentAfterCreditNoteIsAnOverpayment() {
        // The credit note came first and took 500 of 1,000; the 800 paid later overpay the invoice by 300.
        let invoice = F.invoice("FA-1", total: "1000.00", payments: [("2025-02-25", "800.00")], line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "500.00", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(open.unreliable.map(\.number) == ["FA-1"])
        #expect(open.unreliable.map(\.reason) == [.creditBalance(TestDocuments.amount("-300.00"))])
        #expect(open.counts.creditNotes == 1)
    }

    @Test func refundOnCreditNotePaysBackTheExcess() {
        let invoice = F.invoice("FA-1", total: "1000.00", payments: [("2025-02-01", "800.00")], line: 2)
        let credit = F.invoice(
            "AV-1", issued: "2025-02-20", due: nil, total: "500.00", payments: [("2025-03-05", "300.00")], kind: .creditNote,
            cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.unreliable.isEmpty)
        #expect(open.counts.settled == 1)
        #expect(open.counts.creditNotes == 1)
        // Before the refund, the 300 were still owed to the customer.
        let before = F.open([invoice, credit], asOf: "2025-03-01")
        #expect(before.unreliable.map(\.reason) == [.creditNoteExcess(TestDocuments.amount("-300.00"), invoices: ["FA-1"])])
    }

    @Test func creditNoteCitingSeveralPaidInvoices() throws {
        let documents = [
            F.invoice("FA-1", total: "1000.00", payments: [("2025-02-01", "900.00")], line: 2),
            F.invoice("FA-2", total: "300.00", line: 3),
            // FA-1 still owed 100 and FA-2 300: 100 of the 500 remain owed to the customer.
            F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "500.00", kind: .creditNote, cites: ["FA-1", "FA-2"], line: 4),
        ]
        let open = F.open(documents, asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.counts.settled == 2)
        let item = try #require(open.unreliable.first)
        #expect(item.reason == .creditNoteExcess(TestDocuments.amount("-100.00"), invoices: ["FA-1", "FA-2"]))
        #expect(
            item.reason.message.fr
                == "avoir supérieur de '100,00' à ce que les factures 'FA-1', 'FA-2' devaient encore à sa date : ce solde créditeur est dû au client, remboursez-le ou imputez-le sur une facture suivante")
    }
}

/// Amounts of two currencies are never netted: a credit note and its invoice in different currencies are both set apart.
@Suite struct AgingCreditCurrencyTests {
    typealias F = ReceivableFixtures

    @Test func creditNoteInOtherCurrencyIsNotNetted() {
        let invoice = F.invoice("FA-1", total: "1000.00", currency: "EUR", line: 2)
        let credit = F.invoice(
            "AV-1", issued: "2025-02-20", due: nil, total: "200.00", currency: "USD", kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(open.receivables.isEmpty)
        #expect(open.counts.creditNotes == 0)
        #expect(open.unreliable.map(\.number) == ["FA-1", "AV-1"])
        #expect(open.unreliable.map(\.reason.code) == ["currency-mismatch", "currency-mismatch"])
        #expect(
            open.unreliable.map(\.reason) == [
                .creditNoteInOtherCurrency(creditNote: "AV-1", currency: "USD"), .invoiceInOtherCurrency(invoice: "FA-1", currency: "EUR"),
            ])
        #expect(
            open.unreliable[0].reason.message.en
                == "credit note 'AV-1' citing this invoice is in USD: amounts of two currencies are not netted and the amount owed is unknown, match them at the agreed exchange rate")
        #expect(
            open.unreliable[0].reason.message.fr
                == "l'avoir 'AV-1' qui cite cette facture est en USD : les montants de deux devises ne sont pas compensés et le reste dû est inconnu, rapprochez-les au taux de change convenu")
        #expect(
            open.unreliable[1].reason.message.en
                == "credit note citing invoice 'FA-1', which is in EUR: amounts of two currencies are not netted, so it is deducted from no receivable")
        #expect(
            open.unreliable[1].reason.message.fr
                == "avoir citant la facture 'FA-1', en EUR : les montants de deux devises ne sont pas compensés, il n'est déduit d'aucune créance")
    }

    @Test func creditNoteWithoutCurrencyTakesTheDefault() {
        // A CSV credit note without a currency counts in aging.defaultCurrency, EUR, as its invoice.
        let invoice = F.invoice("FA-1", total: "1000.00", currency: "eur", line: 2)
        let credit = F.invoice("AV-1", issued: "2025-02-20", due: nil, total: "200.00", currency: nil, kind: .creditNote, cites: ["FA-1"], line: 3)
        let open = F.open([invoice, credit], asOf: "2025-03-31")
        #expect(F.amounts(open) == ["FA-1": "800.00"])
        #expect(open.unreliable.isEmpty)
        // With USD as the default, the same pair is in two currencies.
        let usd = F.open([invoice, credit], asOf: "2025-03-31", configuration: AgingConfiguration(defaultCurrency: "USD"))
        #expect(usd.unreliable.map(\.reason.code) == ["currency-mismatch", "currency-mismatch"])
    }
}
