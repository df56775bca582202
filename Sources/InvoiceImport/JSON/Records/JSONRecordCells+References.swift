import InvoiceModel

extension JSONRecordCells {
    /// Returns the invoice numbers a credited-invoice key cites (BT-25), in the order written.
    ///
    /// A list gives one number per text or number (`["FA-1", "FA-2"]`, `[12, 13]`). A text is split
    /// as a CSV cell is (``CSVReferenceList``), so `"FA-1, FA-2"` cites two invoices and
    /// `"Facture 12, acompte"` one.
    mutating func citedInvoices(_ key: String?) -> [String] {
        guard let key else { return [] }
        if let list = record.lists[key] {
            return list.map(\.trimmingSpaces).filter { !$0.isEmpty }
        }
        guard let text = text(key) else { return [] }
        return CSVReferenceList.numbers(text)
    }

    /// Returns the dates of the `count` cited invoices (BT-26).
    ///
    /// A list or a text listing as many dates as there are invoices gives one date per invoice,
    /// in the same order, and an empty part is a citation without a date. A single date is kept
    /// for each invoice. A list of another length is a problem of the record.
    mutating func citedDates(_ key: String?, count: Int) -> [CivilDate?] {
        let none = [CivilDate?](repeating: nil, count: count)
        guard let key else { return none }
        let parts: [String]
        if let list = record.lists[key] {
            parts = list.map(\.trimmingSpaces)
            if parts.count == 1 { return Array(repeating: parsedDate(parts[0], key: key, path: "\(path(of: key))[0]"), count: count) }
        } else if count > 1, case .string(let text)? = record.value(key),
            case .failure = CSVDateParsing.parse(text, format: dateFormat, unixSeconds: false),
            let split = CSVReferenceList.parts(text)
        {
            parts = split
        } else {
            return Array(repeating: date(key), count: count)
        }
        guard parts.count == count else {
            let written = parts.joined(separator: ", ")
            append([
                JSONValueProblem(
                    path: path(of: key), reason: JSONRecordMessages.citedDateCount(written, path: path(of: key), dates: parts.count, invoices: count))
            ])
            return none
        }
        let isList = record.lists[key] != nil
        return parts.enumerated().map { index, part in
            part.isEmpty ? nil : parsedDate(part, key: key, path: isList ? "\(path(of: key))[\(index)]" : path(of: key))
        }
    }

    /// Reads one cited date written as `text`, reporting it at `path` when it does not read.
    private mutating func parsedDate(_ text: String, key: String, path: String) -> CivilDate? {
        if let milliseconds = Self.dotNetMilliseconds(text) { return CivilDate(dayNumber: Int(milliseconds / 86_400_000)) }
        let quoted = JSONRecordMessages.display(.string(text))
        switch CSVDateParsing.parse(text, format: dateFormat, unixSeconds: JSONRecordKeys.holdsUnixSeconds(key)) {
        case .success(let date):
            return date
        case .failure(.monthAboveTwelve):
            append([JSONValueProblem(path: path, reason: JSONRecordMessages.monthAboveTwelve(quoted, path: path))])
        case .failure:
            append([JSONValueProblem(path: path, reason: JSONRecordMessages.unreadableDate(quoted, path: path))])
        }
        return nil
    }
}

extension JSONRecordMessages {
    /// Returns the message for a cited-date key listing another number of dates than the
    /// credited-invoice key cites invoices.
    static func citedDateCount(_ value: String, path: String, dates: Int, invoices: Int) -> LocalizedText {
        LocalizedText(
            fr: "'\(path)' donne \(dates) dates ('\(value)') pour \(invoices) factures d'origine : donnez une date par facture, dans le même ordre, ou une seule date",
            en: "'\(path)' gives \(dates) dates ('\(value)') for \(invoices) original invoices: give one date per invoice, in the same order, or a single date")
    }
}
