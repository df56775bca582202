import InvoiceModel

/// The French and English messages of the JSON invoice-records importer.
enum JSONRecordMessages {
    static func noOriginalInvoiceKey(credits: Int) -> LocalizedText {
        LocalizedText(
            fr: "aucune clé de facture d'origine : \(credits == 1 ? "l'avoir du fichier ne peut pas être rapproché de la facture qu'il corrige" : "les \(credits) avoirs du fichier ne peuvent pas être rapprochés des factures qu'ils corrigent") (FR-CORR-03 à 05) ; exportez ce champ ou nommez sa clé dans un fichier de correspondance, par exemple {\"columns\": {\"originalInvoice\": \"related_invoice\"}}",
            en: "no original-invoice key: \(credits == 1 ? "the file's credit note cannot be matched with the invoice it corrects" : "the \(credits) credit notes of the file cannot be matched with the invoices they correct") (FR-CORR-03 to 05); export that field or name its key in a mapping file, for example {\"columns\": {\"originalInvoice\": \"related_invoice\"}}")
    }

    /// Returns a value as the messages quote it: strings without their JSON quotes, shortened.
    static func display(_ value: JSONValue) -> String {
        if case .string(let text) = value { return text.count > 60 ? String(text.prefix(57)) + "…" : text }
        return value.excerpt
    }

    // MARK: Values

    /// The message of an amount that cannot be read. `decimalCommaHint`: the text reads with a
    /// decimal comma, which no mapping file declares. `declaredComma`: the mapping file declares
    /// one, and `pointReads` says the text reads with a decimal point instead.
    static func unreadableAmount(
        _ value: String, path: String, decimalCommaHint: Bool, declaredComma: Bool = false, pointReads: Bool = false
    ) -> LocalizedText {
        if declaredComma, pointReads {
            return LocalizedText(
                fr: "montant illisible '\(value)' à '\(path)' : le fichier de correspondance déclare une virgule décimale ({\"decimalSeparator\": \",\"}), donc les textes sont lus avec une virgule, comme \"1250,50\" ; si les montants du fichier ont un point décimal, retirez decimalSeparator du fichier de correspondance",
                en: "unreadable amount '\(value)' at '\(path)': the mapping file declares a decimal comma ({\"decimalSeparator\": \",\"}), so texts are read with a comma, as in \"1250,50\"; if the file's amounts use a decimal point, remove decimalSeparator from the mapping file")
        }
        if declaredComma {
            return LocalizedText(
                fr: "montant illisible '\(value)' à '\(path)' : attendu un nombre JSON comme 1250.5 ou, comme le fichier de correspondance déclare une virgule décimale, un texte comme \"1250,50\", sans exposant",
                en: "unreadable amount '\(value)' at '\(path)': expected a JSON number such as 1250.5 or, since the mapping file declares a decimal comma, a text such as \"1250,50\", without an exponent")
        }
        if decimalCommaHint {
            return LocalizedText(
                fr: "montant illisible '\(value)' à '\(path)' : les textes sont lus avec un point décimal ; si les montants du fichier ont une virgule décimale, indiquez-le dans un fichier de correspondance : {\"decimalSeparator\": \",\"}",
                en: "unreadable amount '\(value)' at '\(path)': texts are read with a decimal point; if the file's amounts use a decimal comma, say so in a mapping file: {\"decimalSeparator\": \",\"}")
        }
        return LocalizedText(
            fr: "montant illisible '\(value)' à '\(path)' : attendu un nombre JSON comme 1250.5 ou un texte comme \"1250.50\", sans exposant",
            en: "unreadable amount '\(value)' at '\(path)': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent")
    }

    static func unreadableDate(_ value: String, path: String) -> LocalizedText {
        LocalizedText(
            fr: "date illisible '\(value)' à '\(path)' : attendu une date ISO comme \"2025-01-15\" (une heure qui suit est ignorée), \"15/01/2025\", \"/Date(1736899200000)/\", ou des secondes Unix dans une clé qui le dit (created, effective_at, …_at)",
            en: "unreadable date '\(value)' at '\(path)': expected an ISO date such as \"2025-01-15\" (a time after it is ignored), \"15/01/2025\", \"/Date(1736899200000)/\", or Unix seconds in a key that says so (created, effective_at, …_at)")
    }

    static func monthAboveTwelve(_ value: String, path: String) -> LocalizedText {
        LocalizedText(
            fr: "date '\(value)' à '\(path)' illisible jour en premier (mois au-delà de 12) : si le fichier écrit le mois en premier, indiquez-le dans un fichier de correspondance : {\"dateFormat\": \"mm/dd/yyyy\"}",
            en: "date '\(value)' at '\(path)' cannot be read day first (month above 12): if the file writes the month first, say so in a mapping file: {\"dateFormat\": \"mm/dd/yyyy\"}")
    }

    static func unexpectedValue(_ value: String, path: String) -> LocalizedText {
        LocalizedText(
            fr: "valeur inattendue '\(value)' à '\(path)' : attendu un texte ou un nombre ; corrigez l'export, ou nommez la clé à lire pour ce champ dans un fichier de correspondance",
            en: "unexpected value '\(value)' at '\(path)': expected a text or a number; fix the export, or name the key to read for this field in a mapping file")
    }

    static func invalidCompanyIdentifier(_ value: String, path: String) -> LocalizedText {
        LocalizedText(
            fr: "identifiant d'entreprise illisible '\(value)' à '\(path)' : attendu un SIREN (9 chiffres) ou un SIRET (14 chiffres)",
            en: "unreadable company identifier '\(value)' at '\(path)': expected a SIREN (9 digits) or a SIRET (14 digits)")
    }

    static func unknownType(_ value: String, path: String) -> LocalizedText {
        let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
        let example: LocalizedText
        if let (kind, name) = dolibarrKind(value) {
            example = LocalizedText(
                fr: "; dans Dolibarr, le code \(value) désigne \(name.fr) : {\"values\": {\"type\": {\"\(value)\": \"\(kind.rawValue)\"}}}",
                en: "; in Dolibarr, code \(value) means \(name.en): {\"values\": {\"type\": {\"\(value)\": \"\(kind.rawValue)\"}}}")
        } else {
            example = LocalizedText(
                fr: ", par exemple {\"values\": {\"type\": {\"\(value)\": \"NATURE\"}}} où NATURE est l'une de ces valeurs",
                en: ", for example {\"values\": {\"type\": {\"\(value)\": \"KIND\"}}} where KIND is one of these values")
        }
        return LocalizedText(
            fr: "type de document inconnu '\(value)' à '\(path)' : les types reconnus sont des mots comme Facture, Avoir, Acompte, Rectificative, Autofacture, out_invoice ou ACCREC, et les codes UNTDID 1001 comme 380 ; sinon donnez sa nature sous \"values\" › \"type\" dans un fichier de correspondance, parmi \(kinds)\(example.fr)",
            en: "unknown document type '\(value)' at '\(path)': the types read are words such as Invoice, Credit note, Deposit, Corrective, Self-billed, out_invoice or ACCREC, and UNTDID 1001 codes such as 380; otherwise give its kind under \"values\" › \"type\" in a mapping file, one of \(kinds)\(example.en)")
    }

    /// Returns the kind that Dolibarr's numeric `type` code `value` means, with its name.
    private static func dolibarrKind(_ value: String) -> (DocumentKind, LocalizedText)? {
        switch value {
        case "0": (.invoice, LocalizedText(fr: "une facture standard", en: "a standard invoice"))
        case "1": (.corrective, LocalizedText(fr: "une facture de remplacement", en: "a replacement invoice"))
        case "2": (.creditNote, LocalizedText(fr: "un avoir", en: "a credit note"))
        case "3": (.deposit, LocalizedText(fr: "une facture d'acompte", en: "a deposit invoice"))
        default: nil
        }
    }

    // MARK: Records

    static func missingNumber(path: String) -> LocalizedText {
        let whereFR = path.isEmpty ? "l'objet" : "l'enregistrement '\(path)'"
        let whereEN = path.isEmpty ? "the object" : "record '\(path)'"
        return LocalizedText(
            fr: "\(whereFR) n'a pas de numéro de facture et n'est pas un brouillon : exportez le numéro, ou nommez la clé qui le porte dans un fichier de correspondance, par exemple {\"columns\": {\"number\": \"reference\"}}",
            en: "\(whereEN) has no invoice number and is not a draft: export the number, or name the key holding it in a mapping file, for example {\"columns\": {\"number\": \"reference\"}}")
    }

    static func conflictingValues(_ key: String, first: String, firstLine: Int, other: String, line: Int) -> LocalizedText {
        LocalizedText(
            fr: "les enregistrements d'une même facture divergent sur '\(key)' : '\(first)' à la ligne \(firstLine), '\(other)' à la ligne \(line) ; une facture n'a qu'une valeur par champ du document : corrigez l'export, ou donnez un numéro différent à chaque facture",
            en: "the records of one invoice disagree on '\(key)': '\(first)' at line \(firstLine), '\(other)' at line \(line); an invoice has one value per document field: fix the export, or give each invoice its own number")
    }

    static func notAnObject(_ value: String, path: String) -> LocalizedText {
        LocalizedText(
            fr: "valeur '\(value)' à '\(path)' : ce n'est pas un objet, un enregistrement de facture s'écrit {\"number\": …, …} ; corrigez l'export",
            en: "value '\(value)' at '\(path)' is not an object, an invoice record is written {\"number\": …, …}; fix the export")
    }

    /// Adds to the first problem of a record every other problem it has, so all can be fixed at once.
    static func otherProblems(_ problem: LocalizedText, others: [LocalizedText]) -> LocalizedText {
        guard !others.isEmpty else { return problem }
        let count = others.count
        let fr = others.map(\.fr).joined(separator: " ; ")
        let en = others.map(\.en).joined(separator: "; ")
        return LocalizedText(
            fr: "\(problem.fr) (\(LocalizedText.countFR(count, "autre erreur", "autres erreurs")) dans cet enregistrement, non importé : \(fr))",
            en: "\(problem.en) (\(LocalizedText.countEN(count, "other error", "other errors")) in this record, not imported: \(en))")
    }

    // MARK: File

    /// Returns the warning for the first number of a file rounded to 15 significant digits, with the count of the others.
    static func roundedNumber(_ number: JSONRoundedNumber, count: Int) -> LocalizedText {
        let others = count - 1
        let moreFR = others > 0 ? " ; \(LocalizedText.countFR(others, "autre nombre", "autres nombres")) de ce fichier de même" : ""
        let moreEN = others > 0 ? "; \(LocalizedText.countEN(others, "other number", "other numbers")) of this file likewise" : ""
        return LocalizedText(
            fr: "nombre \(number.written) à '\(number.path)' lu \(String(number.read.description.map { $0 == "." ? "," : $0 })) : au-delà de 15 chiffres significatifs, ce sont les restes d'un calcul en virgule flottante binaire de l'outil d'export, arrondis comme Excel le fait\(moreFR)",
            en: "number \(number.written) at '\(number.path)' read as \(number.read): digits past the 15th significant one are the remains of the exporting tool's binary floating-point arithmetic, rounded as Excel does\(moreEN)")
    }

    static func unknownStatus(_ value: String, key: String) -> LocalizedText {
        LocalizedText(
            fr: "statut inconnu '\(value)' dans la clé '\(key)', laissé vide : ajoutez-le sous \"values\" › \"status\" dans un fichier de correspondance",
            en: "unknown status '\(value)' in key '\(key)', left empty: add it under \"values\" › \"status\" in a mapping file")
    }

    static func fallbackKey(_ key: String, firstKey: String, field: CSVField) -> LocalizedText {
        LocalizedText(
            fr: "clé '\(key)' lue seulement dans les enregistrements sans valeur pour '\(firstKey)' : les deux donnent le champ '\(field.rawValue)' ; nommez celle à lire dans un fichier de correspondance si ce n'est pas la bonne",
            en: "key '\(key)' read only in records without a value for '\(firstKey)': both give field '\(field.rawValue)'; name the one to read in a mapping file if this is wrong")
    }

    static func arrayLeftAside(_ path: String, count: Int, read: [String]) -> LocalizedText {
        let list = read.map { "'\($0)'" }.joined(separator: ", ")
        let (fr, en) = read.count > 1 ? ("seuls \(list) sont lus", "only \(list) are read") : ("seul \(list) est lu", "only \(list) is read")
        return LocalizedText(
            fr: "tableau '\(path)' (\(LocalizedText.countFR(count, "élément", "éléments"))) non lu : il ressemble à des factures, mais \(fr) ; exportez-le dans un fichier à part s'il en contient",
            en: "array '\(path)' (\(LocalizedText.countEN(count, "element", "elements"))) not read: it looks like invoices, but \(en); export it to a file of its own if it holds some")
    }

    static func mappedKeyMissing(field: CSVField, key: String, keys: [String]) -> LocalizedText {
        let list = keys.prefix(40).map { "'\($0)'" }.joined(separator: ", ")
        return LocalizedText(
            fr: "clé '\(key)' du fichier de correspondance (champ '\(field.rawValue)') absente des enregistrements : clés trouvées \(list)",
            en: "key '\(key)' from the mapping file (field '\(field.rawValue)') not found in the records: keys found are \(list)")
    }

    static let noRecords = LocalizedText(
        fr: "le tableau de factures est vide, aucune facture lue : vérifiez la période ou la page exportée",
        en: "the invoice array is empty, no invoice was read: check the period or the page exported")

    static func invalidSyntax(offset: Int) -> LocalizedText {
        LocalizedText(
            fr: "JSON invalide à l'octet \(offset) : vérifiez la syntaxe à cet endroit (virgule de trop avant ] ou }, guillemets, accolades) ou exportez à nouveau",
            en: "invalid JSON at byte \(offset): check the syntax there (a comma before ] or }, quotes, braces) or export again")
    }

    /// Returns the message for a key written twice in one object. `inRecord` is true when only the
    /// record is left out, false when the whole file is.
    static func duplicateKey(_ key: String, path: String, line: Int, inRecord: Bool) -> LocalizedText {
        let (fr, en) =
            inRecord
            ? ("l'enregistrement n'est pas importé", "the record is not imported")
            : ("le fichier n'est pas importé", "the file is not imported")
        return LocalizedText(
            fr: "clé '\(key)' écrite deux fois dans le même objet, à '\(path)' (ligne \(line)) : on ne sait pas quelle valeur lire, \(fr) ; corrigez l'export pour que chaque clé n'apparaisse qu'une fois par objet",
            en: "key '\(key)' written twice in the same object, at '\(path)' (line \(line)): which value to read is unclear, so \(en); fix the export so that each key appears once per object")
    }

    static func invalidJSONLine(_ line: Int, offset: Int) -> LocalizedText {
        LocalizedText(
            fr: "ligne \(line) illisible : en JSON Lines, chaque ligne est un objet JSON complet, et celle-ci n'est plus du JSON à l'octet \(offset) de la ligne ; corrigez cette ligne ou exportez à nouveau",
            en: "line \(line) unreadable: in JSON Lines each line is one whole JSON object, and this one stops being JSON at byte \(offset) of the line; fix that line or export again")
    }

    static func tooDeep(offset: Int) -> LocalizedText {
        LocalizedText(
            fr: "JSON illisible à l'octet \(offset) : plus de \(JSONParser.maximumDepth) niveaux d'objets et de tableaux imbriqués, ce qu'aucun export de factures n'écrit ; vérifiez que le fichier est bien un export de factures",
            en: "JSON unreadable at byte \(offset): more than \(JSONParser.maximumDepth) levels of nested objects and arrays, which no invoice export writes; check that the file is an invoice export")
    }
}
