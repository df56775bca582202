import InvoiceModel

/// A value in an XML invoice that stops the document from being imported.
struct XMLImportFailure: Error {
    /// The element path in local names, such as `/Invoice/LegalMonetaryTotal/PayableAmount`.
    var element: String?
    var line: Int?
    var reason: LocalizedText

    func rejection(file: String) -> Rejection {
        Rejection(location: SourceLocation(file: file, line: line, element: element), reason: reason)
    }
}

/// The kind of number being read, which names it in messages.
enum XMLNumberKind {
    case amount
    case quantity
    case price
    case rate

    var french: String {
        switch self {
        case .amount: "montant"
        case .quantity: "quantité"
        case .price: "prix"
        case .rate: "taux"
        }
    }

    var english: String {
        switch self {
        case .amount: "amount"
        case .quantity: "quantity"
        case .price: "price"
        case .rate: "rate"
        }
    }
}

/// How a syntax writes its dates, which decides the format named in messages.
enum XMLDateSyntax {
    /// UBL: `yyyy-mm-dd`.
    case iso
    /// CII: UNTDID 2379 format 102, `yyyymmdd`.
    case format102
}

extension XMLNode {
    /// Reads the number at `localNames`, returning `nil` when the element is absent.
    ///
    /// - Throws: ``XMLImportFailure`` when the element is present but its text is not a plain
    ///   decimal number (an empty element included), naming the value and the path.
    func number(_ kind: XMLNumberKind, _ localNames: String...) throws(XMLImportFailure) -> Amount? {
        guard let node = child(at: localNames[...]) else { return nil }
        return try node.numberValue(kind)
    }

    /// Reads the element's own text as a number.
    func numberValue(_ kind: XMLNumberKind) throws(XMLImportFailure) -> Amount {
        let text = element.text.trimmingSpaces
        if let value = XMLValues.decimal(text) { return value }
        throw XMLImportFailure(
            element: path, line: line,
            reason: LocalizedText(
                fr: "\(kind.french) invalide '\(text)' dans \(relativePath) : attendu des chiffres avec un point décimal",
                en: "invalid \(kind.english) '\(text)' in \(relativePath): expected digits with a decimal point"))
    }

    /// Reads the date at `localNames`, returning `nil` when the element is absent.
    ///
    /// - Throws: ``XMLImportFailure`` when the element is present but does not hold an existing date.
    func date(_ syntax: XMLDateSyntax, _ localNames: String...) throws(XMLImportFailure) -> CivilDate? {
        guard let node = child(at: localNames[...]) else { return nil }
        return try node.dateValue(syntax)
    }

    /// Reads the element's own text as a date.
    func dateValue(_ syntax: XMLDateSyntax) throws(XMLImportFailure) -> CivilDate {
        let text = element.text.trimmingSpaces
        if let date = XMLValues.date(text, syntax) { return date }
        let (french, english) =
            switch syntax {
            case .iso: ("aaaa-mm-jj", "yyyy-mm-dd")
            case .format102: ("102 aaaammjj", "102 yyyymmdd")
            }
        throw XMLImportFailure(
            element: path, line: line,
            reason: LocalizedText(
                fr: "date invalide '\(text)' dans \(relativePath) : attendu une date existante au format \(french)",
                en: "invalid date '\(text)' in \(relativePath): expected an existing date in format \(english)"))
    }
}
