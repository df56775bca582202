import InvoiceModel

extension Amount {
    /// The value as import messages quote it: `300,00` in French, `300.00` in English.
    var localizedText: LocalizedText {
        LocalizedText(fr: description.replacing(".", with: ","), en: description)
    }
}

extension CivilDate {
    /// The date as import messages quote it: `15/01/2025` in French, `2025-01-15` in English.
    var localizedText: LocalizedText {
        func pad(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return LocalizedText(fr: "\(pad(day))/\(pad(month))/\(year)", en: description)
    }
}
