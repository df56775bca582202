import InvoiceModel

/// The VAT-category families (BR-S, BR-Z, BR-E, BR-AE, BR-IC, BR-G, BR-O, BR-AF, BR-AG) and
/// BR-B, one generic check parametrised by ``VATCategoryFamily``.
///
/// The artefacts differ by syntax: the UBL one checks the party rules (-02 … -04) once per
/// invoice, the CII one once per line, allowance or charge; the basis rules (-08) use other
/// tolerances (see `checkBasis`).
extension EN16931Check {
    mutating func checkVATCategories() {
        for family in VATCategoryFamily.all {
            let uses = CategoryUses(document, code: family.code)
            checkBreakdownCount(family, uses)
            checkParties(family, uses)
            checkRates(family, uses)
            checkBreakdowns(family, uses)
        }
        checkSplitPayment()
    }

    /// -01: the breakdown entries a used category needs.
    private mutating func checkBreakdownCount(_ family: VATCategoryFamily, _ uses: CategoryUses) {
        let lines = uses.lines.count
        let adjustments = uses.allowances.count + uses.charges.count
        let entries = uses.breakdowns.count
        let passes: Bool
        switch (syntax, family.hasRates) {
        case (.ubl, true):
            passes = (lines + adjustments > 0) == (entries > 0)
        case (.ubl, false):
            passes = lines + adjustments + entries == 0 || entries == 1
        case (.cii, true):
            passes = (lines + entries >= 2 || lines == 0) && (adjustments + entries >= 2 || adjustments == 0)
        case (.cii, false):
            if family.code == "O" {
                passes = entries == 0 || (entries == 1 && lines + adjustments > 0)
            } else {
                passes = (entries == 0 && lines + adjustments == 0) || (entries == 1 && lines + adjustments > 0)
            }
        }
        guard !passes else { return }
        fire(family.id(1), breakdownCountDetail(family, used: lines + adjustments, entries: entries))
    }

    /// Says which side of a -01 rule is wrong: a used category without its breakdown, a breakdown
    /// of a category nothing uses, or too many entries.
    private func breakdownCountDetail(_ family: VATCategoryFamily, used: Int, entries: Int) -> LocalizedText {
        let category = (fr: "« \(family.fr) » (\(family.code))", en: "'\(family.en)' (\(family.code))")
        if used == 0 {
            return LocalizedText(
                fr: "ventilation de TVA en catégorie \(category.fr) sans ligne, remise ni charge de cette catégorie : retirez la ventilation ou corrigez la catégorie des lignes",
                en: "VAT breakdown in category \(category.en) but no line, allowance or charge of that category: remove the breakdown entry or correct the lines' category")
        }
        if entries > 1 {
            return LocalizedText(
                fr: "\(entries) ventilations de TVA en catégorie \(category.fr), une seule attendue : regroupez-les",
                en: "\(entries) VAT breakdown entries in category \(category.en), one expected: merge them")
        }
        return LocalizedText(
            fr: "catégorie \(category.fr) utilisée sans ventilation de TVA de cette catégorie : ajoutez-la avec sa base et son montant",
            en: "category \(category.en) used without a VAT breakdown of that category: add it with its taxable amount and VAT amount")
    }

    /// -02, -03, -04: the tax identifiers a line, allowance or charge of the category needs.
    private mutating func checkParties(_ family: VATCategoryFamily, _ uses: CategoryUses) {
        let passes = partiesHold(family)
        let groups: [(number: Int, locations: [SourceLocation?])] = [
            (2, uses.lines.map(\.source)), (3, uses.allowances.map(\.source)), (4, uses.charges.map(\.source)),
        ]
        for group in groups where !group.locations.isEmpty && !passes {
            if syntax == .ubl {
                fire(family.id(group.number))
            } else {
                for location in group.locations { fire(family.id(group.number), at: location) }
            }
        }
    }

    private func partiesHold(_ family: VATCategoryFamily) -> Bool {
        let seller = document.seller
        let sellerVAT = seller?.vatID.isPresent == true
        let sellerTax = sellerVAT || seller?.taxRegistrationID.isPresent == true
        let representativeVAT = document.taxRepresentative?.vatID.isPresent == true
        let buyerVAT = document.buyer?.vatID.isPresent == true
        let buyerRegistration = document.buyer?.legalRegistration != nil
        switch family.code {
        case "AE": return (sellerTax || representativeVAT) && (buyerVAT || buyerRegistration)
        case "K": return (sellerVAT || representativeVAT) && buyerVAT
        case "G": return sellerVAT || representativeVAT
        case "O": return !sellerVAT && !representativeVAT && !buyerVAT
        default: return sellerTax || representativeVAT
        }
    }

    /// -05, -06, -07: the rate a line, allowance or charge of the category carries.
    private mutating func checkRates(_ family: VATCategoryFamily, _ uses: CategoryUses) {
        for line in uses.lines { require(rateHolds(family, line.vatRate), family.id(5), at: line.source) }
        for allowance in uses.allowances { require(rateHolds(family, allowance.vatRate), family.id(6), at: allowance.source) }
        for charge in uses.charges { require(rateHolds(family, charge.vatRate), family.id(7), at: charge.source) }
    }

    private func rateHolds(_ family: VATCategoryFamily, _ rate: Amount?) -> Bool {
        switch family.code {
        case "O": return rate == nil
        case "S": return rate.map { $0 > .zero } ?? false
        case "L", "M": return rate.map { !$0.isNegative } ?? false
        default: return rate?.isZero ?? false
        }
    }

    /// -08 to -10 and the extra rules, per breakdown entry of the category.
    private mutating func checkBreakdowns(_ family: VATCategoryFamily, _ uses: CategoryUses) {
        for entry in uses.breakdowns {
            checkBasis(family, entry, uses)
            let vat = entry.taxAmount
            if family.hasRates {
                if let rate = entry.rate {
                    if let product = (entry.taxableAmount ?? .zero).magnitude.checkedProduct(rate) {
                        let expected = product.dividedByHundred.cents
                        require(within(vat?.magnitude ?? .zero, expected, strict: true) && vat != nil, family.id(9))
                    }
                }
            } else {
                require(vat?.isZero ?? false, family.id(9))
            }
            let hasReason = entry.exemptionReason.isPresent || entry.exemptionReasonCode.isPresent
            require(hasReason == family.needsExemptionReason, family.id(10))
            if family.code == "K" {
                let delivery = document.delivery?.actualDate != nil
                let period = document.invoicePeriod.map { $0.start != nil || $0.end != nil } ?? false
                require(delivery || period, "BR-IC-11")
                require(document.deliveryAddress?.country.isPresent == true, "BR-IC-12")
            }
            if family.code == "O" { checkNotSubjectAlone() }
        }
    }

    /// -08: the taxable amount against lines + charges − allowances of the category (and rate).
    private mutating func checkBasis(_ family: VATCategoryFamily, _ entry: VATBreakdown, _ uses: CategoryUses) {
        let rate = family.hasRates ? entry.rate : nil
        if family.hasRates && rate == nil { return }
        let matches = { (candidate: Amount?) in rate == nil || candidate == rate }
        let lineAmounts = uses.lines.filter { matches($0.vatRate) }.compactMap(\.netAmount)
        let charges = uses.charges.filter { matches($0.vatRate) }.compactMap(\.amount)
        let allowances = uses.allowances.filter { matches($0.vatRate) }.compactMap(\.amount)
        let sum = { (amounts: [Amount]) in amounts.reduce(Amount.zero, +) }
        guard let basis = entry.taxableAmount else { return fire(family.id(8)) }
        let passes: Bool
        switch syntax {
        case .ubl:
            let expected = sum(lineAmounts) + sum(charges) - sum(allowances)
            if family.hasRates {
                passes = !(lineAmounts.isEmpty && charges.isEmpty && allowances.isEmpty) && within(basis, expected, strict: true)
            } else {
                passes = !document.lines.isEmpty && basis == expected
            }
        case .cii:
            let expected = sum(lineAmounts).cents + sum(charges).cents - sum(allowances).cents
            passes = family.hasRates || family.code == "O" ? basis == expected : within(basis, expected, strict: true)
        }
        require(passes, family.id(8), detail("BT-116 (\(family.code))", declared: basis, computed: sum(lineAmounts) + sum(charges) - sum(allowances)))
    }

    /// BR-O-11 … BR-O-14: an invoice with a 'not subject to VAT' breakdown uses no other category.
    private mutating func checkNotSubjectAlone() {
        let isOther = { (code: String?) in code.map { $0.trimmingSpaces != "O" } ?? false }
        let otherLines = document.lines.contains { isOther($0.vatCategory) }
        let otherEntries = document.vatBreakdown.contains { isOther($0.category) }
        let otherAllowances = document.allowanceCharges.contains { !$0.isCharge && isOther($0.vatCategory) }
        let otherCharges = document.allowanceCharges.contains { $0.isCharge && isOther($0.vatCategory) }
        if syntax == .cii {
            require(!otherLines && !otherEntries, "BR-O-11")
            require(!otherLines && !otherEntries, "BR-O-12")
            require(!otherAllowances && !otherCharges, "BR-O-13")
            require(!otherAllowances && !otherCharges, "BR-O-14")
        } else {
            require(!otherEntries, "BR-O-11")
            require(!otherLines, "BR-O-12")
            require(!otherAllowances, "BR-O-13")
            require(!otherCharges, "BR-O-14")
        }
    }

    /// BR-B-01, BR-B-02: the Italian split payment category.
    private mutating func checkSplitPayment() {
        let codes =
            document.lines.compactMap(\.vatCategory) + document.vatBreakdown.compactMap(\.category)
            + document.allowanceCharges.compactMap(\.vatCategory)
        guard codes.contains("B") else { return }
        let countries = [document.seller, document.buyer, document.payee, document.taxRepresentative]
            .compactMap { $0?.address?.country } + [document.deliveryAddress?.country].compactMap { $0 }
        require(countries.allSatisfy { $0 == "IT" }, "BR-B-01")
        require(!codes.contains("S"), "BR-B-02")
    }
}

/// The lines, allowances, charges and breakdown entries of one VAT category.
struct CategoryUses {
    let lines: [Line]
    let allowances: [AllowanceCharge]
    let charges: [AllowanceCharge]
    let breakdowns: [VATBreakdown]

    init(_ document: Document, code: String) {
        let matches = { (value: String?) in value?.trimmingSpaces == code }
        lines = document.lines.filter { matches($0.vatCategory) }
        allowances = document.allowanceCharges.filter { !$0.isCharge && matches($0.vatCategory) }
        charges = document.allowanceCharges.filter { $0.isCharge && matches($0.vatCategory) }
        breakdowns = document.vatBreakdown.filter { matches($0.category) }
    }
}
