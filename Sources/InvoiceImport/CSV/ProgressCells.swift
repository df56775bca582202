import InvoiceModel

/// Reads the order, quote and progress-billing values of one CSV row or JSON record.
///
/// The order column gives BT-13 and the quote column BT-14. A row with an order total, a
/// situation number, a progress percentage or a cumulative amount, or whose type is a progress
/// invoice (``CSVVocabulary/isProgressInvoice(_:dolibarrCode:)``), is a partial or progress
/// invoice: its ``ProgressBilling`` names the order (else the quote) it bills part of.
enum ProgressCells {
    /// Fills `document.references` and `document.progress` from the values read.
    static func apply(
        to document: inout Document, order: String?, quote: String?, orderTotal: Amount?, situation: Int?,
        percent: Amount?, cumulative: Amount?, isProgressInvoice: Bool = false, orderTotalHeader: String? = nil
    ) {
        if let order { document.references.purchaseOrder = order }
        if let quote { document.references.salesOrder = quote }
        let progress = ProgressBilling(
            orderReference: nil, orderTotal: orderTotal, cumulativePercent: percent, cumulativeAmount: cumulative,
            situationNumber: situation,
            orderTotalIncludesVAT: orderTotal == nil ? nil : orderTotalHeader.flatMap(includesVAT(header:)))
        guard !progress.isEmpty || isProgressInvoice else { return }
        document.progress = progress
        document.progress?.orderReference = order ?? quote
    }

    /// Returns `true` when the name of an order-total column or key marks its amount as with VAT
    /// (`TTC`, `incl. VAT`), `false` when it marks it as without (`HT`, `excl. VAT`, `net`), else `nil`.
    static func includesVAT(header: String) -> Bool? {
        let words = " " + CSVColumnRecognition.normalise(header) + " "
        let without = [" ht ", " hors taxe", " excl", " excluding ", " net ", " without vat ", " sans tva "]
        let with = [" ttc ", " toutes taxes", " incl", " including ", " with vat ", " gross "]
        if without.contains(where: words.contains) { return false }
        if with.contains(where: words.contains) { return true }
        return nil
    }

    /// Reads a situation number: `3`, `03`, `n° 3`, `Situation 3`, `S3` or `#3` give 3.
    /// Returns `nil` for any other text, such as `3.5` or `trois`.
    static func situationNumber(_ text: String) -> Int? {
        var rest = Substring(text.trimmingSpaces)
        for prefix in ["situation", "sit.", "n°", "no.", "no", "nº", "s", "#"] {
            if rest.lowercased().hasPrefix(prefix) {
                rest = rest.dropFirst(prefix.count).drop { $0 == " " || $0 == "." }
                break
            }
        }
        rest = rest.drop { $0 == " " }
        if rest.lowercased().hasPrefix("n°") { rest = rest.dropFirst(2).drop { $0 == " " } }
        guard !rest.isEmpty, rest.count <= 6, rest.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(rest)
    }

    /// Returns the message for a situation-number cell of a CSV export that is not a whole number.
    static func unreadableSituationNumber(_ value: String, column: String) -> LocalizedText {
        unreadableSituationNumber(value, placeFR: "dans la colonne '\(column)'", placeEN: "in column '\(column)'")
    }

    /// Returns the message for a situation-number value of a JSON record that is not a whole number.
    static func unreadableSituationNumber(_ value: String, path: String) -> LocalizedText {
        unreadableSituationNumber(value, placeFR: "à '\(path)'", placeEN: "at '\(path)'")
    }

    private static func unreadableSituationNumber(_ value: String, placeFR: String, placeEN: String) -> LocalizedText {
        LocalizedText(
            fr: "numéro de situation illisible '\(value)' \(placeFR) : écrivez le rang de la situation dans sa commande, un nombre entier comme 3",
            en: "unreadable situation number '\(value)' \(placeEN): write the situation's rank within its order, a whole number such as 3")
    }
}
