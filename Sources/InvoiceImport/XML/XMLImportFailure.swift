import InvoiceModel

/// A problem in an XML invoice: one that stops the document from being imported, or a value
/// ignored with a warning.
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
    /// An element whose text is not a plain decimal number (an empty one included) gives `nil` too,
    /// with a warning naming the value and the path.
    func number(_ kind: XMLNumberKind, _ localNames: String...) -> Amount? {
        child(at: localNames[...])?.numberValue(kind)
    }

    /// Reads the element's own text as a number, or warns and returns `nil` when it is not one.
    func numberValue(_ kind: XMLNumberKind) -> Amount? {
        let text = element.text.trimmingSpaces
        if let value = XMLValues.decimal(text) { return value }
        let digits = text.drop { $0 == "-" || $0 == "+" }
        let isPlainDecimal =
            digits.contains { $0 >= "0" && $0 <= "9" } && digits.allSatisfy { ($0 >= "0" && $0 <= "9") || $0 == "." } && digits.count { $0 == "." } <= 1
        let expected =
            isPlainDecimal
            ? LocalizedText(
                fr: "plus de 38 chiffres, décimales comprises : vérifiez la valeur",
                en: "more than 38 digits, decimals included: check the value")
            : LocalizedText(fr: "écrivez des chiffres avec un point décimal", en: "write digits with a decimal point")
        notes.ignore(self, value: text, what: (kind.french, kind.english), expected: expected)
        return nil
    }

    /// Reads the date at `localNames`, returning `nil` when the element is absent.
    ///
    /// An element that does not hold an existing date gives `nil` too, with a warning.
    func date(_ syntax: XMLDateSyntax, _ localNames: String...) -> CivilDate? {
        child(at: localNames[...])?.dateValue(syntax)
    }

    /// Reads the element's own text as a date, or warns and returns `nil` when it is not one.
    func dateValue(_ syntax: XMLDateSyntax) -> CivilDate? {
        let text = element.text.trimmingSpaces
        if let date = XMLValues.date(text, syntax) { return date }
        let (french, english) =
            switch syntax {
            case .iso: ("aaaa-mm-jj", "yyyy-mm-dd")
            case .format102: ("102 aaaammjj", "102 yyyymmdd")
            }
        notes.ignore(
            self, value: text, what: ("date", "date"),
            expected: LocalizedText(
                fr: "écrivez une date existante au format \(french)", en: "write an existing date in format \(english)"))
        return nil
    }
}
