import InvoiceModel

extension ExampleInvoice {
    /// Returns the reference invoice with both lines and its VAT breakdown in the category of
    /// `family`, plus what that category needs. That is an exemption reason (BT-120, BT-121) for
    /// E, AE, K, G and O, no VAT identifiers for O, a Belgian buyer and a delivery date for K,
    /// and a seller in the Canary Islands (L) or Ceuta (M).
    static func compliant(in family: VATCategoryFamily) -> Document {
        var document = compliant()
        let rate = standardRate(of: family)
        for index in document.lines.indices {
            document.lines[index].vatCategory = family.code
            document.lines[index].vatRate = rate
        }
        let reason = exemptionReason(of: family)
        document.vatBreakdown = [
            VATBreakdown(category: family.code, rate: rate, exemptionReason: reason?.text, exemptionReasonCode: reason?.code)
        ]
        switch family.code {
        case "K":
            document.buyer = Party(
                name: "Librairie du Canal SRL", vatID: "BE0403170759",
                address: address("Rue Haute 120", "1000", "Bruxelles", country: "BE"))
            document.delivery = Delivery(
                party: Party(address: address("Rue Haute 120", "1000", "Bruxelles", country: "BE")),
                actualDate: date("2025-07-04"))
        case "O":
            // BR-CO-26 still requires one seller identifier, so the SIREN becomes the legal
            // registration (BT-30).
            document.seller?.vatID = nil
            document.seller?.legalRegistration = Identifier(value: "812476356", scheme: "0002")
            document.buyer?.vatID = nil
        case "L":
            document.seller = Party(
                name: "Atelier Lumière Canarias SL", legalRegistration: Identifier(value: "B35123456"), vatID: "ESB35123456",
                address: address("Calle Mayor de Triana 24", "35002", "Las Palmas de Gran Canaria", country: "ES"))
        case "M":
            document.seller = Party(
                name: "Atelier Lumière Ceuta SL", legalRegistration: Identifier(value: "B51012345"), vatID: "ESB51012345",
                address: address("Calle Real 12", "51001", "Ceuta", country: "ES"))
        default:
            break
        }
        rebalanceCategories(&document)
        return document
    }

    /// Returns the rate of a line in the category: 20 % for S, 7 % (IGIC) for L, 4 % (IPSI) for M,
    /// none for O and zero for the others.
    static func standardRate(of family: VATCategoryFamily) -> Amount? {
        switch family.code {
        case "S": amount("20")
        case "L": amount("7")
        case "M": amount("4")
        case "O": nil
        default: .zero
        }
    }

    /// Returns the exemption reason text and VATEX code of the categories that need one.
    static func exemptionReason(of family: VATCategoryFamily) -> (text: String, code: String)? {
        switch family.code {
        case "E": ("Exonération de TVA, article 132 de la directive 2006/112/CE", "VATEX-EU-132")
        case "AE": ("Autoliquidation", "VATEX-EU-AE")
        case "K": ("Exonération de TVA, article 262 ter, I du CGI", "VATEX-EU-IC")
        case "G": ("Exonération de TVA, article 262 I du CGI", "VATEX-EU-G")
        case "O": ("Opération hors du champ d'application de la TVA", "VATEX-EU-O")
        default: nil
        }
    }

    /// Recomputes every breakdown entry and the document totals from the lines, allowances and
    /// charges, so that an example breaks only what it changes afterwards. It keeps the entries and
    /// their categories.
    ///
    /// An entry's taxable amount (BT-116) adds the lines and charges of its category and subtracts
    /// its allowances, only those at its rate in the categories that have rates (S, L, M). Its VAT
    /// (BT-117) is that amount times the rate, rounded to the cent, or 0.00 without a rate.
    static func rebalanceCategories(_ document: inout Document) {
        let lines = document.lines
        let adjustments = document.allowanceCharges
        for index in document.vatBreakdown.indices {
            let entry = document.vatBreakdown[index]
            let hasRates = VATCategoryFamily.all.first { $0.code == entry.category }?.hasRates ?? true
            let matches = { (category: String?, rate: Amount?) in
                category == entry.category && (!hasRates || rate == entry.rate)
            }
            var base = Amount.zero
            for line in lines where matches(line.vatCategory, line.vatRate) { base += line.netAmount ?? .zero }
            for adjustment in adjustments where matches(adjustment.vatCategory, adjustment.vatRate) {
                let value = adjustment.amount ?? .zero
                base += adjustment.isCharge ? value : -value
            }
            document.vatBreakdown[index].taxableAmount = base
            document.vatBreakdown[index].taxAmount = (base * (entry.rate ?? .zero)).dividedByHundred.cents
        }

        let lineNet = lines.compactMap(\.netAmount).reduce(Amount.zero, +)
        let allowances = document.allowances.compactMap(\.amount).reduce(Amount.zero, +)
        let charges = document.charges.compactMap(\.amount).reduce(Amount.zero, +)
        let vat = document.vatBreakdown.compactMap(\.taxAmount).reduce(Amount.zero, +)
        let taxExclusive = lineNet - allowances + charges
        document.totals = Totals(
            lineNet: lineNet, allowances: document.allowances.isEmpty ? nil : allowances,
            charges: document.charges.isEmpty ? nil : charges, taxExclusive: taxExclusive, vat: vat,
            taxInclusive: taxExclusive + vat, payable: taxExclusive + vat)
    }
}

extension VATCategoryFamily {
    /// Returns the family of category `code`. An unknown code in an example is a programming
    /// error, so it traps.
    static func example(_ code: String) -> VATCategoryFamily {
        guard let family = all.first(where: { $0.code == code }) else { preconditionFailure("no VAT category family '\(code)'") }
        return family
    }
}
