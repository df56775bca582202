#!/usr/bin/env python3
"""Writes the PDF fixtures of the PDF import tests, with the standard library only.

Run from anywhere: `python3 Tests/InvoiceImportTests/Fixtures/pdf/make_fixtures.py`. The output
is deterministic (fixed document IDs, no dates), so rerunning it changes no committed byte unless
this script changed. Every PDF is a one-page document written object by object with a correct
cross-reference table; the invoice XML is our own Factur-X BASIC invoice (facturx-basic.xml).
"""

import hashlib
import os
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

INVOICE = """<?xml version="1.0" encoding="UTF-8"?>
<!-- Hand-written test invoice for the PDF fixtures: Factur-X BASIC, one line at 20 % VAT. -->
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
    <rsm:ExchangedDocumentContext>
        <ram:GuidelineSpecifiedDocumentContextParameter>
            <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:basic</ram:ID>
        </ram:GuidelineSpecifiedDocumentContextParameter>
    </rsm:ExchangedDocumentContext>
    <rsm:ExchangedDocument>
        <ram:ID>PDF-2025-042</ram:ID>
        <ram:TypeCode>380</ram:TypeCode>
        <ram:IssueDateTime>
            <udt:DateTimeString format="102">20250915</udt:DateTimeString>
        </ram:IssueDateTime>
    </rsm:ExchangedDocument>
    <rsm:SupplyChainTradeTransaction>
        <ram:IncludedSupplyChainTradeLineItem>
            <ram:AssociatedDocumentLineDocument>
                <ram:LineID>1</ram:LineID>
            </ram:AssociatedDocumentLineDocument>
            <ram:SpecifiedTradeProduct>
                <ram:Name>Révision chaudière</ram:Name>
            </ram:SpecifiedTradeProduct>
            <ram:SpecifiedLineTradeAgreement>
                <ram:NetPriceProductTradePrice>
                    <ram:ChargeAmount>118.35</ram:ChargeAmount>
                </ram:NetPriceProductTradePrice>
            </ram:SpecifiedLineTradeAgreement>
            <ram:SpecifiedLineTradeDelivery>
                <ram:BilledQuantity unitCode="C62">2</ram:BilledQuantity>
            </ram:SpecifiedLineTradeDelivery>
            <ram:SpecifiedLineTradeSettlement>
                <ram:ApplicableTradeTax>
                    <ram:TypeCode>VAT</ram:TypeCode>
                    <ram:CategoryCode>S</ram:CategoryCode>
                    <ram:RateApplicablePercent>20</ram:RateApplicablePercent>
                </ram:ApplicableTradeTax>
                <ram:SpecifiedTradeSettlementLineMonetarySummation>
                    <ram:LineTotalAmount>236.70</ram:LineTotalAmount>
                </ram:SpecifiedTradeSettlementLineMonetarySummation>
            </ram:SpecifiedLineTradeSettlement>
        </ram:IncludedSupplyChainTradeLineItem>
        <ram:ApplicableHeaderTradeAgreement>
            <ram:SellerTradeParty>
                <ram:Name>Chauffage Lefèvre SAS</ram:Name>
                <ram:SpecifiedLegalOrganization>
                    <ram:ID schemeID="0002">732829320</ram:ID>
                </ram:SpecifiedLegalOrganization>
                <ram:PostalTradeAddress>
                    <ram:CountryID>FR</ram:CountryID>
                </ram:PostalTradeAddress>
                <ram:SpecifiedTaxRegistration>
                    <ram:ID schemeID="VA">FR40732829320</ram:ID>
                </ram:SpecifiedTaxRegistration>
            </ram:SellerTradeParty>
            <ram:BuyerTradeParty>
                <ram:Name>Copropriété Les Tilleuls</ram:Name>
                <ram:PostalTradeAddress>
                    <ram:CountryID>FR</ram:CountryID>
                </ram:PostalTradeAddress>
            </ram:BuyerTradeParty>
        </ram:ApplicableHeaderTradeAgreement>
        <ram:ApplicableHeaderTradeDelivery/>
        <ram:ApplicableHeaderTradeSettlement>
            <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
            <ram:ApplicableTradeTax>
                <ram:CalculatedAmount>47.34</ram:CalculatedAmount>
                <ram:TypeCode>VAT</ram:TypeCode>
                <ram:BasisAmount>236.70</ram:BasisAmount>
                <ram:CategoryCode>S</ram:CategoryCode>
                <ram:RateApplicablePercent>20</ram:RateApplicablePercent>
            </ram:ApplicableTradeTax>
            <ram:SpecifiedTradePaymentTerms>
                <ram:DueDateDateTime>
                    <udt:DateTimeString format="102">20251015</udt:DateTimeString>
                </ram:DueDateDateTime>
            </ram:SpecifiedTradePaymentTerms>
            <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
                <ram:LineTotalAmount>236.70</ram:LineTotalAmount>
                <ram:TaxBasisTotalAmount>236.70</ram:TaxBasisTotalAmount>
                <ram:TaxTotalAmount currencyID="EUR">47.34</ram:TaxTotalAmount>
                <ram:GrandTotalAmount>284.04</ram:GrandTotalAmount>
                <ram:DuePayableAmount>284.04</ram:DuePayableAmount>
            </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        </ram:ApplicableHeaderTradeSettlement>
    </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""".encode("utf-8")

ORDER = b"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Not an invoice: a delivery note, to test that only invoice XML is taken. -->
<deliveryNote><number>BL-7</number></deliveryNote>
"""

DOCUMENT_ID = bytes.fromhex("5f1a9c3e0d7b4a2c8e6f1b3d5a7c9e0f")
PADDING = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def rc4(key, data):
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


class StandardSecurity:
    """The PDF standard security handler, revision 2 (RC4, 40-bit key)."""

    PERMISSIONS = -44

    def __init__(self, user_password, owner_password):
        padded_user = (user_password + PADDING)[:32]
        owner_key = hashlib.md5((owner_password + PADDING)[:32]).digest()[:5]
        self.owner_entry = rc4(owner_key, padded_user)
        permissions = (self.PERMISSIONS & 0xFFFFFFFF).to_bytes(4, "little")
        self.key = hashlib.md5(padded_user + self.owner_entry + permissions + DOCUMENT_ID).digest()[:5]
        self.user_entry = rc4(self.key, PADDING)

    def encrypt(self, number, data):
        object_key = hashlib.md5(self.key + number.to_bytes(3, "little") + b"\x00\x00").digest()[:10]
        return rc4(object_key, data)

    def dictionary(self):
        return b"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <%s> /U <%s> /P %d >>" % (
            self.owner_entry.hex().encode(), self.user_entry.hex().encode(), self.PERMISSIONS)


class Writer:
    """Collects numbered objects and writes them with a cross-reference table."""

    def __init__(self, security=None):
        self.objects = {}
        self.security = security

    def string(self, number, text):
        data = text.encode("latin-1")
        if self.security:
            data = self.security.encrypt(number, data)
        return b"<" + data.hex().encode() + b">"

    def put(self, number, body):
        self.objects[number] = body

    def stream(self, number, dictionary, data):
        if self.security:
            data = self.security.encrypt(number, data)
        self.objects[number] = b"<< %s /Length %d >>\nstream\n%s\nendstream" % (dictionary, len(data), data)

    def bytes(self, root):
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        numbers = sorted(self.objects)
        offsets = {}
        for number in numbers:
            offsets[number] = len(out)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, self.objects[number])
        size = max(numbers) + 1
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % size
        for number in range(1, size):
            if number in offsets:
                out += b"%010d 00000 n \n" % offsets[number]
            else:
                out += b"0000000000 65535 f \n"
        identifier = DOCUMENT_ID.hex().encode()
        trailer = b"/Size %d /Root %d 0 R /ID [<%s> <%s>]" % (size, root, identifier, identifier)
        if self.security:
            trailer += b" /Encrypt %d 0 R" % self.security_number
        out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
        return bytes(out)


def page_objects(writer, catalog_extra=b""):
    """Objects 1 to 5: catalog, page tree, one page, its content and its font."""
    writer.put(1, b"<< /Type /Catalog /Pages 2 0 R %s >>" % catalog_extra)
    writer.put(2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    writer.put(3, b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                  b"/Resources << /Font << /F1 5 0 R >> >> >>")
    writer.stream(4, b"", b"BT /F1 14 Tf 72 770 Td (Facture PDF-2025-042) Tj ET")
    writer.put(5, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")


def attachment(writer, spec_number, stream_number, name, data, relationship=b"/Data",
               mime=b"/text#2Fxml", filters=b"/FlateDecode"):
    """A file specification and its embedded-file stream."""
    encoded = data
    if filters == b"/FlateDecode":
        encoded = zlib.compress(data, 9)
    elif filters == b"[/ASCIIHexDecode /FlateDecode]":
        encoded = zlib.compress(data, 9).hex().encode() + b">"
    filter_entry = b"/Filter %s " % filters if filters else b""
    subtype = b"/Subtype %s " % mime if mime else b""
    writer.stream(stream_number, b"/Type /EmbeddedFile %s%s/Params << /Size %d >>" % (subtype, filter_entry, len(data)),
                  encoded)
    relation = b"/AFRelationship %s " % relationship if relationship else b""
    writer.put(spec_number, b"<< /Type /Filespec /F %s /UF %s %s/EF << /F %d 0 R /UF %d 0 R >> >>" % (
        writer.string(spec_number, name), writer.string(spec_number, name), relation, stream_number, stream_number))


def simple_pdf(name="factur-x.xml", relationship=b"/Data", in_names=True, in_af=True, data=INVOICE,
               filters=b"/FlateDecode", security=None):
    writer = Writer(security)
    extra = b""
    if in_names:
        extra += b"/Names << /EmbeddedFiles << /Names [%s 6 0 R] >> >> " % writer.string(1, name)
    if in_af:
        extra += b"/AF [6 0 R]"
    page_objects(writer, extra)
    attachment(writer, 6, 7, name, data, relationship=relationship, filters=filters)
    if security:
        writer.security_number = 8
        writer.objects[8] = security.dictionary()
    return writer.bytes(root=1)


def nested_tree_pdf():
    """A name tree two levels deep whose middle node also points back at the root (a cycle)."""
    writer = Writer()
    page_objects(writer, b"/Names << /EmbeddedFiles 10 0 R >> /AF [8 0 R]")
    writer.put(10, b"<< /Kids [11 0 R] >>")
    writer.put(11, b"<< /Kids [12 0 R 13 0 R 10 0 R] /Limits [(factur-x.xml) (notes.txt)] >>")
    writer.put(12, b"<< /Names [(notes.txt) 6 0 R] /Limits [(notes.txt) (notes.txt)] >>")
    writer.put(13, b"<< /Names [(factur-x.xml) 8 0 R] /Limits [(factur-x.xml) (factur-x.xml)] >>")
    attachment(writer, 6, 7, "notes.txt", "Intervention du 12 septembre.\n".encode("utf-8"), relationship=b"/Supplement",
               mime=b"/text#2Fplain")
    attachment(writer, 8, 9, "factur-x.xml", INVOICE, filters=b"[/ASCIIHexDecode /FlateDecode]")
    return writer.bytes(root=1)


def other_xml_pdf():
    writer = Writer()
    page_objects(writer, b"/Names << /EmbeddedFiles << /Names [(bon-de-livraison.xml) 6 0 R (readme.txt) 8 0 R] >> >> "
                         b"/AF [6 0 R 8 0 R]")
    attachment(writer, 6, 7, "bon-de-livraison.xml", ORDER, relationship=b"/Supplement")
    attachment(writer, 8, 9, "readme.txt", b"Lisez-moi\n", relationship=b"/Supplement", mime=b"/text#2Fplain")
    return writer.bytes(root=1)


def no_attachment_pdf():
    writer = Writer()
    page_objects(writer)
    return writer.bytes(root=1)


def main():
    facturx = simple_pdf()
    fixtures = {
        "facturx-basic.xml": INVOICE,
        "facturx.pdf": facturx,
        "af-only.pdf": simple_pdf(in_names=False, relationship=b"/Alternative", filters=b""),
        "nested-name-tree.pdf": nested_tree_pdf(),
        "wrong-name.pdf": simple_pdf(name="invoice.xml"),
        "no-relationship.pdf": simple_pdf(relationship=b""),
        "names-only.pdf": simple_pdf(in_af=False, relationship=b"/Unspecified"),
        "encrypted-empty-password.pdf": simple_pdf(security=StandardSecurity(b"", b"owner")),
        "encrypted-user-password.pdf": simple_pdf(security=StandardSecurity(b"secret", b"owner")),
        "truncated.pdf": facturx[: len(facturx) // 3],
        # The startxref offset points into the middle of the file: qpdf rebuilds the table.
        "wrong-startxref.pdf": facturx.replace(b"startxref\n", b"startxref\n1").rstrip() + b"\n",
        "garbage.pdf": b"%PDF-1.7\nthis is not a PDF body, only a header followed by text\n",
        "no-attachment.pdf": no_attachment_pdf(),
        "other-xml.pdf": other_xml_pdf(),
        # A CSV export saved under the Factur-X name: not the structured invoice the name promises.
        "csv-as-facturx.pdf": simple_pdf(data=b"Numero;Date;Total TTC\nF-1;02/01/2025;120,00\n"),
    }
    for name, data in sorted(fixtures.items()):
        with open(os.path.join(HERE, name), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
