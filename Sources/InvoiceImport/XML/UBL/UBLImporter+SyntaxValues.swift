import InvoiceModel

extension UBLImporter {
    /// The places, by local names from the parent down, whose value or attribute a syntax-wide
    /// rule of the UBL artefact visits wherever they occur (`cac:Country/cbc:IdentificationCode`).
    private static let syntaxPlaces: [(rule: String, parent: String?, element: String, attribute: String?)] = [
        ("BR-CL-10", "PartyIdentification", "ID", "schemeID"),
        ("BR-CL-11", "PartyLegalEntity", "CompanyID", "schemeID"),
        ("BR-CL-14", "Country", "IdentificationCode", nil),
        ("BR-CL-17", "TaxCategory", "ID", nil),
        ("BR-CL-18", "ClassifiedTaxCategory", "ID", nil),
        ("BR-CL-21", "StandardItemIdentification", "ID", "schemeID"),
        ("BR-CL-23", nil, "InvoicedQuantity", "unitCode"),
        ("BR-CL-23", nil, "CreditedQuantity", "unitCode"),
        ("BR-CL-23", nil, "BaseQuantity", "unitCode"),
    ]

    /// The amount elements whose `currencyID` BR-CL-03 checks.
    private static let currencyAmounts: Set<String> = [
        "Amount", "BaseAmount", "PriceAmount", "TaxAmount", "TaxableAmount", "LineExtensionAmount",
        "TaxExclusiveAmount", "TaxInclusiveAmount", "AllowanceTotalAmount", "ChargeTotalAmount", "PrepaidAmount",
        "PayableRoundingAmount", "PayableAmount",
    ]

    /// Walks the whole document once and records, for each syntax-wide rule, the values found in
    /// its places, including places the model has no term for (an invoice line in a credit note,
    /// a registration address, a party inside the payee). `UBL-DT-01` gets the amounts written
    /// with more than two decimals, outside prices and price discounts.
    static func syntaxValues(_ root: XMLNode, file: String) -> [String: [SourceValue]] {
        var values: [String: [SourceValue]] = [:]
        var trail: [String] = []
        visit(root.element, parent: nil, trail: &trail, insidePriceAdjustment: false, file: file, into: &values)
        return values
    }

    /// `trail` contains the local names from the root down to `element`'s parent. The path string
    /// is only written for an element that gives a value.
    private static func visit(
        _ element: XMLElement, parent: XMLElement?, trail: inout [String], insidePriceAdjustment: Bool, file: String,
        into values: inout [String: [SourceValue]]
    ) {
        let name = element.localName
        trail.append(name)
        defer { trail.removeLast() }
        var location: SourceLocation {
            SourceLocation(file: file, line: element.line, element: "/" + trail.joined(separator: "/"))
        }
        for place in syntaxPlaces where place.element == name && (place.parent == nil || place.parent == parent?.localName) {
            let value = place.attribute.map { element.attribute($0) } ?? element.text
            guard let value else { continue }
            values[place.rule, default: []].append(SourceValue(value: value, location: location))
        }
        if currencyAmounts.contains(name), let currency = element.attribute("currencyID") {
            values["BR-CL-03", default: []].append(SourceValue(value: currency, location: location))
        }
        if name.hasSuffix("Amount"), !name.hasSuffix("PriceAmount"), !insidePriceAdjustment {
            let text = element.text.trimmingSpaces
            if let point = text.firstIndex(of: "."), text[text.index(after: point)...].count > 2 {
                values["UBL-DT-01", default: []].append(SourceValue(value: text, location: location))
            }
        }
        let isPriceAdjustment = insidePriceAdjustment || (name == "AllowanceCharge" && parent?.localName == "Price")
        for child in element.children {
            visit(
                child, parent: element, trail: &trail, insidePriceAdjustment: isPriceAdjustment, file: file,
                into: &values)
        }
    }
}
