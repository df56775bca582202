import InvoiceModel

/// The messages of `export --to fec` for a document left out of the FEC.
enum FECExportMessages {
    static let noNumber = LocalizedText(
        fr: "document sans numéro laissé hors du FEC : une écriture porte le numéro de facture en PieceRef ; numérotez la facture avant de l'exporter",
        en: "document without a number left out of the FEC: an entry carries the invoice number as PieceRef; number the invoice before exporting it")

    static func draft(_ number: String) -> LocalizedText {
        let named = number.isEmpty ? "" : " '\(number)'"
        return LocalizedText(
            fr: "brouillon\(named) laissé hors du FEC : un FEC ne contient que des écritures validées ; émettez la facture puis exportez-la de nouveau",
            en: "draft\(named) left out of the FEC: a FEC holds validated entries only; issue the invoice, then export it again")
    }

    static func separatorInNumber(_ number: String, _ character: Unicode.Scalar) -> LocalizedText {
        var characterEN = "a line break"
        var characterFR = "un saut de ligne"
        var effectEN = "which would split the line"
        var effectFR = "qui couperait la ligne"
        if character == "|" {
            characterEN = "'|'"
            characterFR = "'|'"
        } else if character == "\t" {
            characterEN = "a tab"
            characterFR = "une tabulation"
        } else if !["\r", "\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"].contains(character) {
            let hex = String(character.value, radix: 16, uppercase: true)
            let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            characterEN = "a control character (\(code))"
            characterFR = "un caractère de contrôle (\(code))"
            effectEN = "which a FEC cannot hold"
            effectFR = "qu'un FEC ne peut pas contenir"
        }
        // Control characters would break the message's line too; the separator is shown as is.
        let escaped = String(String.UnicodeScalarView(number.unicodeScalars.map { $0 != "|" && FECWriter.cannotBeWritten($0) ? " " : $0 }))
        return LocalizedText(
            fr: "document '\(escaped)' laissé hors du FEC : son numéro contient \(characterFR), \(effectFR), et PieceRef doit être le numéro tel qu'émis ; passez cette écriture dans la comptabilité",
            en: "document '\(escaped)' left out of the FEC: its number contains \(characterEN), \(effectEN), and PieceRef must be the number as issued; post this entry in the accounts")
    }

    static func noIssueDate(_ number: String) -> LocalizedText {
        LocalizedText(
            fr: "document '\(number)' sans date d'émission laissé hors du FEC : l'écriture est datée de la facture ; renseignez sa date",
            en: "document '\(number)' without an issue date left out of the FEC: the entry is dated by the invoice; fill in its date")
    }

    static func foreignCurrency(_ number: String, _ currency: String) -> LocalizedText {
        LocalizedText(
            fr: "document '\(number)' en devise '\(currency)' laissé hors du FEC : un FEC se tient en euros et le document ne donne pas de cours de change ; passez l'écriture dans la comptabilité",
            en: "document '\(number)' in currency '\(currency)' left out of the FEC: a FEC is kept in euros and the document gives no exchange rate; post the entry in the accounts")
    }

    static func missingTotals(_ number: String) -> LocalizedText {
        LocalizedText(
            fr: "document '\(number)' sans total HT ou sans TVA laissé hors du FEC : l'écriture ne peut pas s'équilibrer ; exportez les totaux du document",
            en: "document '\(number)' without a total without VAT or a VAT total left out of the FEC: its entry cannot balance; export the document's totals")
    }

    static func unbalanced(_ number: String, gross: Amount, net: Amount, vat: Amount) -> LocalizedText {
        LocalizedText(
            fr: "document '\(number)' laissé hors du FEC : son total TTC \(comma(gross)) diffère du total HT \(comma(net)) + TVA \(comma(vat)), son écriture serait déséquilibrée ; corrigez le document",
            en: "document '\(number)' left out of the FEC: its total with VAT \(gross) differs from total without VAT \(net) + VAT \(vat), so its entry would not balance; correct the document")
    }

    static func zeroTotals(_ number: String) -> LocalizedText {
        LocalizedText(
            fr: "document '\(number)' à montants nuls laissé hors du FEC : une écriture sans montant n'a pas de ligne",
            en: "document '\(number)' with zero amounts left out of the FEC: an entry without amounts has no line")
    }

    private static func comma(_ amount: Amount) -> String {
        String(amount.description.map { $0 == "." ? "," : $0 })
    }
}
