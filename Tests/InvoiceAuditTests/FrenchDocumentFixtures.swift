import InvoiceAudit
import InvoiceModel

/// A French invoice that carries every mention the French document rules look for, and helpers
/// to break one mention at a time.
enum FrenchInvoice {
    typealias T = TestDocuments

    static func address(_ street: String, _ postcode: String, _ city: String, country: String = "FR") -> PostalAddress {
        PostalAddress(lines: [street], city: city, postalCode: postcode, country: country)
    }

    /// An issued UBL invoice from Atelier Lumière to Librairie du Canal, 2025-07-08, due 30 days later.
    /// The seller's legal information (BT-33) gives its form, capital and registration.
    static func compliant() -> Document {
        var document = Document(
            number: "FA-2025-0009", kind: .invoice, typeCode: "380", issueDate: T.date("2025-07-08"),
            dueDate: T.date("2025-08-07"), currency: "EUR",
            seller: Party(
                name: "Atelier Lumière SARL", siren: "812476356", siret: "81247635600017", vatID: "FR82812476356",
                address: address("14 rue des Vinaigriers", "75010", "Paris")),
            buyer: Party(
                name: "Librairie du Canal SAS", siren: "839062510", vatID: "FR03839062510",
                address: address("58 quai de Jemmapes", "75010", "Paris")),
            lines: [
                Line(
                    id: "1", description: "Suspension laiton 3 feux", quantity: T.amount("2"), unit: "C62",
                    netPrice: T.amount("415.80"), netAmount: T.amount("831.60"), vatCategory: "S", vatRate: T.amount("20")),
                Line(
                    id: "2", description: "Pose et raccordement", quantity: T.amount("5"), unit: "HUR",
                    netPrice: T.amount("80.00"), netAmount: T.amount("400.00"), vatCategory: "S", vatRate: T.amount("20")),
            ],
            vatBreakdown: [
                VATBreakdown(category: "S", rate: T.amount("20"), taxableAmount: T.amount("1231.60"), taxAmount: T.amount("246.32"))
            ],
            totals: Totals(
                lineNet: T.amount("1231.60"), taxExclusive: T.amount("1231.60"), vat: T.amount("246.32"),
                taxInclusive: T.amount("1477.92"), payable: T.amount("1477.92")),
            notes: [
                Note(subject: "PMT", text: "Indemnité forfaitaire pour frais de recouvrement : 40 €"),
                Note(subject: "PMD", text: "Pénalités de retard : trois fois le taux d'intérêt légal"),
                Note(subject: "AAB", text: "Pas d'escompte pour paiement anticipé"),
            ],
            source: SourceLocation(file: "FA-2025-0009.xml", line: 1), sourceFormat: .ubl)
        document.businessProcess = "M1"
        document.operationCategory = .mixed
        document.delivery = Delivery(party: Party(address: address("58 quai de Jemmapes", "75010", "Paris")))
        document.seller?.additionalLegalInfo = "SARL au capital de 8 000 €, RCS Paris 812 476 356"
        return document
    }

    /// The same invoice with every line and the breakdown in `category` at 0 %, and no VAT.
    static func zeroRated(_ category: String, reason: String? = nil, code: String? = nil) -> Document {
        var document = compliant()
        for index in document.lines.indices {
            document.lines[index].vatCategory = category
            document.lines[index].vatRate = T.amount("0")
        }
        document.vatBreakdown = [
            VATBreakdown(
                category: category, rate: T.amount("0"), taxableAmount: T.amount("1231.60"), taxAmount: T.amount("0.00"),
                exemptionReason: reason, exemptionReasonCode: code)
        ]
        document.totals.vat = T.amount("0.00")
        document.totals.taxInclusive = T.amount("1231.60")
        document.totals.payable = T.amount("1231.60")
        return document
    }

    /// The French rule ids (FR-…) that `document` makes fire, sorted.
    static func frenchRules(_ document: Document, configuration: AuditConfiguration = AuditConfiguration()) -> [String] {
        Auditor(configuration: configuration).documentFindings(document).map(\.ruleID).filter { $0.hasPrefix("FR-") }.sorted()
    }
}
