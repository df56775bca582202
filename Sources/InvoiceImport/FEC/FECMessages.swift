import InvoiceModel

/// The French and English messages of the FEC importer.
enum FECMessages {
    static func invalidDate(_ text: String, header: String, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "date '\(text)' invalide dans la colonne \(header) à la ligne \(line) : écrivez une date réelle au format AAAAMMJJ",
            en: "invalid date '\(text)' in column \(header) at line \(line): write a real date as YYYYMMDD")
    }

    static func missingValue(_ header: String, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "colonne \(header) vide à la ligne \(line) : le FEC exige cette valeur sur chaque ligne",
            en: "column \(header) is empty at line \(line): the FEC requires this value on every line")
    }

    static func invalidAmount(_ text: String, header: String, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "montant '\(text)' invalide dans la colonne \(header) à la ligne \(line) : écrivez un nombre à virgule décimale sans séparateur de milliers, par exemple 1250,00",
            en: "invalid amount '\(text)' in column \(header) at line \(line): write a number with a decimal comma and no thousands separator, for example 1250,00")
    }

    static func invalidDirection(_ text: String, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "sens '\(text)' invalide dans la colonne Sens à la ligne \(line) : écrivez D, C, +1 ou -1",
            en: "invalid direction '\(text)' in column Sens at line \(line): write D, C, +1 or -1")
    }

    /// The rejection of an entry for its first unreadable value; `others` counts the entry's
    /// other unreadable values, which the FR-FEC rules do not repeat.
    /// Returns the warning for a sales entry and the later entry that reverses it, both left out.
    static func reversal(_ pair: FECReversals.Pair) -> LocalizedText {
        LocalizedText(
            fr: "l'écriture \(pair.reversal) (ligne \(pair.reversalLine)) extourne l'écriture \(pair.original) (ligne \(pair.originalLine)) de la pièce \(pair.pieceReference) : mêmes comptes et montants, débit et crédit inversés ; les deux sont laissées de côté et la pièce est lue dans ses autres écritures",
            en: "entry \(pair.reversal) (line \(pair.reversalLine)) reverses entry \(pair.original) (line \(pair.originalLine)) of piece \(pair.pieceReference): same accounts and amounts, debit and credit swapped; both are left out and the piece is read from its other entries")
    }

    static func entryRejected(_ key: FECEntryKey, _ problem: LocalizedText, others: Int = 0) -> LocalizedText {
        var moreFR = ""
        var moreEN = ""
        if others == 1 {
            moreFR = " (et 1 autre valeur illisible dans l'écriture)"
            moreEN = " (and 1 more unreadable value in this entry)"
        } else if others > 1 {
            moreFR = " (et \(others) autres valeurs illisibles dans l'écriture)"
            moreEN = " (and \(others) more unreadable values in this entry)"
        }
        return LocalizedText(
            fr: "écriture '\(key)' rejetée : \(problem.fr)\(moreFR)", en: "entry '\(key)' rejected: \(problem.en)\(moreEN)")
    }

    static func unbalanced(_ key: FECEntryKey, debits: Amount, credits: Amount) -> LocalizedText {
        LocalizedText(
            fr: "écriture '\(key)' déséquilibrée : débits \(french(debits)), crédits \(french(credits)) ; corrigez l'écriture dans la comptabilité puis exportez à nouveau le FEC",
            en: "entry '\(key)' is unbalanced: debits \(debits), credits \(credits); correct the entry in the accounts, then export the FEC again")
    }

    static func missingPieceReference(_ key: FECEntryKey) -> LocalizedText {
        LocalizedText(
            fr: "écriture de vente '\(key)' sans PieceRef : le numéro de la facture manque, renseignez-le dans la comptabilité",
            en: "sales entry '\(key)' has no PieceRef: the invoice number is missing, fill it in the accounts")
    }

    static func pieceReferenceChanges(
        _ key: FECEntryKey, first: String, firstLine: Int, other: String, otherLine: Int
    ) -> LocalizedText {
        LocalizedText(
            fr: "écriture '\(key)' avec deux PieceRef, '\(first)' à la ligne \(firstLine) et '\(other)' à la ligne \(otherLine) : une écriture de vente enregistre une seule facture, séparez-les en deux écritures",
            en: "entry '\(key)' has two PieceRef values, '\(first)' at line \(firstLine) and '\(other)' at line \(otherLine): a sales entry records one invoice, split it into two entries")
    }

    static func noCustomerLine(_ key: FECEntryKey) -> LocalizedText {
        LocalizedText(
            fr: "écriture '\(key)' d'un journal de ventes sans ligne client (compte 411) : le client et le total TTC manquent ; retirez ce journal de fec.salesJournals s'il ne contient pas de factures",
            en: "entry '\(key)' of a sales journal has no customer line (account 411): the customer and the total with VAT are missing; remove this journal from fec.salesJournals if it holds no invoices")
    }

    static func severalCustomers(_ key: FECEntryKey, first: String, other: String) -> LocalizedText {
        LocalizedText(
            fr: "écriture '\(key)' avec deux clients, '\(first)' et '\(other)' : une facture n'a qu'un acheteur, séparez l'écriture",
            en: "entry '\(key)' has two customers, '\(first)' and '\(other)': an invoice has one buyer, split the entry")
    }

    static func missingCurrencyAmount(_ key: FECEntryKey, currency: String) -> LocalizedText {
        LocalizedText(
            fr: "écriture '\(key)' en devise '\(currency)' sans Montantdevise sur cette ligne : renseignez le montant en devise des lignes client, produit et TVA",
            en: "entry '\(key)' in currency '\(currency)' has no Montantdevise on this line: fill in the currency amount of the customer, revenue and VAT lines")
    }

    static func severalCurrencies(_ key: FECEntryKey, first: String, other: String) -> LocalizedText {
        LocalizedText(
            fr: "écriture '\(key)' en deux devises, '\(first)' et '\(other)' : une facture n'a qu'une devise",
            en: "entry '\(key)' uses two currencies, '\(first)' and '\(other)': an invoice has one currency")
    }

    static func fieldCount(found: Int, expected: Int, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "ligne \(line) de \(found) champs alors que l'en-tête en a \(expected) : un séparateur manque ou figure dans un libellé ; corrigez l'export",
            en: "line \(line) has \(found) fields but the header has \(expected): a separator is missing or appears inside a label; correct the export")
    }

    static func missingEntryKey(line: Int) -> LocalizedText {
        LocalizedText(
            fr: "ligne \(line) sans JournalCode ou EcritureNum : impossible de la rattacher à une écriture ; corrigez l'export",
            en: "line \(line) has no JournalCode or EcritureNum, so it belongs to no entry; correct the export")
    }

    static func skippedJournal(
        code: String, label: String, entries: Int, lines: Int, firstLine: Int, configured: Bool
    ) -> LocalizedText {
        let named = label.isEmpty ? "'\(code)'" : "'\(code)' (\(label))"
        let entriesFR = entries > 1 ? "\(entries) écritures ignorées" : "1 écriture ignorée"
        let entriesEN = entries > 1 ? "\(entries) entries skipped" : "1 entry skipped"
        let linesFR = lines > 1 ? "\(lines) lignes" : "1 ligne"
        let linesEN = lines > 1 ? "\(lines) lines" : "1 line"
        if configured {
            return LocalizedText(
                fr: "journal \(named) : \(entriesFR) (\(linesFR), dès la ligne \(firstLine)), absent de fec.salesJournals ; ajoutez-le s'il contient des factures",
                en: "journal \(named): \(entriesEN) (\(linesEN), from line \(firstLine)), not listed in fec.salesJournals; add it if it holds invoices")
        }
        return LocalizedText(
            fr: "journal \(named) : \(entriesFR) (\(linesFR), dès la ligne \(firstLine)), sans ligne client 411 avec produit 70 ou TVA collectée 4457 ; listez les journaux de ventes dans fec.salesJournals si ce n'est pas le cas",
            en: "journal \(named): \(entriesEN) (\(linesEN), from line \(firstLine)) without a customer line 411 with revenue 70 or output VAT 4457; list the sales journals in fec.salesJournals if this is wrong")
    }

    static func notValidated(_ count: Int, firstLine: Int) -> LocalizedText {
        LocalizedText(
            fr: "\(LocalizedText.countFR(count, "écriture", "écritures")) de vente sans ValidDate, la première à la ligne \(firstLine) : le FEC ne doit contenir que des écritures validées ; validez-les dans la comptabilité puis exportez à nouveau",
            en: "\(count) sales entr\(count > 1 ? "ies" : "y") without ValidDate, the first at line \(firstLine): a FEC must hold validated entries only; validate them in the accounts, then export again")
    }

    static func otherAccounts(_ count: Int, account: String, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "\(LocalizedText.countFR(count, "écriture", "écritures")) de vente avec des lignes hors comptes 411, 70 et 4457, la première au compte '\(account)' à la ligne \(line) : leurs montants ne comptent dans aucun total, ce qui peut déséquilibrer HT + TVA = TTC",
            en: "\(count) sales entr\(count > 1 ? "ies have" : "y has") lines on accounts other than 411, 70 and 4457, the first on account '\(account)' at line \(line): no total counts their amounts, so total without VAT + VAT may differ from the total with VAT")
    }

    static func creditsNotLinked(_ count: Int) -> LocalizedText {
        LocalizedText(
            fr: "un FEC ne relie pas un avoir à sa facture : \(count == 1 ? "l'avoir du fichier n'est pas rapproché de la facture qu'il corrige" : "les \(LocalizedText.frenchInteger(count)) avoirs du fichier ne sont pas rapprochés des factures qu'ils corrigent") (FR-CORR-03 à 05) ; pour ce contrôle, auditez aussi l'export du logiciel de facturation",
            en: "a FEC does not link a credit note to its invoice: \(count == 1 ? "the file's credit note is not matched with the invoice it corrects" : "the \(count) credit notes of the file are not matched with the invoices they correct") (FR-CORR-03 to 05); for that check, audit the invoicing tool's export too")
    }

    static func unreadableHeader(missing: [String]) -> LocalizedText {
        let names = missing.map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            fr: "FEC illisible : l'en-tête n'a pas le champ \(names), sans lequel les lignes ne se regroupent pas en écritures (voir FR-FEC-01) ; écrivez les 18 champs de l'en-tête du FEC dans l'ordre",
            en: "FEC could not be read: the header lacks the field \(names), without which lines cannot be grouped into entries (see FR-FEC-01); write the 18 fields of the FEC header in order")
    }

    static let noEntries = LocalizedText(
        fr: "FEC sans écriture : le fichier ne contient que la ligne d'en-tête",
        en: "FEC without entries: the file holds only its header line")

    /// Returns the warning for a FEC that is not UTF-8 and was read as Windows-1252, outside the
    /// encodings the regulation allows.
    static let readAsWindows1252 = LocalizedText(
        fr: "FEC lu en Windows-1252 car il n'est pas en UTF-8 valide et contient des octets 0x80 à 0x9F, absents de l'ISO 8859-15 réglementaire : vérifiez les lettres accentuées des libellés, ou fixez fec.encoding",
        en: "FEC read as Windows-1252 because it is not valid UTF-8 and holds bytes 0x80 to 0x9F, which the regulatory ISO 8859-15 lacks: check the accented letters of the labels, or set fec.encoding")

    private static func french(_ amount: Amount) -> String {
        String(amount.description.map { $0 == "." ? "," : $0 })
    }
}
