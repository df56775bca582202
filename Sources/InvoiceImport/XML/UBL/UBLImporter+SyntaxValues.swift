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
    ///
    /// Puts the values of streamed lines, taken from each line when it closed
    /// (``streamedValues(file:)``), back in document order among the header's values.
    static func syntaxValues(_ root: XMLNode, file: String, stream: XMLLineStream? = nil) -> [String: [SourceValue]] {
        var walk = SyntaxValueWalk(paths: SyntaxValuePaths(file: file))
        var trail: [String] = []
        visit(root.element, parentName: nil, trail: &trail, insidePriceAdjustment: false, walk: &walk)
        guard let stream else { return walk.values.mapValues { $0.map(\.value) } }
        var (values, lineIndices) = stream.takeSyntaxValues()
        for (rule, found) in walk.values {
            let streamed = values.removeValue(forKey: rule) ?? []
            let indices = lineIndices[rule] ?? []
            var merged: [SourceValue] = []
            merged.reserveCapacity(streamed.count + found.count)
            var next = 0
            for (linesBefore, value) in found {
                while next < streamed.count && indices[next] < linesBefore {
                    merged.append(streamed[next])
                    next += 1
                }
                merged.append(value)
            }
            merged += streamed[next...]
            values[rule] = merged
        }
        return values
    }

    /// Returns the function that an ``XMLLineStream`` calls on each line to take its syntax-wide
    /// values, with the same paths as ``syntaxValues(_:file:stream:)``.
    static func streamedValues(file: String) -> (XMLElement, String, [String]) -> [(rule: String, value: SourceValue)] {
        let paths = SyntaxValuePaths(file: file)
        return { element, parentName, trail in
            var walk = SyntaxValueWalk(paths: paths)
            var trail = trail
            visit(element, parentName: parentName, trail: &trail, insidePriceAdjustment: false, walk: &walk)
            return walk.values.flatMap { rule, found in found.map { (rule, $0.value) } }
        }
    }

    /// `trail` contains the local names from the root down to `element`'s parent. The path string
    /// is only written for an element that gives a value.
    private static func visit(
        _ element: XMLElement, parentName: String?, trail: inout [String], insidePriceAdjustment: Bool,
        walk: inout SyntaxValueWalk
    ) {
        if element.streamedIndex != nil {
            walk.linesBefore += 1
            return
        }
        let name = element.localName
        trail.append(name)
        defer { trail.removeLast() }
        for place in syntaxPlaces where place.element == name && (place.parent == nil || place.parent == parentName) {
            let value = place.attribute.map { element.attribute($0) } ?? element.text
            guard let value else { continue }
            walk.record(place.rule, value, element: element, trail: trail)
        }
        if currencyAmounts.contains(name), let currency = element.attribute("currencyID") {
            walk.record("BR-CL-03", currency, element: element, trail: trail)
        }
        if name.hasSuffix("Amount"), !name.hasSuffix("PriceAmount"), !insidePriceAdjustment {
            let text = element.text.trimmingSpaces
            if let point = text.firstIndex(of: "."), text[text.index(after: point)...].count > 2 {
                walk.record("UBL-DT-01", text, element: element, trail: trail)
            }
        }
        let isPriceAdjustment = insidePriceAdjustment || (name == "AllowanceCharge" && parentName == "Price")
        for child in element.children {
            visit(child, parentName: name, trail: &trail, insidePriceAdjustment: isPriceAdjustment, walk: &walk)
        }
    }
}

/// The values found by one walk, by rule, each with the number of streamed lines before it.
private struct SyntaxValueWalk {
    let paths: SyntaxValuePaths
    var values: [String: [(linesBefore: Int, value: SourceValue)]] = [:]
    var linesBefore = 0

    mutating func record(_ rule: String, _ value: String, element: XMLElement, trail: [String]) {
        let location = SourceLocation(file: paths.file, line: element.line, element: paths.path(trail))
        values[rule, default: []].append((linesBefore, SourceValue(value: value, location: location)))
    }
}

/// Writes each element path once: the 100,000 lines of a large invoice share a few paths such
/// as `/Invoice/InvoiceLine/InvoicedQuantity`, and each value keeps the same string.
private final class SyntaxValuePaths {
    let file: String
    private var written: [String: String] = [:]

    init(file: String) {
        self.file = file
    }

    func path(_ trail: [String]) -> String {
        let path = "/" + trail.joined(separator: "/")
        if let shared = written[path] { return shared }
        written[path] = path
        return path
    }
}
