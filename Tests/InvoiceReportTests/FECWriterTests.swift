import InvoiceAudit
import InvoiceImport
import InvoiceModel
import InvoiceReport
import Testing

/// `export --to fec`: the sales journal written from documents, checked by our own FR-FEC rules
/// and imported back.
@Suite struct FECWriterTests {
    static func amount(_ text: String) -> Amount { Amount(parsing: text) ?? .zero }

    static func document(
        _ number: String, kind: DocumentKind = .invoice, day: Int, buyer: String = "Client Un", account: String = "C001",
        rates: [(rate: String, base: String, tax: String)]
    ) -> Document {
        let net = rates.reduce(Amount.zero) { $0 + amount($1.base) }
        let vat = rates.reduce(Amount.zero) { $0 + amount($1.tax) }
        return Document(
            number: number, kind: kind, issueDate: CivilDate(year: 2026, month: 3, day: day), currency: "EUR",
            buyer: Party(name: buyer, identifiers: [Identifier(value: account)]),
            vatBreakdown: rates.map {
                VATBreakdown(category: "S", rate: amount($0.rate), taxableAmount: amount($0.base), taxAmount: amount($0.tax))
            },
            totals: Totals(taxExclusive: net, vat: vat, taxInclusive: net + vat),
            source: SourceLocation(file: "factures.csv", line: day + 1))
    }

    static let documents = [
        document("FA-2026-0002", day: 9, buyer: "Œuvres | Associées", account: "C002", rates: [("20", "250.00", "50.00"), ("5.5", "100.00", "5.50")]),
        document("FA-2026-0001", day: 2, rates: [("20", "1000.00", "200.00")]),
        document("AV-2026-0001", kind: .creditNote, day: 12, rates: [("20", "100.00", "20.00")]),
    ]

    @Test func writesTheSalesJournal() {
        let output = FECWriter().write(Self.documents)
        #expect(output.omitted.isEmpty)
        #expect(
            output.text == """
                JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\r
                VE|Ventes|1|20260302|411000|Clients|C001|Client Un|FA-2026-0001|20260302|Facture FA-2026-0001|1200,00|0,00|||20260302||\r
                VE|Ventes|1|20260302|706000|Prestations de services TVA 20 %|||FA-2026-0001|20260302|Facture FA-2026-0001|0,00|1000,00|||20260302||\r
                VE|Ventes|1|20260302|445710|TVA collectée 20 %|||FA-2026-0001|20260302|Facture FA-2026-0001|0,00|200,00|||20260302||\r
                VE|Ventes|2|20260309|411000|Clients|C002|Œuvres   Associées|FA-2026-0002|20260309|Facture FA-2026-0002|405,50|0,00|||20260309||\r
                VE|Ventes|2|20260309|706000|Prestations de services TVA 20 %|||FA-2026-0002|20260309|Facture FA-2026-0002|0,00|250,00|||20260309||\r
                VE|Ventes|2|20260309|706000|Prestations de services TVA 5,5 %|||FA-2026-0002|20260309|Facture FA-2026-0002|0,00|100,00|||20260309||\r
                VE|Ventes|2|20260309|445710|TVA collectée 20 %|||FA-2026-0002|20260309|Facture FA-2026-0002|0,00|50,00|||20260309||\r
                VE|Ventes|2|20260309|445710|TVA collectée 5,5 %|||FA-2026-0002|20260309|Facture FA-2026-0002|0,00|5,50|||20260309||\r
                VE|Ventes|3|20260312|411000|Clients|C001|Client Un|AV-2026-0001|20260312|Avoir AV-2026-0001|0,00|120,00|||20260312||\r
                VE|Ventes|3|20260312|706000|Prestations de services TVA 20 %|||AV-2026-0001|20260312|Avoir AV-2026-0001|100,00|0,00|||20260312||\r
                VE|Ventes|3|20260312|445710|TVA collectée 20 %|||AV-2026-0001|20260312|Avoir AV-2026-0001|20,00|0,00|||20260312||\r

                """)
    }

    @Test func exportPassesTheFECRulesAndImportsBack() {
        let text = FECWriter().write(Self.documents).text
        let result = DocumentImporter.importBytes(Array(text.utf8), file: "847315926FEC20261231.txt", options: ImportOptions())
        #expect(result.format == .fec)
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.map(\.reason.en).filter { !$0.contains("does not link a credit note") } == [])
        #expect(Auditor().fecFindings(result.fecFaults).map(\.message.en) == [])

        let imported = result.documents
        #expect(imported.map(\.number) == ["FA-2026-0001", "FA-2026-0002", "AV-2026-0001"])
        #expect(imported.map(\.kind) == [.invoice, .invoice, .creditNote])
        #expect(imported.map(\.issueDate) == [2, 9, 12].map { CivilDate(year: 2026, month: 3, day: $0) })
        #expect(imported.map(\.totals.taxInclusive) == ["1200.00", "405.50", "120.00"].map(Self.amount))
        #expect(imported.map(\.totals.taxExclusive) == ["1000.00", "350.00", "100.00"].map(Self.amount))
        #expect(imported.map(\.totals.vat) == ["200.00", "55.50", "20.00"].map(Self.amount))
        #expect(imported[1].vatBreakdown.map(\.rate) == [Self.amount("20"), Self.amount("5.5")])
        #expect(imported[1].vatBreakdown.map(\.taxableAmount) == [Self.amount("250.00"), Self.amount("100.00")])
        #expect(imported[1].vatBreakdown.map(\.taxAmount) == [Self.amount("50.00"), Self.amount("5.50")])
        #expect(imported[1].buyer?.name == "Œuvres   Associées")
        #expect(imported[0].buyer?.identifiers == [Identifier(value: "C001")])
    }

    /// A reverse-charge part at 0 % beside a 20 % part: the 0 % base has a revenue line of its
    /// own, named by its category, and no VAT line. The import rebuilds both bases and the
    /// category, so FA-CALC-01 stays silent.
    @Test func mixedRateInvoiceImportsBackWithEachBase() throws {
        var mixed = Self.document("FA-2026-0010", day: 13, rates: [("20", "100.00", "20.00")])
        mixed.vatBreakdown.insert(
            VATBreakdown(category: "AE", rate: .zero, taxableAmount: Self.amount("200.00"), taxAmount: Self.amount("0.00")), at: 0)
        mixed.totals = Totals(taxExclusive: Self.amount("300.00"), vat: Self.amount("20.00"), taxInclusive: Self.amount("320.00"))
        let output = FECWriter().write([mixed])
        #expect(output.entryCount == 1)
        #expect(
            output.text.split(separator: "\r\n").dropFirst().map { $0.split(separator: "|", omittingEmptySubsequences: false)[4...12].joined(separator: "|") } == [
                "411000|Clients|C001|Client Un|FA-2026-0010|20260313|Facture FA-2026-0010|320,00|0,00",
                "706000|Prestations de services TVA 0 % autoliquidation|||FA-2026-0010|20260313|Facture FA-2026-0010|0,00|200,00",
                "706000|Prestations de services TVA 20 %|||FA-2026-0010|20260313|Facture FA-2026-0010|0,00|100,00",
                "445710|TVA collectée 20 %|||FA-2026-0010|20260313|Facture FA-2026-0010|0,00|20,00",
            ])
        let result = DocumentImporter.importBytes(Array(output.text.utf8), file: "847315926FEC20261231.txt", options: ImportOptions())
        let imported = try #require(result.documents.first)
        #expect(imported.vatBreakdown.map(\.rate) == [Self.amount("20"), .zero])
        #expect(imported.vatBreakdown.map(\.taxableAmount) == [Self.amount("100.00"), Self.amount("200.00")])
        #expect(imported.vatBreakdown.map(\.taxAmount) == [Self.amount("20.00"), .zero])
        #expect(imported.vatBreakdown.map(\.category) == ["S", "AE"])
        let findings = Auditor().documentFindings(imported).filter { $0.ruleID.hasPrefix("FA-CALC") }
        #expect(findings.map(\.message.en) == [])
    }

    /// An exempt invoice (one 0 % part, no VAT) states 0 % and the exemption on its revenue line
    /// and reads back so, category E included.
    @Test func exemptInvoiceImportsBackAtZeroPercent() throws {
        var exempt = Self.document("FA-2026-0011", day: 14, rates: [])
        exempt.vatBreakdown = [VATBreakdown(category: "E", rate: .zero, taxableAmount: Self.amount("500.00"), taxAmount: Self.amount("0.00"))]
        exempt.totals = Totals(taxExclusive: Self.amount("500.00"), vat: Self.amount("0.00"), taxInclusive: Self.amount("500.00"))
        let output = FECWriter().write([exempt])
        #expect(output.text.split(separator: "\r\n").count == 3)
        #expect(output.text.contains("|706000|Prestations de services TVA 0 % exonération|||FA-2026-0011|"))
        let result = DocumentImporter.importBytes(Array(output.text.utf8), file: "847315926FEC20261231.txt", options: ImportOptions())
        let imported = try #require(result.documents.first)
        #expect(imported.vatBreakdown == [VATBreakdown(category: "E", rate: .zero, taxableAmount: Self.amount("500.00"), taxAmount: .zero)])
        #expect(imported.totals.taxInclusive == Self.amount("500.00"))
    }

    /// Each kind of document is labelled by its French name, and account labels follow the
    /// accounts configured (707 is the sale of goods, 706 services).
    @Test func labelsFollowTheKindAndTheAccounts() {
        var deposit = Self.document("AC-2026-0001", kind: .deposit, day: 15, rates: [("20", "100.00", "20.00")])
        deposit.typeCode = "386"
        var settings = FECExportSettings()
        settings.revenueAccount = "707100"
        let text = FECWriter(settings: settings).write([deposit]).text
        #expect(
            text.split(separator: "\r\n").dropFirst().map { $0.split(separator: "|", omittingEmptySubsequences: false)[5...10].joined(separator: "|") } == [
                "Clients|C001|Client Un|AC-2026-0001|20260315|Facture d'acompte AC-2026-0001",
                "Ventes de marchandises TVA 20 %|||AC-2026-0001|20260315|Facture d'acompte AC-2026-0001",
                "TVA collectée 20 %|||AC-2026-0001|20260315|Facture d'acompte AC-2026-0001",
            ])
        settings.revenueAccount = "708500"
        settings.vatAccount = "445711"
        settings.customerAccount = "411100"
        let labels = FECWriter(settings: settings).write([Self.documents[1]]).text.split(separator: "\r\n").dropFirst()
            .map { $0.split(separator: "|", omittingEmptySubsequences: false)[5] }
        #expect(labels == ["Clients", "Produits des activités annexes TVA 20 %", "TVA collectée 20 %"])
    }

    /// A FEC without any entry has a header only; the writer reports it, so that the command writes nothing.
    @Test func noEntryIsCounted() {
        var draft = Self.document("FA-2026-0012", day: 16, rates: [("20", "100.00", "20.00")])
        draft.isDraft = true
        #expect(FECWriter().write([draft]).entryCount == 0)
        #expect(FECWriter().write(Self.documents).entryCount == 3)
    }

    @Test func configuredJournalAndAccounts() {
        var settings = FECExportSettings()
        settings.journalCode = "VT"
        settings.journalLabel = "Ventes France"
        settings.revenueAccount = "707100"
        settings.vatAccount = "445711"
        let lines = FECWriter(settings: settings).write([Self.documents[1]]).text.split(separator: "\r\n").dropFirst()
        #expect(lines.map { $0.split(separator: "|", omittingEmptySubsequences: false)[0...4].joined(separator: "|") } == [
            "VT|Ventes France|1|20260302|411000", "VT|Ventes France|1|20260302|707100", "VT|Ventes France|1|20260302|445711",
        ])
    }

    @Test func documentsThatCannotBalanceAreLeftOut() {
        var unbalanced = Self.document("FA-2026-0003", day: 20, rates: [("20", "100.00", "20.00")])
        unbalanced.totals.taxInclusive = Self.amount("119.00")
        var dollars = Self.document("FA-2026-0004", day: 21, rates: [("20", "100.00", "20.00")])
        dollars.currency = "USD"
        var draft = Self.document("FA-2026-0005", day: 22, rates: [("20", "100.00", "20.00")])
        draft.number = nil
        let output = FECWriter().write([unbalanced, dollars, draft, Self.documents[1]])
        #expect(output.text.split(separator: "\r\n").count == 4)
        #expect(
            output.omitted.map(\.reason.en) == [
                "document 'FA-2026-0003' left out of the FEC: its total with VAT 119.00 differs from total without VAT 100.00 + VAT 20.00, so its entry would not balance; correct the document",
                "document 'FA-2026-0004' in currency 'USD' left out of the FEC: a FEC is kept in euros and the document gives no exchange rate; post the entry in the accounts",
                "document without a number left out of the FEC: an entry carries the invoice number as PieceRef; number the invoice before exporting it",
            ])
        #expect(output.omitted.map(\.location.line) == [21, 22, 23])
    }

    @Test func draftsAreLeftOutWithANote() {
        var draft = Self.document("FA-2026-0006", day: 23, rates: [("20", "100.00", "20.00")])
        draft.isDraft = true
        var declared = Self.document("FA-2026-0007", day: 24, rates: [("20", "100.00", "20.00")])
        declared.status = .draft
        var unnumbered = Self.document("FA-2026-0008", day: 25, rates: [("20", "100.00", "20.00")])
        unnumbered.number = nil
        unnumbered.isDraft = true
        unnumbered.provisionalNumber = "(PROV12)"
        let output = FECWriter().write([draft, declared, unnumbered, Self.documents[1]])
        #expect(output.omitted.isEmpty)
        #expect(output.text.split(separator: "\r\n").count == 4)
        #expect(!output.text.contains("FA-2026-0006"))
        #expect(!output.text.contains("FA-2026-0007"))
        #expect(
            output.drafts.map(\.reason.en) == [
                "draft 'FA-2026-0006' left out of the FEC: a FEC holds validated entries only; issue the invoice, then export it again",
                "draft 'FA-2026-0007' left out of the FEC: a FEC holds validated entries only; issue the invoice, then export it again",
                "draft '(PROV12)' left out of the FEC: a FEC holds validated entries only; issue the invoice, then export it again",
            ])
        #expect(output.drafts.map(\.location.line) == [24, 25, 26])
    }

    @Test func numberWithSeparatorIsLeftOut() {
        let piped = Self.document("FA|2026|0099", day: 26, rates: [("20", "100.00", "20.00")])
        let output = FECWriter().write([piped, Self.documents[1]])
        #expect(output.text.split(separator: "\r\n").count == 4)
        #expect(!output.text.contains("FA 2026 0099"))
        #expect(
            output.omitted.map(\.reason.en) == [
                "document 'FA|2026|0099' left out of the FEC: its number contains '|', which would split the line, and PieceRef must be the number as issued; post this entry in the accounts"
            ])
        #expect(
            output.omitted.map(\.reason.fr) == [
                "document 'FA|2026|0099' laissé hors du FEC : son numéro contient '|', qui couperait la ligne, et PieceRef doit être le numéro tel qu'émis ; passez cette écriture dans la comptabilité"
            ])
        #expect(output.drafts.isEmpty)
    }

    /// A customer name on two lines, as a quoted CSV cell holds it, must not split the FEC line:
    /// `"\r\n"` is one Swift character, so a test on characters missed a lone LF or CR.
    @Test func lineBreaksAndControlCharactersInTextFieldsBecomeOneSpace() {
        var settings = FECExportSettings()
        settings.journalLabel = "Ventes\nFrance"
        let documents = [
            Self.document("FA-2026-0003", day: 14, buyer: "Dupont\nSARL", rates: [("20", "100.00", "20.00")]),
            Self.document("FA-2026-0004", day: 15, buyer: "Martin\r\nFils\r\u{7}", account: "C\u{2028}004", rates: [("20", "10.00", "2.00")]),
        ]
        let output = FECWriter(settings: settings).write(documents)
        #expect(output.omitted.isEmpty)
        #expect(
            output.text == """
                JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise\r
                VE|Ventes France|1|20260314|411000|Clients|C001|Dupont SARL|FA-2026-0003|20260314|Facture FA-2026-0003|120,00|0,00|||20260314||\r
                VE|Ventes France|1|20260314|706000|Prestations de services TVA 20 %|||FA-2026-0003|20260314|Facture FA-2026-0003|0,00|100,00|||20260314||\r
                VE|Ventes France|1|20260314|445710|TVA collectée 20 %|||FA-2026-0003|20260314|Facture FA-2026-0003|0,00|20,00|||20260314||\r
                VE|Ventes France|2|20260315|411000|Clients|C 004|Martin Fils|FA-2026-0004|20260315|Facture FA-2026-0004|12,00|0,00|||20260315||\r
                VE|Ventes France|2|20260315|706000|Prestations de services TVA 20 %|||FA-2026-0004|20260315|Facture FA-2026-0004|0,00|10,00|||20260315||\r
                VE|Ventes France|2|20260315|445710|TVA collectée 20 %|||FA-2026-0004|20260315|Facture FA-2026-0004|0,00|2,00|||20260315||\r

                """)
        let result = DocumentImporter.importBytes(Array(output.text.utf8), file: "847315926FEC20261231.txt", options: ImportOptions())
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.buyer?.name) == ["Dupont SARL", "Martin Fils"])
    }

    @Test func numberWithLineFeedOrControlCharacterIsLeftOut() {
        let numbers = [
            Self.document("FA-2026\n0098", day: 25, rates: [("20", "100.00", "20.00")]),
            Self.document("FA-2026\u{7}0097", day: 24, rates: [("20", "100.00", "20.00")]),
        ]
        let output = FECWriter().write(numbers + [Self.documents[1]])
        #expect(output.text.split(separator: "\r\n").count == 4)
        #expect(
            output.omitted.map(\.reason.en) == [
                "document 'FA-2026 0098' left out of the FEC: its number contains a line break, which would split the line, and PieceRef must be the number as issued; post this entry in the accounts",
                "document 'FA-2026 0097' left out of the FEC: its number contains a control character (U+0007), which a FEC cannot hold, and PieceRef must be the number as issued; post this entry in the accounts",
            ])
        #expect(
            output.omitted.map(\.reason.fr) == [
                "document 'FA-2026 0098' laissé hors du FEC : son numéro contient un saut de ligne, qui couperait la ligne, et PieceRef doit être le numéro tel qu'émis ; passez cette écriture dans la comptabilité",
                "document 'FA-2026 0097' laissé hors du FEC : son numéro contient un caractère de contrôle (U+0007), qu'un FEC ne peut pas contenir, et PieceRef doit être le numéro tel qu'émis ; passez cette écriture dans la comptabilité",
            ])
    }
}
