import InvoiceAudit
import InvoiceImport
import InvoiceModel
import Testing

/// BR-CO-14 on UBL invoices with a second `cac:TaxTotal` (BT-111, in the VAT accounting
/// currency) or amounts in another currency than DocumentCurrencyCode: the UBL artefact checks
/// each `cac:TaxTotal` against its own subtotals, so only a total that disagrees with them fires.
@Suite struct UBLTaxCurrencyTests {
    /// Returns a complete, consistent UBL invoice of 1000.00 EUR at 20 %, with `taxTotals` after the
    /// document's own one and amounts written in `amountCurrency`.
    static func invoice(
        taxCurrency: String? = nil, taxTotals: String = "", amountCurrency: String = "EUR", vat: String = "200.00"
    ) -> String {
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
                xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
                xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
            <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
            <cbc:ID>FA-2025-0077</cbc:ID>
            <cbc:IssueDate>2025-04-02</cbc:IssueDate>
            <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
            <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
            \(taxCurrency.map { "<cbc:TaxCurrencyCode>\($0)</cbc:TaxCurrencyCode>" } ?? "")
            <cac:AccountingSupplierParty><cac:Party>
            <cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyTaxScheme><cbc:CompanyID>FR45443061841</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>
            <cac:PartyLegalEntity><cbc:RegistrationName>Ébénisterie Caron SARL</cbc:RegistrationName></cac:PartyLegalEntity>
            </cac:Party></cac:AccountingSupplierParty>
            <cac:AccountingCustomerParty><cac:Party>
            <cac:PostalAddress><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>
            <cac:PartyLegalEntity><cbc:RegistrationName>Hôtel des Tilleuls SAS</cbc:RegistrationName></cac:PartyLegalEntity>
            </cac:Party></cac:AccountingCustomerParty>
            <cac:TaxTotal>
            <cbc:TaxAmount currencyID="\(amountCurrency)">\(vat)</cbc:TaxAmount>
            <cac:TaxSubtotal>
            <cbc:TaxableAmount currencyID="\(amountCurrency)">1000.00</cbc:TaxableAmount>
            <cbc:TaxAmount currencyID="\(amountCurrency)">200.00</cbc:TaxAmount>
            <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
            </cac:TaxSubtotal>
            </cac:TaxTotal>
            \(taxTotals)
            <cac:LegalMonetaryTotal>
            <cbc:LineExtensionAmount currencyID="\(amountCurrency)">1000.00</cbc:LineExtensionAmount>
            <cbc:TaxExclusiveAmount currencyID="\(amountCurrency)">1000.00</cbc:TaxExclusiveAmount>
            <cbc:TaxInclusiveAmount currencyID="\(amountCurrency)">1200.00</cbc:TaxInclusiveAmount>
            <cbc:PayableAmount currencyID="\(amountCurrency)">1200.00</cbc:PayableAmount>
            </cac:LegalMonetaryTotal>
            <cac:InvoiceLine>
            <cbc:ID>1</cbc:ID>
            <cbc:InvoicedQuantity unitCode="C62">4</cbc:InvoicedQuantity>
            <cbc:LineExtensionAmount currencyID="\(amountCurrency)">1000.00</cbc:LineExtensionAmount>
            <cac:Item><cbc:Name>Table en chêne</cbc:Name>
            <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
            </cac:Item>
            <cac:Price><cbc:PriceAmount currencyID="\(amountCurrency)">250.00</cbc:PriceAmount></cac:Price>
            </cac:InvoiceLine>
            </Invoice>
            """
    }

    /// Returns a `cac:TaxTotal` of 216.40 USD, the VAT in the accounting currency, with or without its subtotal.
    static func dollarTotal(withSubtotal: Bool) -> String {
        let subtotal = """
            <cac:TaxSubtotal>
            <cbc:TaxableAmount currencyID="USD">1082.00</cbc:TaxableAmount>
            <cbc:TaxAmount currencyID="USD">216.40</cbc:TaxAmount>
            <cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>
            </cac:TaxSubtotal>
            """
        return "<cac:TaxTotal><cbc:TaxAmount currencyID=\"USD\">216.40</cbc:TaxAmount>\(withSubtotal ? subtotal : "")</cac:TaxTotal>"
    }

    /// Returns the BR-CO-* and BR-S-* rule ids fired on `xml`, in finding order.
    static func totalsRules(_ xml: String) throws -> [String] {
        let result = DocumentImporter.importBytes(Array(xml.utf8), file: "t.xml", options: ImportOptions())
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        return EN16931Rules.check(document).map(\.ruleID).filter { $0.hasPrefix("BR-CO-") || $0.hasPrefix("BR-S-") }
    }

    @Test func consistentInvoiceIsSilent() throws {
        #expect(try Self.totalsRules(Self.invoice()) == [])
    }

    @Test func accountingCurrencyTotalIsSilent() throws {
        let xml = Self.invoice(taxCurrency: "USD", taxTotals: Self.dollarTotal(withSubtotal: false))
        #expect(try Self.totalsRules(xml) == [])
    }

    /// Amounts in USD under DocumentCurrencyCode EUR: no VAT total in the document currency, so
    /// BR-CO-15 fires, but the one `cac:TaxTotal` matches its subtotal and BR-CO-14 stays silent.
    @Test func currencyMismatchFiresOnlyBRCO15() throws {
        #expect(try Self.totalsRules(Self.invoice(amountCurrency: "USD")) == ["BR-CO-15"])
    }

    /// Without TaxCurrencyCode the dollar subtotal joins the breakdown (BR-S-08, as in the
    /// artefact), yet each `cac:TaxTotal` still matches its own subtotal.
    @Test func secondTotalWithSubtotalKeepsBRCO14Silent() throws {
        let xml = Self.invoice(taxTotals: Self.dollarTotal(withSubtotal: true))
        #expect(try Self.totalsRules(xml) == ["BR-S-08"])
    }

    @Test func totalAgainstItsSubtotalsFires() throws {
        let xml = Self.invoice(taxCurrency: "USD", taxTotals: Self.dollarTotal(withSubtotal: false), vat: "210.00")
        let result = DocumentImporter.importBytes(Array(xml.utf8), file: "t.xml", options: ImportOptions())
        let document = try #require(result.documents.first)
        let findings = EN16931Rules.check(document).filter { $0.ruleID == "BR-CO-14" }
        #expect(findings.map(\.message.en) == ["BT-110 declared '210.00', computed '200.00': correct the amount or its parts"])
        // BT-112 is still 1000.00 + 200.00, so BR-CO-15 reports the declared 210.00 too.
        #expect(try Self.totalsRules(xml) == ["BR-CO-14", "BR-CO-15"])
    }

    @Test func dollarTotalAgainstItsSubtotalFires() throws {
        let wrong = Self.dollarTotal(withSubtotal: true).replacingOccurrences(
            of: "<cbc:TaxAmount currencyID=\"USD\">216.40</cbc:TaxAmount><cac:TaxSubtotal>",
            with: "<cbc:TaxAmount currencyID=\"USD\">999.99</cbc:TaxAmount><cac:TaxSubtotal>")
        let rules = try Self.totalsRules(Self.invoice(taxTotals: wrong))
        #expect(rules == ["BR-CO-14", "BR-S-08"])
    }
}
