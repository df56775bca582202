import InvoiceModel

/// The reference invoice of rule examples: a French B2B invoice in UBL that carries every
/// mention and satisfies every rule, so that changing one thing in it fires one rule.
public enum ExampleInvoice {
    /// Returns invoice FA-2025-0001, the first of its year, from Atelier Lumière SARL to Librairie
    /// du Canal SAS, dated 2025-07-08, due 30 days later, with two lines at 20 %. The seller's
    /// legal information (BT-33) gives its form, capital and registration.
    public static func compliant() -> Document {
        var document = Document(
            number: "FA-2025-0001", kind: .invoice, typeCode: "380", issueDate: date("2025-07-08"),
            dueDate: date("2025-08-07"), currency: "EUR",
            specification: "urn:cen.eu:en16931:2017",
            seller: Party(
                name: "Atelier Lumière SARL", siren: "812476356", siret: "81247635600017", vatID: "FR82812476356",
                address: address("14 rue des Vinaigriers", "75010", "Paris"),
                additionalLegalInfo: "SARL au capital de 8 000 €, RCS Paris 812 476 356"),
            buyer: Party(
                name: "Librairie du Canal SAS", siren: "839062510", vatID: "FR03839062510",
                address: address("58 quai de Jemmapes", "75010", "Paris")),
            lines: [
                line("1", "Suspension laiton 3 feux", quantity: "2", unit: "C62", price: "415.80", net: "831.60"),
                line("2", "Pose et raccordement", quantity: "5", unit: "HUR", price: "80.00", net: "400.00"),
            ],
            vatBreakdown: [
                VATBreakdown(category: "S", rate: amount("20"), taxableAmount: amount("1231.60"), taxAmount: amount("246.32"))
            ],
            totals: Totals(
                lineNet: amount("1231.60"), taxExclusive: amount("1231.60"), vat: amount("246.32"),
                taxInclusive: amount("1477.92"), payable: amount("1477.92")),
            notes: [
                Note(subject: "PMT", text: "Indemnité forfaitaire pour frais de recouvrement : 40 €"),
                Note(subject: "PMD", text: "Pénalités de retard : trois fois le taux d'intérêt légal"),
                Note(subject: "AAB", text: "Pas d'escompte pour paiement anticipé"),
            ],
            source: SourceLocation(file: "FA-2025-0001.xml", line: 2), sourceFormat: .ubl)
        document.businessProcess = "M1"
        document.operationCategory = .mixed
        document.delivery = Delivery(party: Party(address: address("58 quai de Jemmapes", "75010", "Paris")))
        return document
    }

    /// Returns the reference invoice with another number, date and source line, for ledger
    /// examples that need a series.
    public static func compliant(number: String, issued: String, line: Int) -> Document {
        var document = compliant()
        document.number = number
        document.issueDate = date(issued)
        document.dueDate = document.issueDate.map { $0.adding(days: 30) }
        document.source = SourceLocation(file: "export.csv", line: line)
        return document
    }

    /// Parses an amount written by an example. A typo is a programming error, so it traps.
    public static func amount(_ text: String) -> Amount {
        guard let value = Amount(parsing: text) else { preconditionFailure("example amount '\(text)' is not a number") }
        return value
    }

    /// Parses a yyyy-mm-dd date written by an example.
    public static func date(_ text: String) -> CivilDate {
        guard let value = CivilDate(parsing: text) else { preconditionFailure("example date '\(text)' is not a date") }
        return value
    }

    public static func address(_ street: String, _ postcode: String, _ city: String, country: String = "FR") -> PostalAddress {
        PostalAddress(lines: [street], city: city, postalCode: postcode, country: country)
    }

    /// Makes a standard-rated line at 20 %.
    public static func line(
        _ id: String, _ description: String, quantity: String, unit: String, price: String, net: String
    ) -> Line {
        Line(
            id: id, description: description, quantity: amount(quantity), unit: unit, netPrice: amount(price),
            netAmount: amount(net), vatCategory: "S", vatRate: amount("20"))
    }
}
