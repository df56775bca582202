import InvoiceModel

/// The French and English messages of the CSV importer.
enum CSVMessages {
    static let emptyFile = LocalizedText(
        fr: "fichier CSV vide : aucune ligne d'en-tête trouvée, exportez le fichier avec sa ligne d'en-tête",
        en: "empty CSV file: no header line found, export the file with its header line")

    static let noDataRows = LocalizedText(
        fr: "le fichier CSV ne contient que la ligne d'en-tête, aucune facture lue",
        en: "the CSV file contains only its header line, no invoice was read")

    static func noOriginalInvoiceColumn(credits: Int) -> LocalizedText {
        LocalizedText(
            fr: "aucune colonne de facture d'origine : \(credits == 1 ? "l'avoir du fichier ne peut pas être rapproché de la facture qu'il corrige" : "les \(credits) avoirs du fichier ne peuvent pas être rapprochés des factures qu'ils corrigent") (FR-CORR-03 à 05) ; exportez la colonne ou nommez-la dans un fichier de correspondance, par exemple {\"columns\": {\"originalInvoice\": \"Facture liée\"}}",
            en: "no original-invoice column: \(credits == 1 ? "the file's credit note cannot be matched with the invoice it corrects" : "the \(credits) credit notes of the file cannot be matched with the invoices they correct") (FR-CORR-03 to 05); export the column or name it in a mapping file, for example {\"columns\": {\"originalInvoice\": \"Related invoice\"}}")
    }

    /// Dolibarr's `fk_facture_source` ids that name no invoice of the file (see ``CSVSourceRowIDs``).
    static func unresolvedSourceRowIDs(count: Int, firstID: String, hasRowIDColumn: Bool) -> LocalizedText {
        let fixFR =
            hasRowIDColumn
            ? "aucune facture du fichier n'a cet identifiant dans f.rowid : exportez la période de la facture d'origine avec celle de l'avoir"
            : "ajoutez le champ f.rowid (identifiant de la facture) au profil d'export Dolibarr pour que facturaudit retrouve les numéros"
        let fixEN =
            hasRowIDColumn
            ? "no invoice of the file has this id in f.rowid: export the original invoice's period with the credit note's"
            : "add the field f.rowid (invoice id) to the Dolibarr export profile so that facturaudit can find the numbers"
        return LocalizedText(
            fr: "f.fk_facture_source donne l'identifiant interne de la facture d'origine ('\(firstID)'), pas son numéro : \(LocalizedText.countFR(count, "avoir ou rectificative ne peut", "avoirs ou rectificatives ne peuvent")) pas être \(count > 1 ? "rapprochés de leur facture" : "rapproché de sa facture") (FR-CORR-03 à 05) ; \(fixFR)",
            en: "f.fk_facture_source gives the internal id of the original invoice ('\(firstID)'), not its number: \(LocalizedText.countEN(count, "credit note or corrective invoice", "credit notes or corrective invoices")) cannot be matched with \(count > 1 ? "their invoices" : "its invoice") (FR-CORR-03 to 05); \(fixEN)")
    }

    static func noNumberColumn(headers: [String]) -> LocalizedText {
        let list = quotedList(headers)
        return LocalizedText(
            fr: "aucune colonne de numéro de facture reconnue parmi les en-têtes \(list) (l'en-tête est cherché dans les \(CSVHeaderSearch.window) premières lignes non vides) : indiquez-la dans un fichier de correspondance, par exemple {\"columns\": {\"number\": \"Réf. pièce\"}}",
            en: "no invoice number column recognised among the headers \(list) (the header is looked for in the first \(CSVHeaderSearch.window) non-blank rows): name it in a mapping file, for example {\"columns\": {\"number\": \"Réf. pièce\"}}")
    }

    static func mappedHeaderMissing(field: CSVField, header: String, headers: [String]) -> LocalizedText {
        let list = quotedList(headers)
        return LocalizedText(
            fr: "colonne '\(header)' du fichier de correspondance (champ '\(field.rawValue)') absente du fichier : en-têtes trouvés \(list)",
            en: "column '\(header)' from the mapping file (field '\(field.rawValue)') not found in the file: headers found are \(list)")
    }

    static func invalidMapping(_ problem: LocalizedText) -> LocalizedText {
        LocalizedText(
            fr: "fichier de correspondance CSV inutilisable : \(problem.fr)",
            en: "CSV mapping cannot be used: \(problem.en)")
    }

    static func malformedQuoting(line: Int) -> LocalizedText {
        LocalizedText(
            fr: "CSV mal formé à la ligne \(line) : guillemet inattendu, entourez de guillemets les champs qui en contiennent et doublez ceux de l'intérieur (\"\") ; rien n'a été importé de ce fichier",
            en: "malformed CSV at line \(line): unexpected quote, enclose fields that contain quotes in quotes and double the inner ones (\"\"); nothing was imported from this file")
    }

    static func unterminatedQuote(line: Int) -> LocalizedText {
        LocalizedText(
            fr: "CSV mal formé : un guillemet ouvert dans l'enregistrement de la ligne \(line) n'est jamais fermé ; rien n'a été importé de ce fichier",
            en: "malformed CSV: a quote opened in the record at line \(line) is never closed; nothing was imported from this file")
    }

    static func outOfMemory(line: Int) -> LocalizedText {
        LocalizedText(
            fr: "mémoire insuffisante pour lire le champ CSV de la ligne \(line) ; rien n'a été importé de ce fichier",
            en: "out of memory while reading the CSV field at line \(line); nothing was imported from this file")
    }

    static func invalidUTF8(line: Int) -> LocalizedText {
        LocalizedText(
            fr: "le fichier n'est pas en UTF-8 valide (premier octet invalide à la ligne \(line)) alors que la correspondance indique \"encoding\": \"utf-8\" : indiquez \"encoding\": \"windows-1252\" si le fichier vient d'un ancien logiciel",
            en: "the file is not valid UTF-8 (first invalid byte at line \(line)) although the mapping sets \"encoding\": \"utf-8\": set \"encoding\": \"windows-1252\" if the file comes from older software")
    }

    static let readAsWindows1252 = LocalizedText(
        fr: "fichier lu en Windows-1252 car il n'est pas en UTF-8 valide : vérifiez les lettres accentuées, ou fixez \"encoding\" dans le fichier de correspondance",
        en: "file read as Windows-1252 because it is not valid UTF-8: check accented letters, or set \"encoding\" in the mapping file")

    /// The fallback warning when the bytes look like ISO 8859-15 (see ``DecodedText/mayBeLatin9``).
    static let readAsWindows1252MayBeLatin9 = LocalizedText(
        fr: "fichier lu en Windows-1252 car il n'est pas en UTF-8 valide ; ses octets 0xA4, 0xBC ou 0xBD, lus « ¤ ¼ ½ », sont « € Œ œ » en ISO 8859-15 (Latin-9), l'encodage des logiciels comptables : si c'est le cas, indiquez \"encoding\": \"iso-8859-15\" dans le fichier de correspondance",
        en: "file read as Windows-1252 because it is not valid UTF-8; its bytes 0xA4, 0xBC or 0xBD, read '¤ ¼ ½', are '€ Œ œ' in ISO 8859-15 (Latin-9), the encoding of accounting programs: if so, set \"encoding\": \"iso-8859-15\" in the mapping file")

    static func emptyRowsSkipped(_ count: Int) -> LocalizedText {
        LocalizedText(
            fr: LocalizedText.countFR(count, "ligne sans aucune valeur ignorée", "lignes sans aucune valeur ignorées"),
            en: "\(LocalizedText.countEN(count, "row", "rows")) without any value skipped")
    }

    /// Names the lines above the header as a range, since a workbook may leave some rows out.
    static func linesBeforeHeaderSkipped(headerLine: Int) -> LocalizedText {
        let last = headerLine - 1
        return LocalizedText(
            fr: last == 1
                ? "ligne 1 ignorée avant la ligne d'en-tête 2 (titre ou notes du logiciel d'export)"
                : "lignes 1 à \(last) ignorées avant la ligne d'en-tête \(headerLine) (titre ou notes du logiciel d'export)",
            en: last == 1
                ? "line 1 before the header line 2 skipped (title or notes written by the exporting tool)"
                : "lines 1 to \(last) before the header line \(headerLine) skipped (title or notes written by the exporting tool)")
    }

    static func dataRowBeforeHeader(headerLine: Int) -> LocalizedText {
        LocalizedText(
            fr: "ligne placée avant la ligne d'en-tête \(headerLine) mais remplie comme une ligne de données, non importée : placez l'en-tête en première ligne ou supprimez cette ligne",
            en: "row placed before the header line \(headerLine) but filled like a data row, not imported: put the header on the first line or delete this row")
    }

    /// Names both columns by position and spreadsheet letter, with the one read and how to read
    /// the other instead.
    static func ignoredColumn(_ column: IgnoredColumn) -> LocalizedText {
        let ignored = "\(column.index + 1) (\(spreadsheetLetters(column.index))) '\(column.header)'"
        let used = "\(column.usedIndex + 1) (\(spreadsheetLetters(column.usedIndex))) '\(column.usedHeader)'"
        let field = column.field.rawValue
        let start = LocalizedText(
            fr: "colonne \(ignored) ignorée : la colonne \(used) fournit déjà le champ '\(field)' et c'est elle qui est lue",
            en: "column \(ignored) ignored: column \(used) already fills field '\(field)' and is the one read")
        // A mapping picks a column by its header, so two equal headers differ only once one is renamed.
        if CSVColumnRecognition.normalise(column.header) == CSVColumnRecognition.normalise(column.usedHeader) {
            return LocalizedText(
                fr: start.fr + " ; si la colonne \(column.index + 1) est la bonne, renommez l'un des deux en-têtes",
                en: start.en + "; if column \(column.index + 1) is the right one, rename one of the two headers")
        }
        return LocalizedText(
            fr: start.fr + " ; pour lire la colonne \(column.index + 1) à la place, indiquez-la dans un fichier de correspondance : {\"columns\": {\"\(field)\": \"\(column.header)\"}}",
            en: start.en + "; to read column \(column.index + 1) instead, name it in a mapping file: {\"columns\": {\"\(field)\": \"\(column.header)\"}}")
    }

    /// Returns the spreadsheet letters of a 0-based column position: A, …, Z, AA, AB, ….
    static func spreadsheetLetters(_ index: Int) -> String {
        var letters = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(ascii: "A") + UInt8(digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    static func unknownStatus(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "statut inconnu '\(value)' dans la colonne '\(column)', laissé vide : ajoutez-le sous \"values\" › \"status\" dans le fichier de correspondance",
            en: "unknown status '\(value)' in column '\(column)', left empty: add it under \"values\" › \"status\" in the mapping file")
    }

    // MARK: Cell problems

    /// A worksheet row with a value right of the header's last column.
    static func cellsBeyondHeader(found: Int, expected: Int) -> LocalizedText {
        let last = XLSXSheetHandler.columnName(found - 1)
        let headerLast = XLSXSheetHandler.columnName(expected - 1)
        return LocalizedText(
            fr: "la ligne a une valeur en colonne \(last) alors que l'en-tête s'arrête en colonne \(headerLast) : donnez un en-tête à cette colonne ou videz ses cellules",
            en: "the row has a value in column \(last) but the header stops at column \(headerLast): give that column a header or clear its cells")
    }

    static func fieldCount(found: Int, expected: Int, separator: UInt8) -> LocalizedText {
        let name = CSVDialect.displayName(separator)
        return LocalizedText(
            fr: "la ligne a \(found) champ\(found > 1 ? "s" : "") alors que l'en-tête en a \(expected) : vérifiez le séparateur '\(name)' et les guillemets",
            en: "the row has \(found) field\(found == 1 ? "" : "s") but the header has \(expected): check the separator '\(name)' and the quotes")
    }

    static func unreadableAmount(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "montant illisible '\(value)' dans la colonne '\(column)' : attendu un nombre comme 1 250,00 ou 1250.00",
            en: "unreadable amount '\(value)' in column '\(column)': expected a number such as 1 250,00 or 1250.00")
    }

    static func amountBeyondLimit(_ value: String, column: String, limit: CSVAmountParsing.Limit) -> LocalizedText {
        switch limit {
        case .tooManyDecimals:
            LocalizedText(
                fr: "montant '\(value)' dans la colonne '\(column)' avec trop de décimales : \(Amount.maximumScale) au plus, arrondissez la valeur dans le fichier",
                en: "amount '\(value)' in column '\(column)' has too many decimals: at most \(Amount.maximumScale), round the value in the file")
        case .tooLarge:
            LocalizedText(
                fr: "montant '\(value)' dans la colonne '\(column)' trop grand : 38 chiffres au plus, décimales comprises, vérifiez la valeur dans le fichier",
                en: "amount '\(value)' in column '\(column)' is too large: at most 38 digits, decimals included, check the value in the file")
        }
    }

    static func unreadableAmountWithDecimalComma(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "montant illisible '\(value)' dans la colonne '\(column)' : le fichier est lu avec un point décimal ; si ses montants ont une virgule décimale, indiquez-le dans un fichier de correspondance : {\"decimalSeparator\": \",\"}",
            en: "unreadable amount '\(value)' in column '\(column)': the file is read with a decimal point; if its amounts use a decimal comma, say so in a mapping file: {\"decimalSeparator\": \",\"}")
    }

    /// Describes a number written with a decimal point in a file whose amounts use a decimal
    /// comma, and gives `amount` written with a comma.
    static func unreadableAmountWithDecimalPoint(_ value: String, column: String, amount: Amount) -> LocalizedText {
        let written = amount.description.replacing(".", with: ",")
        return LocalizedText(
            fr: "montant illisible '\(value)' dans la colonne '\(column)' : ce fichier utilise la virgule décimale : écrivez \(written)",
            en: "unreadable amount '\(value)' in column '\(column)': this file uses a decimal comma: write \(written)")
    }

    /// Returns the message for `1.250` in a file with decimal commas, where the point may group
    /// thousands or be a decimal point.
    static func ambiguousPointInCommaFile(_ value: String, column: String, thousands: Amount, decimal: Amount) -> LocalizedText {
        let asDecimal = decimal.description.replacing(".", with: ",")
        return LocalizedText(
            fr: "montant ambigu '\(value)' dans la colonne '\(column)' : ce fichier utilise la virgule décimale, et ce point peut séparer les milliers (\(thousands)) ou marquer les décimales (\(asDecimal)) : écrivez \(thousands) ou \(asDecimal), ou déclarez {\"decimalSeparator\": \",\"} dans un fichier de correspondance si les points du fichier séparent les milliers",
            en: "ambiguous amount '\(value)' in column '\(column)': this file uses a decimal comma, and this point may separate thousands (\(thousands)) or be a decimal point (\(asDecimal)): write \(thousands) or \(asDecimal), or declare {\"decimalSeparator\": \",\"} in a mapping file if the file's points separate thousands")
    }

    /// Returns the message for a cited-date cell listing another number of dates than the
    /// original-invoice cell cites invoices.
    static func citedDateCount(_ value: String, column: String, dates: Int, invoices: Int) -> LocalizedText {
        LocalizedText(
            fr: "la colonne '\(column)' donne \(dates) dates ('\(value)') pour \(invoices) factures d'origine : donnez une date par facture, dans le même ordre, ou une seule date",
            en: "column '\(column)' gives \(dates) dates ('\(value)') for \(invoices) original invoices: give one date per invoice, in the same order, or a single date")
    }

    static func unreadableDate(_ value: String, column: String, format: CSVDateFormat) -> LocalizedText {
        let example =
            switch format {
            case .dayMonthYear: "31/01/2025"
            case .monthDayYear: "01/31/2025"
            case .isoDate: "2025-01-31"
            case .dayMonthShortYear: "31/01/25"
            case .monthDayShortYear: "01/31/25"
            }
        if format == .isoDate {
            return LocalizedText(
                fr: "date illisible '\(value)' dans la colonne '\(column)' : le fichier de correspondance impose \"dateFormat\": \"yyyy-mm-dd\", attendu une date comme 2025-01-31",
                en: "unreadable date '\(value)' in column '\(column)': the mapping file sets \"dateFormat\": \"yyyy-mm-dd\", expected a date such as 2025-01-31")
        }
        let years = format.acceptsTwoDigitYear ? (fr: "deux ou quatre chiffres", en: "two- or four-digit") : (fr: "quatre chiffres", en: "four-digit")
        return LocalizedText(
            fr: "date illisible '\(value)' dans la colonne '\(column)' : attendu une date comme \(example), 2025-01-31, 31 janv. 2025 ou 20250131, avec l'année sur \(years.fr)",
            en: "unreadable date '\(value)' in column '\(column)': expected a date such as \(example), 2025-01-31, Jan 31 2025 or 20250131, with a \(years.en) year")
    }

    /// Returns the message for a date written with a two-digit year while the format wants four.
    static func twoDigitYear(_ value: String, column: String, format: CSVDateFormat) -> LocalizedText {
        let short = format.isMonthFirst ? CSVDateFormat.monthDayShortYear : .dayMonthShortYear
        return LocalizedText(
            fr: "date illisible '\(value)' dans la colonne '\(column)' : l'année n'a que deux chiffres, écrivez-la sur quatre chiffres ou ajoutez \"dateFormat\": \"\(short.rawValue)\" au fichier de correspondance pour lire les années 00 à 99 comme 2000 à 2099",
            en: "unreadable date '\(value)' in column '\(column)': the year has two digits, write it with four or set \"dateFormat\": \"\(short.rawValue)\" in the mapping file to read years 00 to 99 as 2000 to 2099")
    }

    /// Returns the message for a well-formed date that is not in the calendar, as `31/11/2025`.
    static func noSuchDay(_ value: String, column: String, year: Int, month: Int, day: Int) -> LocalizedText {
        let days = CivilDate.daysInMonth(year: year, month: month)
        return LocalizedText(
            fr: "la date '\(value)' de la colonne '\(column)' n'existe pas : \(DateWords.frenchMonth(month)) \(year) a \(days) jours, pas \(day)",
            en: "date '\(value)' in column '\(column)' does not exist: \(DateWords.englishMonth(month)) \(year) has \(days) days, not \(day)")
    }

    /// Returns the message for a long date whose weekday is not its date's.
    static func wrongWeekday(_ value: String, column: String, written: String, date: CivilDate) -> LocalizedText {
        LocalizedText(
            fr: "date '\(value)' dans la colonne '\(column)' : le \(date) est un \(DateWords.frenchWeekday(date.weekdayIndex)), pas un '\(written)', corrigez le jour de la semaine ou la date",
            en: "date '\(value)' in column '\(column)': \(date) is a \(DateWords.englishWeekday(date.weekdayIndex)), not a '\(written)', correct the weekday or the date")
    }

    static func serialDateOutOfRange(_ value: String, column: String, dateSystem: ExcelDateSystem = .from1900) -> LocalizedText {
        if dateSystem == .from1904 {
            return LocalizedText(
                fr: "nombre '\(value)' dans la colonne de date '\(column)' : ce classeur compte les dates depuis 1904, et seuls ses numéros de série de 27759 à 71588 (1980-01-01 à 2099-12-31) sont lus comme des dates, donnez à la colonne un format de date comme 31/01/2025",
                en: "number '\(value)' in date column '\(column)': this workbook counts dates from 1904, and only its serial numbers from 27759 to 71588 (1980-01-01 to 2099-12-31) are read as dates, give the column a date format such as 31/01/2025")
        }
        return LocalizedText(
            fr: "nombre '\(value)' dans la colonne de date '\(column)' : seuls les numéros de série Excel de 29221 à 73050 (1980-01-01 à 2099-12-31) sont lus comme des dates, exportez la colonne au format 31/01/2025 ou 2025-01-31",
            en: "number '\(value)' in date column '\(column)': only Excel serial numbers from 29221 to 73050 (1980-01-01 to 2099-12-31) are read as dates, export the column as 31/01/2025 or 2025-01-31")
    }

    static func unexpectedUnixSeconds(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "nombre '\(value)' dans la colonne de date '\(column)' : des secondes Unix ne sont lues que dans les colonnes 'created' et 'effective_at', exportez la colonne au format 31/01/2025 ou 2025-01-31",
            en: "number '\(value)' in date column '\(column)': Unix seconds are only read in the 'created' and 'effective_at' columns, export the column as 31/01/2025 or 2025-01-31")
    }

    static func monthAboveTwelve(_ value: String, month: Int, column: String) -> LocalizedText {
        LocalizedText(
            fr: "date '\(value)' dans la colonne '\(column)' lue jour en premier, donc avec un mois \(month) qui n'existe pas : si le fichier écrit le mois en premier, ajoutez \"dateFormat\": \"mm/dd/yyyy\" au fichier de correspondance",
            en: "date '\(value)' in column '\(column)' read day first, so with a month \(month) that does not exist: if the file writes the month first, set \"dateFormat\": \"mm/dd/yyyy\" in the mapping file")
    }

    static func noDateInEitherOrder(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "date '\(value)' dans la colonne '\(column)' inexistante dans les deux ordres : ni jour en premier (mois au-delà de 12) ni mois en premier (ce jour n'existe pas dans ce mois) ; corrigez la date dans le logiciel d'origine",
            en: "date '\(value)' in column '\(column)' does not exist in either order: neither day first (month above 12) nor month first (no such day in that month); correct the date in the source software")
    }

    static func ambiguousDayFirstDates(monthFirst: CSVDateExample, ambiguous: CSVDateExample) -> LocalizedText {
        LocalizedText(
            fr: "la date '\(monthFirst.value)' de la colonne '\(monthFirst.column)' ne se lit que mois en premier, donc les autres dates du fichier dont le jour et le mois valent tous deux 12 ou moins, comme '\(ambiguous.value)' dans la colonne '\(ambiguous.column)', sont ambiguës et ont été lues jour en premier : si le fichier écrit le mois en premier, ajoutez \"dateFormat\": \"mm/dd/yyyy\" au fichier de correspondance",
            en: "date '\(monthFirst.value)' in column '\(monthFirst.column)' can only be read month first, so the other dates of the file whose day and month are both 12 or less, such as '\(ambiguous.value)' in column '\(ambiguous.column)', are ambiguous and were read day first: if the file writes the month first, set \"dateFormat\": \"mm/dd/yyyy\" in the mapping file")
    }

    static func unknownType(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "type de document inconnu '\(value)' dans la colonne '\(column)' : les types reconnus sont Facture, Avoir, Acompte, Rectificative, Autofacture et les codes UNTDID 1001 comme 380 ; sinon ajoutez-le sous \"values\" › \"type\" dans le fichier de correspondance",
            en: "unknown document type '\(value)' in column '\(column)': expected Invoice, Credit note, Deposit, Corrective, Self-billed or a UNTDID 1001 code such as 380, otherwise add it under \"values\" › \"type\" in the mapping file")
    }

    static func invalidCompanyIdentifier(_ value: String, column: String) -> LocalizedText {
        LocalizedText(
            fr: "identifiant d'entreprise illisible '\(value)' dans la colonne '\(column)' : attendu 9 chiffres (SIREN) ou 14 chiffres (SIRET)",
            en: "unreadable company identifier '\(value)' in column '\(column)': expected 9 digits (SIREN) or 14 digits (SIRET)")
    }

    /// One more problem of an invoice rejected as a whole, with the line it sits on.
    struct LineProblem: Sendable, Hashable {
        var line: Int
        var reason: LocalizedText
    }

    /// Wraps the first problem of a multi-row invoice, so the reader knows the whole invoice was
    /// rejected, and quotes every other problem of the invoice with its line, so all of them can
    /// be fixed at once.
    static func invoiceRejected(
        _ problem: LocalizedText, number: String?, firstLine: Int, lastLine: Int, problemLine: Int,
        otherProblems: [LineProblem] = []
    ) -> LocalizedText {
        let nameFR = number.map { "la facture '\($0)'" } ?? "la facture sans numéro"
        let nameEN = number.map { "invoice '\($0)'" } ?? "the invoice without a number"
        var fr = "\(problem.fr) (ligne \(problemLine) ; \(nameFR), lignes \(firstLine) à \(lastLine), est rejetée en entier"
        var en = "\(problem.en) (line \(problemLine); \(nameEN), lines \(firstLine) to \(lastLine), is rejected as a whole"
        if !otherProblems.isEmpty {
            let count = otherProblems.count
            fr += count == 1 ? " ; 1 autre erreur dans cette facture : " : " ; \(LocalizedText.frenchInteger(count)) autres erreurs dans cette facture : "
            en += count == 1 ? "; 1 other error in this invoice: " : "; \(count) other errors in this invoice: "
            fr += otherProblems.map { "ligne \($0.line) : \($0.reason.fr)" }.joined(separator: " ; ")
            en += otherProblems.map { "line \($0.line): \($0.reason.en)" }.joined(separator: "; ")
        }
        return LocalizedText(fr: fr + ")", en: en + ")")
    }

    /// Adds to the first problem of a row the columns of its other problems, so the reader can fix
    /// them all at once.
    static func otherProblems(_ problem: LocalizedText, others: [CSVCellProblem]) -> LocalizedText {
        guard !others.isEmpty else { return problem }
        // A row-level problem (a wrong field count) has no column.
        let columns = others.compactMap(\.column)
        var seen: Set<String> = []
        let names = columns.filter { seen.insert($0).inserted }.map { "'\($0)'" }.joined(separator: ", ")
        let rowProblems = others.count - columns.count
        var fr: [String] = []
        var en: [String] = []
        if seen.count == 1 {
            fr.append("dans la colonne \(names)")
            en.append("in column \(names)")
        } else if seen.count > 1 {
            fr.append("dans les colonnes \(names)")
            en.append("in columns \(names)")
        }
        if rowProblems > 0 {
            fr.append("sur la ligne entière")
            en.append("on the whole row")
        }
        let countFR = others.count == 1 ? "1 autre erreur" : "\(others.count) autres erreurs"
        let countEN = others.count == 1 ? "1 other error" : "\(others.count) other errors"
        return LocalizedText(
            fr: "\(problem.fr) (\(countFR) sur cette ligne, \(fr.joined(separator: " et ")))",
            en: "\(problem.en) (\(countEN) on this row, \(en.joined(separator: " and ")))")
    }

    /// Lists the headers in single quotes, separated by commas, leaving out empty names.
    private static func quotedList(_ headers: [String]) -> String {
        headers.filter { !$0.isEmpty }.map { "'\($0)'" }.joined(separator: ", ")
    }
}
