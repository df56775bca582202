#!/usr/bin/env python3
"""Writes a UBL 2.1 invoice with N lines (default 4,000) that satisfies the EN 16931 rules.

    python3 Benchmarks/generate-invoice.py 4000 > /tmp/invoice-4000.xml

Amounts are computed with integer cents, so the totals chain, the VAT breakdown and every line
net amount agree exactly; two VAT rates (20 % and 5.5 %) alternate over the lines.
"""
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
rates = [("20", 2000), ("5.5", 550)]  # percent as written, and in hundredths of a percent
lines = []
bases = {rate: 0 for rate, _ in rates}
for index in range(1, count + 1):
    quantity = index % 7 + 1
    price_cents = 250 + (index * 37) % 9000
    net_cents = quantity * price_cents
    rate, _ = rates[index % 2]
    bases[rate] += net_cents
    lines.append(f"""  <cac:InvoiceLine>
    <cbc:ID>{index}</cbc:ID>
    <cbc:InvoicedQuantity unitCode="C62">{quantity}</cbc:InvoicedQuantity>
    <cbc:LineExtensionAmount currencyID="EUR">{net_cents / 100:.2f}</cbc:LineExtensionAmount>
    <cac:Item>
      <cbc:Name>Article {index}</cbc:Name>
      <cac:ClassifiedTaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>{rate}</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:ClassifiedTaxCategory>
    </cac:Item>
    <cac:Price><cbc:PriceAmount currencyID="EUR">{price_cents / 100:.2f}</cbc:PriceAmount></cac:Price>
  </cac:InvoiceLine>""")


def vat_cents(base, hundredths):
    # Half up on positive amounts, as XPath round() does for them.
    return (base * hundredths + 5000) // 10000


subtotals = []
vat_total = 0
for rate, hundredths in rates:
    vat = vat_cents(bases[rate], hundredths)
    vat_total += vat
    subtotals.append(f"""    <cac:TaxSubtotal>
      <cbc:TaxableAmount currencyID="EUR">{bases[rate] / 100:.2f}</cbc:TaxableAmount>
      <cbc:TaxAmount currencyID="EUR">{vat / 100:.2f}</cbc:TaxAmount>
      <cac:TaxCategory>
        <cbc:ID>S</cbc:ID>
        <cbc:Percent>{rate}</cbc:Percent>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:TaxCategory>
    </cac:TaxSubtotal>""")
net = sum(bases.values())
gross = net + vat_total
newline = "\n"
print(f"""<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
  xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
  xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017</cbc:CustomizationID>
  <cbc:ID>BENCH-{count}</cbc:ID>
  <cbc:IssueDate>2026-03-02</cbc:IssueDate>
  <cbc:DueDate>2026-04-01</cbc:DueDate>
  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
  <cac:AccountingSupplierParty>
    <cac:Party>
      <cac:PostalAddress>
        <cbc:StreetName>12 rue des Lilas</cbc:StreetName>
        <cbc:CityName>Lyon</cbc:CityName>
        <cbc:PostalZone>69003</cbc:PostalZone>
        <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyTaxScheme>
        <cbc:CompanyID>FR32123456789</cbc:CompanyID>
        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
      </cac:PartyTaxScheme>
      <cac:PartyLegalEntity>
        <cbc:RegistrationName>Banc d'Essai SARL</cbc:RegistrationName>
        <cbc:CompanyID schemeID="0002">123456789</cbc:CompanyID>
      </cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty>
    <cac:Party>
      <cac:PostalAddress>
        <cbc:CityName>Nantes</cbc:CityName>
        <cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>
      </cac:PostalAddress>
      <cac:PartyLegalEntity><cbc:RegistrationName>Client Mesure SAS</cbc:RegistrationName></cac:PartyLegalEntity>
    </cac:Party>
  </cac:AccountingCustomerParty>
  <cac:PaymentMeans>
    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
    <cac:PayeeFinancialAccount><cbc:ID>FR7630006000011234567890189</cbc:ID></cac:PayeeFinancialAccount>
  </cac:PaymentMeans>
  <cac:TaxTotal>
    <cbc:TaxAmount currencyID="EUR">{vat_total / 100:.2f}</cbc:TaxAmount>
{newline.join(subtotals)}
  </cac:TaxTotal>
  <cac:LegalMonetaryTotal>
    <cbc:LineExtensionAmount currencyID="EUR">{net / 100:.2f}</cbc:LineExtensionAmount>
    <cbc:TaxExclusiveAmount currencyID="EUR">{net / 100:.2f}</cbc:TaxExclusiveAmount>
    <cbc:TaxInclusiveAmount currencyID="EUR">{gross / 100:.2f}</cbc:TaxInclusiveAmount>
    <cbc:PayableAmount currencyID="EUR">{gross / 100:.2f}</cbc:PayableAmount>
  </cac:LegalMonetaryTotal>
{newline.join(lines)}
</Invoice>""")
