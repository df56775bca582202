#!/usr/bin/env python3
"""Writes a UBL 2.1 or CII invoice with N lines (default 4,000) that satisfies the EN 16931 rules.

    python3 Benchmarks/generate-invoice.py 4000 > /tmp/invoice-4000.xml
    python3 Benchmarks/generate-invoice.py 3 --note-bytes 30000000 --syntax cii > /tmp/note.xml

Amounts are computed with integer cents, so the totals chain, the VAT breakdown and every line
net amount agree exactly; two VAT rates (20 % and 5.5 %) alternate over the lines.
`--note-bytes B` adds one note of about B bytes of French text (accents, typographic apostrophes
and dashes, line breaks) that contains none of the legal mentions, so every mention search reads
all of it.
"""
import argparse
import sys

RATES = [("20", 2000), ("5.5", 550)]  # percent as written, and in hundredths of a percent
NOTE_SENTENCE = (
    "Livraison à l’entrepôt n° 3 – quai Est, accès par la rue Émile Zola ; "
    "prévenir l’accueil la veille.\n"
)


def vat_cents(base, hundredths):
    # Half up on positive amounts, as XPath round() does for them.
    return (base * hundredths + 5000) // 10000


def money(cents):
    return f"{cents / 100:.2f}"


def note_text(size):
    if size <= 0:
        return None
    sentence_bytes = len(NOTE_SENTENCE.encode("utf-8"))
    return NOTE_SENTENCE * max(1, size // sentence_bytes)


def line_values(count):
    """Yields (index, quantity, price cents, net cents, rate) and the taxable base per rate."""
    values = []
    bases = {rate: 0 for rate, _ in RATES}
    for index in range(1, count + 1):
        quantity = index % 7 + 1
        price_cents = 250 + (index * 37) % 9000
        net_cents = quantity * price_cents
        rate, _ = RATES[index % 2]
        bases[rate] += net_cents
        values.append((index, quantity, price_cents, net_cents, rate))
    return values, bases


def write_ubl(out, count, note):
    values, bases = line_values(count)
    vat = {rate: vat_cents(bases[rate], hundredths) for rate, hundredths in RATES}
    net = sum(bases.values())
    gross = net + sum(vat.values())
    out.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>BENCH-{count}</cbc:ID>
  <cbc:IssueDate>2026-03-02</cbc:IssueDate>
  <cbc:DueDate>2026-04-01</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
""")
    if note is not None:
        out.write(f"  <cbc:Note>{note}</cbc:Note>\n")
    out.write("""  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cac:PostalAddress>
        <cbc:StreetName>12 rue des Lilas</cbc:StreetName>
        <cbc:CityName>Lyon</cbc:CityName>
        <cbc:PostalZone>69003</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>FR11123456782</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Banc d'Essai SARL</cbc:RegistrationName>
        <cbc:CompanyID schemeID="0002">123456782</cbc:CompanyID>
        <cbc:CompanyLegalForm>SARL au capital de 10 000 €, RCS Lyon 123 456 782</cbc:CompanyLegalForm>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PostalAddress>
        <cbc:StreetName>3 quai de la Fosse</cbc:StreetName>
        <cbc:CityName>Nantes</cbc:CityName>
        <cbc:PostalZone>44000</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>FR44732829320</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Client Mesure SAS</cbc:RegistrationName>
        <cbc:CompanyID schemeID="0002">732829320</cbc:CompanyID>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
""")
    out.write(f"""  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">{money(sum(vat.values()))}</cbc:TaxAmount>
""")
    for rate, _ in RATES:
        out.write(f"""    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">{money(bases[rate])}</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">{money(vat[rate])}</cbc:TaxAmount>
      <cac:TaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>{rate}</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:TaxCategory>
    </cac:TaxSubtotal>
""")
    out.write(f"""  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">{money(net)}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">{money(net)}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">{money(gross)}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">{money(gross)}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
""")
    for index, quantity, price_cents, net_cents, rate in values:
        out.write(f"""  <cac:InvoiceLine>
    <cbc:ID>{index}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="C62">{quantity}</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">{money(net_cents)}</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>Article {index}</cbc:Name>
      <cac:ClassifiedTaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>{rate}</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">{money(price_cents)}</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>
""")
    out.write("</Invoice>\n")


def write_cii(out, count, note):
    values, bases = line_values(count)
    vat = {rate: vat_cents(bases[rate], hundredths) for rate, hundredths in RATES}
    net = sum(bases.values())
    gross = net + sum(vat.values())
    out.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
  xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
  xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>BENCH-{count}</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20260302</udt:DateTimeString></ram:IssueDateTime>
""")
    if note is not None:
        out.write(f"    <ram:IncludedNote><ram:Content>{note}</ram:Content></ram:IncludedNote>\n")
    out.write("""  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
""")
    for index, quantity, price_cents, net_cents, rate in values:
        out.write(f"""    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>{index}</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Article {index}</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement>
        <ram:NetPriceProductTradePrice><ram:ChargeAmount>{money(price_cents)}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
      </ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">{quantity}</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax>
          <ram:TypeCode>VAT</ram:TypeCode>
          <ram:CategoryCode>S</ram:CategoryCode>
          <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>
        </ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{money(net_cents)}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
""")
    out.write("""    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Banc d'Essai SARL</ram:Name>
        <ram:Description>SARL au capital de 10 000 €, RCS Lyon 123 456 782</ram:Description>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">123456782</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>69003</ram:PostcodeCode>
          <ram:LineOne>12 rue des Lilas</ram:LineOne>
          <ram:CityName>Lyon</ram:CityName>
          <ram:CountryID>FR</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR11123456782</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>Client Mesure SAS</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">732829320</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress>
          <ram:PostcodeCode>44000</ram:PostcodeCode>
          <ram:LineOne>3 quai de la Fosse</ram:LineOne>
          <ram:CityName>Nantes</ram:CityName>
          <ram:CountryID>FR</ram:CountryID>
        </ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR44732829320</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>30</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR7630006000011234567890189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
""")
    for rate, _ in RATES:
        out.write(f"""      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>{money(vat[rate])}</ram:CalculatedAmount>
        <ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>{money(bases[rate])}</ram:BasisAmount>
        <ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>{rate}</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
""")
    out.write(f"""      <ram:SpecifiedTradePaymentTerms>
        <ram:DueDateDateTime><udt:DateTimeString format="102">20260401</udt:DateTimeString></ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>{money(net)}</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>{money(net)}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">{money(sum(vat.values()))}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>{money(gross)}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>{money(gross)}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lines", type=int, nargs="?", default=4000)
    parser.add_argument("--syntax", choices=["ubl", "cii"], default="ubl")
    parser.add_argument("--note-bytes", type=int, default=0, help="size of one added note, in bytes")
    args = parser.parse_args()
    write = write_ubl if args.syntax == "ubl" else write_cii
    write(sys.stdout, args.lines, note_text(args.note_bytes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
