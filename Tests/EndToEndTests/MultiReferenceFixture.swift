import Foundation

/// Two UBL invoices and one UBL credit note that cites both, written for the tests: a seller
/// (Verrerie Morel SARL) billing one customer (Épicerie Fine Roux SAS), with every French
/// mention, so `check` finds nothing.
enum MultiReferenceFixture {
    /// One document of the set: its number, issue date, and for a credit note the invoices it cites.
    struct Entry {
        var number: String
        var date: String
        var cites: [(number: String, date: String)] = []
    }

    static let entries = [
        Entry(number: "VM-2025-0001", date: "2025-03-03"),
        Entry(number: "VM-2025-0002", date: "2025-03-04"),
        Entry(
            number: "VA-2025-0001", date: "2025-03-10",
            cites: [("VM-2025-0001", "2025-03-03"), ("VM-2025-0002", "2025-03-04")]),
    ]

    /// Writes the three files into `folder`, each named after its number.
    static func write(into folder: URL, entries: [Entry] = entries) throws {
        for entry in entries {
            let url = folder.appendingPathComponent("\(entry.number).xml")
            try xml(entry).write(to: url, atomically: false, encoding: .utf8)
        }
    }

    /// The UBL text of one invoice (no citation) or credit note (citations), net 100.00 at 20 %.
    static func xml(_ entry: Entry) -> String {
        let isCredit = !entry.cites.isEmpty
        let root = isCredit ? "CreditNote" : "Invoice"
        let references = entry.cites.map {
            """
              <cac:BillingReference>
                <cac:InvoiceDocumentReference>
                  <cbc:ID>\($0.number)</cbc:ID>
                  <cbc:IssueDate>\($0.date)</cbc:IssueDate>
                </cac:InvoiceDocumentReference>
              </cac:BillingReference>

            """
        }.joined()
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <\(root) xmlns="urn:oasis:names:specification:ubl:schema:xsd:\(root)-2"
              xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
              xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
              <cbc:ProfileID>M1</cbc:ProfileID>
              <cbc:ID>\(entry.number)</cbc:ID>
              <cbc:IssueDate>\(entry.date)</cbc:IssueDate>
            \(isCredit ? "" : "  <cbc:DueDate>2025-04-30</cbc:DueDate>\n")\
              <cbc:\(root)TypeCode>\(isCredit ? "381" : "380")</cbc:\(root)TypeCode>
              <cbc:Note>#PMT#Indemnité forfaitaire pour frais de recouvrement en cas de retard de paiement : 40 €.</cbc:Note>
              <cbc:Note>#PMD#Pénalités de retard : trois fois le taux d'intérêt légal.</cbc:Note>
              <cbc:Note>#AAB#Pas d'escompte pour paiement anticipé.</cbc:Note>
              <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
            \(references)\
              <cac:AccountingSupplierParty>
                <cac:Party>
                  <cbc:EndpointID schemeID="0225">473518629</cbc:EndpointID>
                  <cac:PartyIdentification><cbc:ID schemeID="0009">47351862900018</cbc:ID></cac:PartyIdentification>
                  <cac:PartyName><cbc:Name>Verrerie Morel SARL</cbc:Name></cac:PartyName>
                  <cac:PostalAddress>
                    <cbc:StreetName>3 rue des Souffleurs</cbc:StreetName>
                    <cbc:CityName>Nancy</cbc:CityName>
                    <cbc:PostalZone>54000</cbc:PostalZone>
                    <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
                  </cac:PostalAddress>
                  <cac:PartyTaxScheme>
                    <cbc:CompanyID>FR17473518629</cbc:CompanyID>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                  </cac:PartyTaxScheme>
                  <cac:PartyLegalEntity>
                    <cbc:RegistrationName>Verrerie Morel SARL</cbc:RegistrationName>
                    <cbc:CompanyID schemeID="0002">473518629</cbc:CompanyID>
                    <cbc:CompanyLegalForm>SARL au capital de 5 000 €, RCS Nancy 473 518 629</cbc:CompanyLegalForm>
                  </cac:PartyLegalEntity>
                </cac:Party>
              </cac:AccountingSupplierParty>
              <cac:AccountingCustomerParty>
                <cac:Party>
                  <cbc:EndpointID schemeID="0225">390271450</cbc:EndpointID>
                  <cac:PartyName><cbc:Name>Épicerie Fine Roux SAS</cbc:Name></cac:PartyName>
                  <cac:PostalAddress>
                    <cbc:StreetName>12 place Stanislas</cbc:StreetName>
                    <cbc:CityName>Nancy</cbc:CityName>
                    <cbc:PostalZone>54000</cbc:PostalZone>
                    <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
                  </cac:PostalAddress>
                  <cac:PartyTaxScheme>
                    <cbc:CompanyID>FR15390271450</cbc:CompanyID>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                  </cac:PartyTaxScheme>
                  <cac:PartyLegalEntity>
                    <cbc:RegistrationName>Épicerie Fine Roux SAS</cbc:RegistrationName>
                    <cbc:CompanyID schemeID="0002">390271450</cbc:CompanyID>
                  </cac:PartyLegalEntity>
                </cac:Party>
              </cac:AccountingCustomerParty>
              <cac:Delivery><cbc:ActualDeliveryDate>\(entry.date)</cbc:ActualDeliveryDate></cac:Delivery>
              <cac:PaymentMeans>
                <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
                <cac:PayeeFinancialAccount><cbc:ID>FR7630004009180001042873151</cbc:ID></cac:PayeeFinancialAccount>
              </cac:PaymentMeans>
              <cac:PaymentTerms><cbc:Note>Paiement à 30 jours, par virement.</cbc:Note></cac:PaymentTerms>
              <cac:TaxTotal>
                <cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount>
                <cac:TaxSubtotal>
                  <cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount>
                  <cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount>
                  <cac:TaxCategory>
                    <cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                  </cac:TaxCategory>
                </cac:TaxSubtotal>
              </cac:TaxTotal>
              <cac:LegalMonetaryTotal>
                <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
                <cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>
                <cbc:TaxInclusiveAmount currencyID="EUR">120.00</cbc:TaxInclusiveAmount>
                <cbc:PayableAmount currencyID="EUR">120.00</cbc:PayableAmount>
              </cac:LegalMonetaryTotal>
              <cac:\(root)Line>
                <cbc:ID>1</cbc:ID>
                <cbc:\(isCredit ? "Credited" : "Invoiced")Quantity unitCode="C62">2</cbc:\(isCredit ? "Credited" : "Invoiced")Quantity>
                <cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>
                <cac:Item>
                  <cbc:Name>Carafe soufflée main</cbc:Name>
                  <cac:ClassifiedTaxCategory>
                    <cbc:ID>S</cbc:ID><cbc:Percent>20</cbc:Percent>
                    <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
                  </cac:ClassifiedTaxCategory>
                </cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="EUR">50.00</cbc:PriceAmount></cac:Price>
              </cac:\(root)Line>
            </\(root)>

            """
    }
}
