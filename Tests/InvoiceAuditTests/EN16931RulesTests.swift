import InvoiceAudit
import InvoiceModel
import Testing

/// Hand-written documents for the EN 16931 family: a consistent invoice stays silent, and each
/// change makes exactly the expected rules fire.
@Suite struct EN16931RulesTests {
    typealias T = TestDocuments

    /// Two lines at 20 %, one document allowance: 100.00 + 50.00 − 10.00 = 140.00, VAT 28.00.
    static func invoice(_ format: InputFormat = .ubl) -> Document {
        var document = Document(
            number: "FA-2026-001", kind: .invoice, typeCode: "380", issueDate: T.date("2026-03-02"), currency: "EUR",
            specification: "urn:cen.eu:en16931:2017",
            seller: Party(
                name: "Atelier Lumière", vatID: "FR32123456789",
                address: PostalAddress(city: "Lyon", country: "FR")),
            buyer: Party(name: "Client SAS", address: PostalAddress(city: "Nantes", country: "FR")),
            lines: [
                Line(
                    id: "1", description: "Lampe", quantity: T.amount("2"), unit: "C62", netPrice: T.amount("50.00"),
                    netAmount: T.amount("100.00"), vatCategory: "S", vatRate: T.amount("20")),
                Line(
                    id: "2", description: "Pose", quantity: T.amount("1"), unit: "HUR", netPrice: T.amount("50.00"),
                    netAmount: T.amount("50.00"), vatCategory: "S", vatRate: T.amount("20")),
            ],
            vatBreakdown: [
                VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("140.00"), taxAmount: T.amount("28.00"))
            ],
            totals: Totals(
                lineNet: T.amount("150.00"), allowances: T.amount("10.00"), taxExclusive: T.amount("140.00"),
                vat: T.amount("28.00"), taxInclusive: T.amount("168.00"), payable: T.amount("168.00")),
            source: SourceLocation(file: "a.xml", line: 2), sourceFormat: format)
        document.allowanceCharges = [
            AllowanceCharge(isCharge: false, amount: T.amount("10.00"), vatCategory: "S", vatRate: T.amount("20"), reason: "Remise")
        ]
        return document
    }

    static func fired(_ document: Document) -> [String] {
        EN16931Rules.check(document).map(\.ruleID).sorted()
    }

    @Test(arguments: [InputFormat.ubl, .cii])
    func consistentInvoiceIsSilent(format: InputFormat) {
        #expect(EN16931RulesTests.fired(EN16931RulesTests.invoice(format)) == [])
    }

    @Test func csvExportIsNotChecked() {
        var document = EN16931RulesTests.invoice(.csv)
        document.number = nil
        #expect(EN16931Rules.check(document).isEmpty)
    }

    @Test func draftWithoutNumberNeedsNoNumber() {
        var document = EN16931RulesTests.invoice()
        document.number = nil
        #expect(EN16931RulesTests.fired(document) == ["BR-02"])
        document.isDraft = true
        #expect(EN16931RulesTests.fired(document) == [])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let format: InputFormat
        let change: @Sendable (inout Document) -> Void
        let expected: [String]
        var testDescription: String { name }

        init(_ name: String, _ format: InputFormat = .ubl, expected: [String], change: @escaping @Sendable (inout Document) -> Void) {
            self.name = name
            self.format = format
            self.change = change
            self.expected = expected
        }
    }

    static let cases: [Case] = [
        Case("missing number", expected: ["BR-02"]) { $0.number = "  " },
        Case("missing seller name", expected: ["BR-06"]) { $0.seller?.name = nil },
        Case("seller address without country", expected: ["BR-09"]) { $0.seller?.address?.country = nil },
        Case("no line", expected: ["BR-16", "BR-CO-10", "BR-S-08"]) { $0.lines = [] },
        Case("wrong sum of lines", expected: ["BR-CO-10", "BR-CO-13"]) { $0.totals.lineNet = T.amount("150.01") },
        Case("allowance total missing", expected: ["BR-CO-11", "BR-CO-13"]) { $0.totals.allowances = nil },
        Case("wrong amount due", expected: ["BR-CO-16"]) { $0.totals.payable = T.amount("167.00") },
        Case("three decimals", expected: ["BR-DEC-18"]) { $0.totals.payable = T.amount("168.000") },
        Case("unknown currency", expected: ["BR-CL-04"]) { $0.currency = "EUX" },
        Case("unknown unit", expected: ["BR-CL-23"]) { $0.lines[1].unit = "HOURS" },
        Case("line without category", expected: ["BR-CO-04", "BR-S-08"]) {
            $0.lines[1].vatCategory = nil
        },
        Case("standard line at zero rate", expected: ["BR-S-05", "BR-S-08"]) { $0.lines[1].vatRate = T.amount("0") },
        Case("allowance without reason", expected: ["BR-33", "BR-CO-21"]) { $0.allowanceCharges[0].reason = nil },
        Case("exemption reason on standard rate", expected: ["BR-S-10"]) { $0.vatBreakdown[0].exemptionReason = "Exonéré" },
        Case("VAT id without country prefix", expected: ["BR-CO-09"]) { $0.seller?.vatID = "32123456789" },
        Case("payee without name", expected: ["BR-17"]) { $0.payee = Party(identifiers: [Identifier(value: "X1")]) },
        // The UBL artefact gives the standard-rate basis one unit of slack, so BR-S-08 stays silent.
        Case("line amount off quantity × price", expected: ["BR-CO-10", "FA-CALC-03"]) {
            $0.lines[0].netAmount = T.amount("100.02")
        },
        // One currency unit of difference on the category VAT: UBL strict, CII inclusive.
        Case("VAT off by one unit, UBL", expected: ["BR-CO-14", "BR-CO-17", "BR-S-09"]) {
            $0.vatBreakdown[0].taxAmount = T.amount("29.00")
        },
        Case("VAT off by one unit, CII", .cii, expected: ["BR-CO-14", "BR-S-09"]) {
            $0.vatBreakdown[0].taxAmount = T.amount("29.00")
        },
        // XPath round() takes ties toward +∞: 0.125 rounds to 0.13, −0.125 to −0.12.
        Case("tie rounds up", expected: ["BR-CO-10", "BR-CO-13", "BR-DEC-23", "BR-S-08"]) {
            $0.lines = [Line(id: "1", description: "x", quantity: T.amount("1"), unit: "C62", netPrice: T.amount("0.125"),
                             netAmount: T.amount("0.125"), vatCategory: "S", vatRate: T.amount("20"))]
            $0.totals.lineNet = T.amount("0.12")
        },
        Case("tie declared rounded up", expected: ["BR-CO-13", "BR-DEC-23", "BR-S-08"]) {
            $0.lines = [Line(id: "1", description: "x", quantity: T.amount("1"), unit: "C62", netPrice: T.amount("0.125"),
                             netAmount: T.amount("0.125"), vatCategory: "S", vatRate: T.amount("20"))]
            $0.totals.lineNet = T.amount("0.13")
        },
        Case("MINIMUM profile needs no line", .cii, expected: []) {
            $0.specification = "urn:factur-x.eu:1p0:minimum"
            $0.lines = []
        },
        Case("CII accepts grand total equal to net total", .cii, expected: ["BR-CO-16"]) {
            $0.totals.taxInclusive = T.amount("140.00")
        },
        Case("UBL rejects grand total equal to net total", expected: ["BR-CO-15", "BR-CO-16"]) {
            $0.totals.taxInclusive = T.amount("140.00")
        },
    ]

    @Test(arguments: cases)
    func changeFiresExpectedRules(_ testCase: Case) {
        var document = EN16931RulesTests.invoice(testCase.format)
        testCase.change(&document)
        #expect(EN16931RulesTests.fired(document) == testCase.expected)
    }

    @Test func findingNamesTermAndValues() {
        var document = EN16931RulesTests.invoice()
        document.totals.payable = T.amount("167.00")
        let finding = EN16931Rules.check(document).first
        #expect(finding?.ruleID == "BR-CO-16")
        #expect(finding?.severity == .error)
        #expect(finding?.message.en == "BT-115 declared '167.00', computed '168.00': correct the amount or its parts")
        #expect(finding?.message.fr == "BT-115 déclaré '167,00', calculé '168,00' : corrigez le montant ou ses éléments")
    }

    @Test func ublSyntaxRules() {
        var document = EN16931RulesTests.invoice()
        document.paymentMeans = [
            PaymentMeans(typeCode: "30", account: FinancialAccount(id: "FR7630006000011234567890189")),
            PaymentMeans(typeCode: "58", account: FinancialAccount(id: "FR7630006000011234567890189")),
        ]
        document.supportingDocuments = [SupportingDocument(id: "BL-1", attachment: Attachment(mimeCode: "application/pdf"))]
        #expect(EN16931RulesTests.fired(document) == ["UBL-DT-07", "UBL-SR-47"])
        document.sourceFormat = .cii
        #expect(EN16931RulesTests.fired(document) == [])
    }

    @Test func ublRepeatedElements() {
        var document = EN16931RulesTests.invoice()
        document.sourceFacts = SourceFacts(
            hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 1,
            ublRepetitions: UBLRepetitions(sellerTaxSchemes: 2, sellerVATIdentifiers: 1, buyerVATIdentifiers: 1, distinctPaymentIDs: 1))
        #expect(EN16931RulesTests.fired(document) == [])
        document.sourceFacts?.ublRepetitions = UBLRepetitions(
            sellerTaxSchemes: 3, sellerVATIdentifiers: 2, buyerVATIdentifiers: 2, distinctPaymentIDs: 2)
        #expect(EN16931RulesTests.fired(document) == ["UBL-SR-12", "UBL-SR-18", "UBL-SR-42", "UBL-SR-44"])
    }

    @Test func twoVATTotalsInInvoiceCurrency() {
        var document = EN16931RulesTests.invoice()
        document.sourceFacts = SourceFacts(hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 2)
        #expect(EN16931RulesTests.fired(document) == ["BR-CO-15"])
    }

    @Test func emptyMonetaryTotalsGroup() {
        var document = EN16931RulesTests.invoice()
        document.totals = Totals(vat: T.amount("28.00"))
        document.sourceFacts = SourceFacts(hasMonetaryTotals: true, vatTotalsInInvoiceCurrency: 1)
        #expect(EN16931RulesTests.fired(document) == ["BR-12", "BR-13", "BR-14", "BR-15", "BR-CO-10", "BR-CO-11", "BR-CO-13", "BR-CO-15", "BR-CO-16"])
        document.sourceFacts = SourceFacts(hasMonetaryTotals: false, vatTotalsInInvoiceCurrency: 1)
        #expect(EN16931RulesTests.fired(document) == ["BR-CO-15"])
    }

    @Test func presenceFindingSaysWhatToDo() {
        var document = EN16931RulesTests.invoice()
        document.number = nil
        let finding = EN16931Rules.check(document).first
        #expect(finding?.ruleID == "BR-02")
        #expect(finding?.message.en == "invoice number (BT-1) missing: correct the invoice in the tool that issues it")
        #expect(finding?.message.fr == "numéro de facture (BT-1) absent : corrigez la facture dans l'outil qui l'émet")
    }

    @Test func hugeLineValuesAreComputed() throws {
        var document = EN16931RulesTests.invoice()
        // 10^19 × 10^19 written at scale 18 overflows 128 bits; the product is formed on 256 bits.
        let huge = Amount(units: (0..<37).reduce(Int128(1)) { value, _ in value * 10 } + 1, scale: 18)
        document.lines[0].quantity = huge
        document.lines[0].netPrice = huge
        let findings = EN16931Rules.check(document)
        #expect(findings.map(\.ruleID) == ["FA-CALC-03"])
        #expect(findings.first?.severity == .error)
        #expect(
            findings.first?.message.en
                == "net amount of line '1' declared '100.00', computed '100000000000000000000000000000000000020': correct the quantity, price or amount")
    }

    @Test func lineTooLargeToCheckIsReported() throws {
        var document = EN16931RulesTests.invoice()
        let thirty = try #require(Amount(parsing: "999999999999999999999999999999"))
        document.lines[0].quantity = thirty
        document.lines[0].netPrice = thirty
        let findings = EN16931Rules.check(document)
        #expect(findings.map(\.ruleID) == ["FA-CALC-03"])
        #expect(findings.first?.severity == .warning)
        #expect(
            findings.first?.message.en
                == "net amount of line '1' not checked: quantity '999999999999999999999999999999' × price '999999999999999999999999999999' exceeds the 38 digits of an amount; check the quantity and price")
        #expect(
            findings.first?.message.fr
                == "montant net de la ligne '1' non vérifié : quantité '999999999999999999999999999999' × prix '999999999999999999999999999999' dépasse les 38 chiffres d'un montant ; vérifiez la quantité et le prix")
    }

    @Test func cardNumberIsAWarning() {
        var document = EN16931RulesTests.invoice()
        document.paymentMeans = [PaymentMeans(typeCode: "48", card: PaymentCard(primaryAccountNumber: "12345678901234"))]
        let findings = EN16931Rules.check(document)
        #expect(findings.map(\.ruleID) == ["BR-51"])
        #expect(findings.first?.severity == .warning)
    }
}
