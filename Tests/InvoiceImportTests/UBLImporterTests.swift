import Foundation
@testable import InvoiceImport
import InvoiceModel
import Testing

@Suite struct UBLImporterTests {
    func importInvoice() throws -> Document {
        let result = UBLImporter().importDocuments(try XMLFixtures.bytes("ubl-invoice-fr.xml"), file: "ubl-invoice-fr.xml", options: ImportOptions())
        #expect(result.format == .ubl)
        #expect(result.rejections == [])
        return try #require(result.documents.first)
    }

    @Test func invoiceHeader() throws {
        let document = try importInvoice()
        #expect(document.number == "F2025-0042")
        #expect(document.typeCode == "380")
        #expect(document.kind == .invoice)
        #expect(document.isDraft == false)
        #expect(document.status == nil)
        #expect(document.issueDate == CivilDate(year: 2025, month: 3, day: 14))
        #expect(document.dueDate == CivilDate(year: 2025, month: 4, day: 13))
        #expect(document.currency == "EUR")
        #expect(document.specification == "urn:cen.eu:en16931:2017")
        #expect(document.paymentTerms == "Paiement à 30 jours")
        #expect(document.payments == [])
        // libxml2 dates an element by the line where its opening tag ends.
        let rootLine = XMLFixtures.line(of: "xmlns:cbc=", in: try XMLFixtures.text("ubl-invoice-fr.xml"))
        #expect(rootLine == 5)
        #expect(document.source == SourceLocation(file: "ubl-invoice-fr.xml", line: rootLine, element: "/Invoice"))
    }

    @Test func invoiceNotesAndReferences() throws {
        let document = try importInvoice()
        #expect(
            document.notes == [
                Note(subject: "PMT", text: "Indemnité forfaitaire pour frais de recouvrement : 40 €"),
                Note(subject: "AAB", text: "Pas d'escompte pour paiement anticipé"),
                Note(subject: nil, text: "Merci de rappeler la référence & le numéro de commande"),
            ])
        #expect(document.precedingInvoices == [InvoiceReference(number: "F2025-0007", issueDate: CivilDate(year: 2025, month: 1, day: 10))])
    }

    @Test func sellerIdentifiersAndAddress() throws {
        let seller = try #require(try importInvoice().seller)
        #expect(seller.name == "ACME Conseil SAS")
        #expect(seller.tradingName == "ACME Conseil")
        #expect(seller.siren == "732829320")
        #expect(seller.siret == "73282932000074")
        #expect(seller.legalRegistration == Identifier(value: "732829320", scheme: "0002"))
        #expect(seller.vatID == "FR44732829320")
        #expect(
            seller.address
                == PostalAddress(
                    lines: ["12 rue de la Paix", "Bâtiment B", "3e étage"], city: "Paris", postalCode: "75002",
                    subdivision: "Île-de-France", country: "FR"))
    }

    @Test func buyerSiretGivesSiren() throws {
        let buyer = try #require(try importInvoice().buyer)
        // Only cac:PartyName is written: BT-45, not the legal name BT-44.
        #expect(buyer.name == nil)
        #expect(buyer.tradingName == "Boulangerie Dupont")
        #expect(buyer.siret == "35600000000048")
        #expect(buyer.siren == "356000000")
        #expect(buyer.vatID == nil)
        #expect(buyer.address?.city == "Lyon")
    }

    @Test func invoiceLines() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
        let lines = try importInvoice().lines
        try #require(lines.count == 2)
        #expect(lines[0].id == "1")
        #expect(lines[0].description == "Conseil en organisation")
        #expect(lines[0].quantity == Amount(parsing: "8"))
        #expect(lines[0].unit == "HUR")
        #expect(lines[0].netPrice == Amount(parsing: "125.00"))
        #expect(lines[0].baseQuantity == nil)
        #expect(lines[0].netAmount == Amount(parsing: "1000.00"))
        #expect(lines[0].vatCategory == "S")
        #expect(lines[0].vatRate == Amount(parsing: "20"))
        #expect(lines[0].source == SourceLocation(file: "ubl-invoice-fr.xml", line: XMLFixtures.line(of: "<cac:InvoiceLine>", in: text), element: "/Invoice/InvoiceLine[1]"))
        #expect(lines[1].description == "Livres <reliés>")
        #expect(lines[1].quantity?.description == "2.500")
        #expect(lines[1].netPrice?.description == "1000.0000")
        #expect(lines[1].baseQuantity == Amount(parsing: "10"))
        #expect(lines[1].vatRate?.description == "10.0")
        #expect(lines[1].source?.line == XMLFixtures.line(of: "<cac:InvoiceLine>", in: text, occurrence: 2))
    }

    @Test func vatBreakdownAndTotals() throws {
        let document = try importInvoice()
        #expect(
            document.vatBreakdown == [
                VATBreakdown(
                    category: "S", rate: Amount(parsing: "20"), taxableAmount: Amount(parsing: "1000.00"), taxAmount: Amount(parsing: "200.00"),
                    taxScheme: "VAT"),
                VATBreakdown(
                    category: "S", rate: Amount(parsing: "10.0"), taxableAmount: Amount(parsing: "250.00"), taxAmount: Amount(parsing: "25.00"),
                    taxScheme: "VAT"),
            ])
        let totals = document.totals
        #expect(totals.lineNet == Amount(parsing: "1250.00"))
        #expect(totals.allowances == nil)
        #expect(totals.charges == nil)
        #expect(totals.taxExclusive == Amount(parsing: "1250.00"))
        #expect(totals.vat == Amount(parsing: "225.00"))
        #expect(totals.vatInAccountingCurrency == nil)
        #expect(totals.taxInclusive == Amount(parsing: "1475.00"))
        #expect(totals.prepaid == Amount(parsing: "100.00"))
        #expect(totals.rounding == nil)
        #expect(totals.payable?.description == "1375.00")
    }

    @Test func creditNoteDefaults() throws {
        let result = UBLImporter().importDocuments(try XMLFixtures.bytes("ubl-creditnote.xml"), file: "cn.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        #expect(document.number == "AV-2025-003")
        // The fixture writes no type code: the root alone makes it a credit note.
        #expect(document.typeCode == nil)
        #expect(document.kind == .creditNote)
        #expect(document.source.element == "/CreditNote")
        #expect(document.dueDate == CivilDate(year: 2025, month: 6, day: 1))
        #expect(document.precedingInvoices == [InvoiceReference(number: "F2025-0042", issueDate: CivilDate(year: 2025, month: 3, day: 14))])
        #expect(document.seller?.siren == "732829320")
        #expect(document.seller?.legalRegistration == Identifier(value: "732829320"))
        #expect(document.buyer?.siren == nil)
        #expect(document.lines.count == 1)
        #expect(document.lines.first?.quantity?.description == "0.8")
        #expect(document.lines.first?.unit == "HUR")
        #expect(document.totals.payable == Amount(parsing: "120.00"))
    }

    @Test func typeCodeSetsKind() throws {
        let xml = XMLFixtures.minimalUBL(body: "<cbc:ID>X1</cbc:ID><cbc:InvoiceTypeCode>386</cbc:InvoiceTypeCode>")
        let document = try #require(UBLImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions()).documents.first)
        #expect(document.typeCode == "386")
        #expect(document.kind == .deposit)
    }

    @Test func oddPrefixesGiveSameDocument() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
        let rootPrefixed = text
            .replacingOccurrences(of: "<Invoice xmlns=", with: "<ns0:Invoice xmlns:ns0=")
            .replacingOccurrences(of: "</Invoice>", with: "</ns0:Invoice>")
        let oddPrefixes = rootPrefixed
            .replacingOccurrences(of: "xmlns:cbc=", with: "xmlns:ns7=").replacingOccurrences(of: "cbc:", with: "ns7:")
            .replacingOccurrences(of: "xmlns:cac=", with: "xmlns:ns8=").replacingOccurrences(of: "cac:", with: "ns8:")
        let defaultBasics = rootPrefixed
            .replacingOccurrences(of: "xmlns:cbc=", with: "xmlns=").replacingOccurrences(of: "cbc:", with: "")
        #expect(oddPrefixes.contains("<ns7:ID>F2025-0042</ns7:ID>"))
        #expect(defaultBasics.contains("<ID>F2025-0042</ID>"))

        let reference = try importInvoice()
        for variant in [oddPrefixes, defaultBasics] {
            let result = UBLImporter().importDocuments(Array(variant.utf8), file: "ubl-invoice-fr.xml", options: ImportOptions())
            #expect(result.rejections == [])
            #expect(result.documents == [reference])
        }
    }

    @Test func accountingCurrencyVAT() throws {
        let xml = XMLFixtures.minimalUBL(
            body: """
                <cbc:ID>USD-1</cbc:ID>
                <cbc:DocumentCurrencyCode>USD</cbc:DocumentCurrencyCode>
                <cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>
                <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">18.40</cbc:TaxAmount></cac:TaxTotal>
                <cac:TaxTotal>
                  <cbc:TaxAmount currencyID="USD">20.00</cbc:TaxAmount>
                  <cac:TaxSubtotal>
                    <cbc:TaxableAmount currencyID="USD">100.00</cbc:TaxableAmount>
                    <cbc:TaxAmount currencyID="USD">20.00</cbc:TaxAmount>
                    <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent></cac:TaxCategory>
                  </cac:TaxSubtotal>
                </cac:TaxTotal>
                """)
        let document = try #require(UBLImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions()).documents.first)
        #expect(document.totals.vat == Amount(parsing: "20.00"))
        #expect(document.totals.vatInAccountingCurrency == Amount(parsing: "18.40"))
        #expect(document.vatBreakdown.count == 1)
        #expect(document.vatBreakdown.first?.taxableAmount == Amount(parsing: "100.00"))
    }

    @Test func schemaDecimalAndDateForms() throws {
        let xml = XMLFixtures.minimalUBL(
            body: """
                <cbc:ID>TZ-1</cbc:ID>
                <cbc:IssueDate>2016-04-04+01:00</cbc:IssueDate>
                <cbc:DueDate>2016-05-04Z</cbc:DueDate>
                <cac:LegalMonetaryTotal>
                  <cbc:PayableAmount currencyID="EUR">64.</cbc:PayableAmount>
                  <cbc:PrepaidAmount currencyID="EUR">-.5</cbc:PrepaidAmount>
                </cac:LegalMonetaryTotal>
                """)
        let result = UBLImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        #expect(document.issueDate == CivilDate(year: 2016, month: 4, day: 4))
        #expect(document.dueDate == CivilDate(year: 2016, month: 5, day: 4))
        #expect(document.totals.payable?.description == "64")
        #expect(document.totals.prepaid?.description == "-0.5")
    }

    @Test func invalidAmountImportedAsMissing() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacingOccurrences(of: ">1375.00<", with: ">12,5O<")
        let result = UBLImporter().importDocuments(Array(text.utf8), file: "bad.xml", options: ImportOptions())
        #expect(result.format == .ubl)
        #expect(result.rejections == [])
        #expect(result.recordsRead == 1)
        let document = try #require(result.documents.first)
        #expect(document.totals.payable == nil)
        #expect(document.totals.taxInclusive != nil)
        #expect(document.sourceFacts?.ignoredValues == ["LegalMonetaryTotal/PayableAmount"])
        let warning = try #require(result.warnings.first)
        #expect(result.warnings.count == 1)
        #expect(warning.location.file == "bad.xml")
        #expect(warning.location.element == "/Invoice/LegalMonetaryTotal/PayableAmount")
        #expect(warning.location.line == XMLFixtures.line(of: "<cbc:PayableAmount", in: text))
        #expect(warning.reason.fr == "valeur ignorée : montant '12,5O' dans LegalMonetaryTotal/PayableAmount traité comme absent, écrivez des chiffres avec un point décimal")
        #expect(warning.reason.en == "value ignored: amount '12,5O' in LegalMonetaryTotal/PayableAmount treated as missing, write digits with a decimal point")
    }

    @Test func invalidLineAmountNamesLine() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacingOccurrences(of: "<cbc:LineExtensionAmount currencyID=\"EUR\">250.00<", with: "<cbc:LineExtensionAmount currencyID=\"EUR\">250 EUR<")
        let result = UBLImporter().importDocuments(Array(text.utf8), file: "bad.xml", options: ImportOptions())
        let warning = try #require(result.warnings.first)
        #expect(result.documents.first?.lines[1].netAmount == nil)
        #expect(warning.location.element == "/Invoice/InvoiceLine[2]/LineExtensionAmount")
        #expect(warning.location.line == XMLFixtures.line(of: "250 EUR", in: text))
        #expect(warning.reason.en == "value ignored: amount '250 EUR' in InvoiceLine[2]/LineExtensionAmount treated as missing, write digits with a decimal point")
    }

    @Test func emptyAmountImportedAsMissing() throws {
        let xml = XMLFixtures.minimalUBL(body: "<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID=\"EUR\"/></cac:LegalMonetaryTotal>")
        let result = UBLImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions())
        let document = try #require(result.documents.first)
        #expect(document.totals.payable == nil)
        // An empty value is not counted as written.
        #expect(document.sourceFacts?.ignoredValues == [])
        let warning = try #require(result.warnings.first)
        #expect(warning.location.element == "/Invoice/LegalMonetaryTotal/PayableAmount")
        #expect(warning.reason.en == "value ignored: amount '' in LegalMonetaryTotal/PayableAmount treated as missing, write digits with a decimal point")
    }

    @Test func invalidDateImportedAsMissing() throws {
        let text = try XMLFixtures.text("ubl-invoice-fr.xml")
            .replacingOccurrences(of: "<cbc:IssueDate>2025-01-10<", with: "<cbc:IssueDate>2025-02-30<")
        let result = UBLImporter().importDocuments(Array(text.utf8), file: "bad.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        #expect(document.precedingInvoices.first?.issueDate == nil)
        let warning = try #require(result.warnings.first)
        #expect(warning.location.element == "/Invoice/BillingReference/InvoiceDocumentReference/IssueDate")
        #expect(warning.location.line == XMLFixtures.line(of: "2025-02-30", in: text))
        #expect(warning.reason.fr == "valeur ignorée : date '2025-02-30' dans BillingReference/InvoiceDocumentReference/IssueDate traité comme absent, écrivez une date existante au format aaaa-mm-jj")
        #expect(warning.reason.en == "value ignored: date '2025-02-30' in BillingReference/InvoiceDocumentReference/IssueDate treated as missing, write an existing date in format yyyy-mm-dd")
    }

    @Test func malformedXMLRejectedWithLine() throws {
        let xml = "<?xml version=\"1.0\"?>\n<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n<ID>1</Id>\n</Invoice>\n"
        let result = UBLImporter().importDocuments(Array(xml.utf8), file: "broken.xml", options: ImportOptions())
        #expect(result.documents == [])
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location.line == 3)
        #expect(rejection.reason.en.hasPrefix("malformed XML at line 3 (libxml2: 'Opening and ending tag mismatch: ID line 3 and Id')"))
        #expect(rejection.reason.fr.hasPrefix("XML mal formé ligne 3"))
    }

    @Test func wrongRootNamespaceRejected() throws {
        let xml = "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2\"><ID>1</ID></Invoice>"
        let rejection = try #require(UBLImporter().importDocuments(Array(xml.utf8), file: "x.xml", options: ImportOptions()).rejections.first)
        #expect(rejection.location.element == "/Invoice")
        #expect(
            rejection.reason.en
                == "unexpected root element '{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}Invoice': expected '{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice' or '{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote'")
        #expect(
            rejection.reason.fr
                == "élément racine inattendu '{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}Invoice' : attendu '{urn:oasis:names:specification:ubl:schema:xsd:Invoice-2}Invoice' ou '{urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2}CreditNote'")
    }

    @Test func encodingDeclarationHonoured() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n" + XMLFixtures.minimalUBL(body: "<cbc:ID>E-1</cbc:ID><cbc:Note>Cr\u{E9}dit &#233;</cbc:Note>")
            .replacingOccurrences(of: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", with: "")
        let latin1 = xml.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let result = UBLImporter().importDocuments(latin1, file: "latin1.xml", options: ImportOptions())
        #expect(result.rejections == [])
        #expect(result.documents.first?.notes == [Note(text: "Crédit é")])
    }

    @Test func dispatcherRoutesUBL() throws {
        let result = DocumentImporter.importBytes(try XMLFixtures.bytes("ubl-invoice-fr.xml"), file: "in.xml", options: ImportOptions())
        #expect(result.format == .ubl)
        #expect(result.documents.first?.number == "F2025-0042")
    }
}

/// Test fixtures under `Fixtures/xml` and small inline documents.
enum XMLFixtures {
    static func url(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.resourceURL)
        return base.appendingPathComponent("Fixtures/xml/\(name)")
    }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: url(name)))
    }

    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// Returns the 1-based number of the `occurrence`-th line containing `needle`, or 0 when absent.
    static func line(of needle: String, in text: String, occurrence: Int = 1) -> Int {
        var seen = 0
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains(needle) {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return 0
    }

    /// Wraps `body` in a UBL Invoice root with the usual prefixes.
    static func minimalUBL(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
            xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
            xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
        \(body)
        </Invoice>
        """
    }
}
