import InvoiceModel

extension FECRules {
    /// Returns the French and English message of one fault.
    static func message(_ fault: FECFault) -> LocalizedText {
        switch fault.kind {
        case .headerName(let position, let found, let expected):
            LocalizedText(
                fr: "le champ \(position) de l'en-tête s'écrit '\(found)' au lieu de '\(expected)' : écrivez le nom exact fixé par l'article A47 A-1 du LPF",
                en: "header field \(position) is spelt '\(found)' instead of '\(expected)': write the exact name set by LPF art. A47 A-1")
        case .headerNameMissing(let position, let expected):
            LocalizedText(
                fr: "l'en-tête n'a pas le champ '\(expected)', attendu en position \(position) : ajoutez-le à sa place dans l'ordre réglementaire",
                en: "the header lacks the field '\(expected)', expected at position \(position): add it in its place in the regulatory order")
        case .headerMisplaced(let name, let position, let expectedPosition):
            LocalizedText(
                fr: "le champ '\(name)' de l'en-tête est en position \(position) au lieu de \(expectedPosition) : écrivez les 18 champs dans l'ordre réglementaire",
                en: "header field '\(name)' is at position \(position) instead of \(expectedPosition): write the 18 fields in the regulatory order")
        case .fieldCount(let found, let expected):
            LocalizedText(
                fr: "ligne de \(found) champs alors que l'en-tête en a \(expected) : écrivez chaque champ de l'en-tête sur chaque ligne, même vide",
                en: "line has \(found) fields but the header has \(expected): write every header field on every line, empty ones included")
        case .dateFormat(let column, let text):
            LocalizedText(
                fr: "date '\(text)' de la colonne \(column) pas au format AAAAMMJJ : écrivez-la '\(compact(text))'",
                en: "date '\(text)' in column \(column) is not written YYYYMMDD: write it '\(compact(text))'")
        case .invalidDate(let column, let text) where text.isEmpty:
            LocalizedText(
                fr: "colonne \(column) vide : le FEC exige cette date sur chaque ligne, au format AAAAMMJJ",
                en: "column \(column) is empty: the FEC requires this date on every line, written YYYYMMDD")
        case .invalidDate(let column, let text):
            LocalizedText(
                fr: "date '\(text)' invalide dans la colonne \(column) : écrivez une date réelle au format AAAAMMJJ",
                en: "invalid date '\(text)' in column \(column): write a real date as YYYYMMDD")
        case .decimalPoint(let column, let text):
            LocalizedText(
                fr: "montant '\(text)' de la colonne \(column) avec un point décimal : écrivez-le avec une virgule, '\(comma(text))'",
                en: "amount '\(text)' in column \(column) has a decimal point: write it with a decimal comma, '\(comma(text))'")
        case .invalidAmount(let column, let text):
            LocalizedText(
                fr: "montant '\(text)' invalide dans la colonne \(column) : écrivez des chiffres avec une virgule décimale, sans séparateur de milliers, par exemple 1250,00",
                en: "invalid amount '\(text)' in column \(column): write digits with a decimal comma and no thousands separator, for example 1250,00")
        case .unbalanced(let entry, let debits, let credits):
            LocalizedText(
                fr: "écriture '\(entry)' déséquilibrée : débits \(comma(debits.description)), crédits \(comma(credits.description)) ; corrigez l'écriture dans la comptabilité puis exportez à nouveau le FEC",
                en: "entry '\(entry)' is unbalanced: debits \(debits), credits \(credits); correct the entry in the accounts, then export the FEC again")
        case .debitAndCredit(let debit, let credit):
            LocalizedText(
                fr: "ligne au débit '\(comma(debit.description))' et au crédit '\(comma(credit.description))' : une ligne porte un seul sens, séparez-la en deux lignes",
                en: "line has both a debit '\(debit)' and a credit '\(credit)': a line has one side only, split it into two lines")
        case .noAmount:
            LocalizedText(
                fr: "ligne sans débit ni crédit : une ligne porte un montant d'un seul côté ; renseignez-le ou retirez la ligne",
                en: "line has neither a debit nor a credit: a line has an amount on one side; fill it in or remove the line")
        case .invalidDirection(let text) where text.isEmpty:
            LocalizedText(
                fr: "Sens vide alors que la ligne a un montant : la ligne n'a pas de sens ; écrivez D ou +1 pour un débit, C ou -1 pour un crédit",
                en: "Sens is empty although the line has an amount: the line has no side; write D or +1 for a debit, C or -1 for a credit")
        case .invalidDirection(let text):
            LocalizedText(
                fr: "Sens '\(text)' n'est ni D, ni C, ni +1, ni -1 : la ligne n'a pas de sens ; écrivez D ou +1 pour un débit, C ou -1 pour un crédit",
                en: "Sens '\(text)' is not D, C, +1 or -1: the line has no side; write D or +1 for a debit, C or -1 for a credit")
        case .numberGap(let journal, let previous, let next):
            LocalizedText(
                fr: "les numéros d'écriture du journal '\(journal)' sautent de '\(previous)' à '\(next)' : le FEC numérote les écritures de chaque journal sans rupture ; justifiez ou comblez le saut",
                en: "entry numbers of journal '\(journal)' jump from '\(previous)' to '\(next)': a FEC numbers each journal's entries without a break; justify or fill the gap")
        case .fileNumberGap(let previous, let next, let missing):
            LocalizedText(
                fr: "les numéros d'écriture, communs à tous les journaux, sautent de '\(previous)' à '\(next)' (\(LocalizedText.countFR(missing, "numéro manquant", "numéros manquants"))) : le FEC numérote les écritures sans rupture ; justifiez ou comblez le saut",
                en: "entry numbers, shared by all journals, jump from '\(previous)' to '\(next)' (\(missing) number\(missing > 1 ? "s" : "") missing): a FEC numbers its entries without a break; justify or fill the gap")
        case .numberBackwards(let journal, let previous, let number):
            LocalizedText(
                fr: "l'écriture '\(number)' du journal '\(journal)' vient après l'écriture '\(previous)' : numérotez les écritures par ordre croissant de validation",
                en: "entry '\(number)' of journal '\(journal)' comes after entry '\(previous)': number entries in increasing order as they are validated")
        case .validationBackwards(let journal, let number, let date, let previous, let previousDate):
            LocalizedText(
                fr: "l'écriture '\(number)' du journal '\(journal)' est validée le \(date), avant l'écriture '\(previous)' validée le \(previousDate) : numérotez les écritures dans l'ordre de leur validation",
                en: "entry '\(number)' of journal '\(journal)' is validated on \(date), before entry '\(previous)' validated on \(previousDate): number entries in the order of their validation")
        case .accountNumber(let number):
            LocalizedText(
                fr: "numéro de compte '\(number)' sans trois chiffres en tête : utilisez un compte du plan comptable général, par exemple 411000",
                en: "account number '\(number)' does not start with three digits: use an account of the French chart of accounts (PCG), such as 411000")
        case .fileName(let name):
            LocalizedText(
                fr: "nom de fichier '\(name)' hors du modèle <SIREN>FEC<AAAAMMJJ> : nommez le FEC avec le SIREN de l'entreprise et la date de clôture de l'exercice, le vendeur reste sinon inconnu",
                en: "file name '\(name)' does not follow <SIREN>FEC<YYYYMMDD>: name the FEC with the company's SIREN and the closing date of the fiscal year, otherwise the seller stays unknown")
        case .fileNameDate(let name, let date):
            LocalizedText(
                fr: "la date '\(date)' du nom de fichier '\(name)' n'est pas une date réelle : écrivez la date de clôture de l'exercice au format AAAAMMJJ",
                en: "the date '\(date)' in file name '\(name)' is not a real date: write the closing date of the fiscal year as YYYYMMDD")
        case .fileNameExtraText(let name, let expected):
            LocalizedText(
                fr: "le nom de fichier '\(name)' ajoute du texte après <SIREN>FEC<AAAAMMJJ>, comme une copie téléchargée : SIREN et date lus quand même ; renommez le fichier '\(expected)'",
                en: "file name '\(name)' adds text after <SIREN>FEC<YYYYMMDD>, as a downloaded copy does: SIREN and date read anyway; rename the file '\(expected)'")
        case .invalidSIREN(let siren):
            LocalizedText(
                fr: "SIREN '\(siren)' du nom de fichier invalide (clé de Luhn) : vendeur laissé inconnu ; nommez le fichier avec le SIREN de l'entreprise",
                en: "SIREN '\(siren)' in the file name is invalid (Luhn check): seller left unknown; name the file with the company's SIREN")
        case .separator(let separator):
            LocalizedText(
                fr: "champs séparés par '\(separator)' : le FEC sépare ses champs par une tabulation ou par '|' ; exportez-le de nouveau avec l'un de ces séparateurs",
                en: "fields separated by '\(separator)': a FEC separates its fields with a tab or '|'; export it again with one of these separators")
        case .emptyMandatoryFields(let entry, let fields):
            mandatoryFieldsMessage(entry: entry, fields: fields)
        case .more(let count, let lastLine):
            LocalizedText(
                fr: "\(LocalizedText.countFR(count, "autre défaut", "autres défauts")) de cette règle, le dernier à la ligne \(lastLine) : seuls les \(FECFault.limitPerCheck) premiers sont listés",
                en: "\(count) more fault\(count > 1 ? "s" : "") of this rule, the last at line \(lastLine): only the first \(FECFault.limitPerCheck) are listed")
        }
    }

    /// Returns the message of an entry with empty mandatory fields, with the meaning of an empty ValidDate.
    private static func mandatoryFieldsMessage(entry: String, fields: [String]) -> LocalizedText {
        let several = fields.count > 1
        let listFR = fields.count > 1 ? fields.dropLast().joined(separator: ", ") + " et " + (fields.last ?? "") : fields.joined()
        let listEN = fields.count > 1 ? fields.dropLast().joined(separator: ", ") + " and " + (fields.last ?? "") : fields.joined()
        let validation = fields.contains("ValidDate")
        let reasonFR = validation ? " (sans ValidDate, l'écriture n'a pas été validée)" : ""
        let reasonEN = validation ? " (without ValidDate, the entry was never validated)" : ""
        return LocalizedText(
            fr: "l'écriture '\(entry)' laisse \(several ? "vides les champs obligatoires" : "vide le champ obligatoire") \(listFR)\(reasonFR) : renseignez-\(several ? "les" : "le") dans la comptabilité puis exportez à nouveau le FEC",
            en: "entry '\(entry)' leaves the mandatory field\(several ? "s" : "") \(listEN) empty\(reasonEN): fill \(several ? "them" : "it") in the accounts, then export the FEC again")
    }

    /// Writes a date read from `text` as `AAAAMMJJ`, or returns `text` when it is not a date.
    private static func compact(_ text: String) -> String {
        guard let date = CivilDate(parsing: text) else { return text }
        return date.description.filter { $0 != "-" }
    }

    /// Replaces the decimal point of an amount with a comma.
    private static func comma(_ text: String) -> String {
        String(text.map { $0 == "." ? "," : $0 })
    }
}
