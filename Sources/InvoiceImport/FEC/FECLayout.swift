import InvoiceModel

/// The shape of a FEC (Fichier des Écritures Comptables) file, read from its header line.
///
/// A FEC starts with the field names of article A47 A-1 of the Livre des procédures fiscales, in
/// a fixed order. There are eighteen columns with `Debit` and `Credit`, or, for cash-basis
/// taxpayers (BNC, BA), the variant where `Montant` and `Sens` replace those two. A header that
/// departs from those names is still read when ``FECHeaderMatch`` recognises it. Columns after the eighteenth (the cash-basis settlement date, payment method, nature
/// and client id) are allowed and ignored.
struct FECLayout: Sendable, Hashable {
    /// The columns that give a line's amount.
    enum AmountColumns: Sendable, Hashable {
        /// Separate `Debit` and `Credit` columns (12 and 13).
        case debitCredit
        /// One `Montant` column and a `Sens` column holding `D`/`C` or `+1`/`-1` (12 and 13).
        case amountAndDirection
    }

    var separator: UInt8
    var amountColumns: AmountColumns
    /// The number of fields of the header line, not counting an empty field after a trailing separator.
    var fieldCount: Int

    /// The standard field names in order, with `Debit` and `Credit` at positions 12 and 13.
    static let standardNames = [
        "JournalCode", "JournalLib", "EcritureNum", "EcritureDate", "CompteNum", "CompteLib", "CompAuxNum",
        "CompAuxLib", "PieceRef", "PieceDate", "EcritureLib", "Debit", "Credit", "EcritureLet", "DateLet",
        "ValidDate", "Montantdevise", "Idevise",
    ]

    /// The separators a FEC may use: `|` and tab by the regulation, `;` as tolerated in practice.
    static let separators: [UInt8] = [UInt8(ascii: "|"), 0x09, UInt8(ascii: ";")]

    /// Where each standard column sits in a line, by ``FECColumn`` raw value; `nil` when the
    /// header lacks it and its value reads as empty.
    var positions: [Int?] = FECColumn.allCases.map(\.rawValue)
    /// Departures of the header from the standard names (FR-FEC-01).
    var headerFaults: [FECFault.Kind] = []
    /// The standard fields without which no entry can be read, when the header lacks any.
    var missingEssentials: [String] = []

    /// Recognises a FEC from the first line of `bytes` that is not blank (after a UTF-8 byte order
    /// mark), as the CSV reader finds the header, or returns `nil` when that line is not a FEC header.
    ///
    /// A header with at least ``FECHeaderMatch/minimumMatches`` of the standard names, even with a
    /// name misspelt, missing or out of place, is a FEC: its faults are in ``headerFaults``. The
    /// header is ASCII in UTF-8, ISO 8859-15 and Windows-1252, the encodings this importer reads,
    /// so the bytes are compared before any decoding. EBCDIC files are not recognised.
    static func detect(_ bytes: [UInt8]) -> FECLayout? { detect(bytes[...]) }

    /// Returns the layout of the header at the start of `bytes`, as ``detect(_:)-([UInt8])`` does.
    static func detect(_ bytes: ArraySlice<UInt8>) -> FECLayout? {
        var line = bytes
        if line.starts(with: TextDecoding.byteOrderMark) { line = line.dropFirst(3) }
        line = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        line = line.prefix { $0 != 0x0A && $0 != 0x0D }
        var best: FECLayout?
        var bestMatches = 0
        for separator in separators where line.contains(separator) {
            var names = line.split(separator: separator, omittingEmptySubsequences: false).map(FECHeaderMatch.text)
            if names.last?.isEmpty == true { names.removeLast() }
            guard let match = FECHeaderMatch(names), match.matches > bestMatches else { continue }
            bestMatches = match.matches
            best = FECLayout(
                separator: separator, amountColumns: match.amountColumns, fieldCount: names.count,
                positions: match.positions, headerFaults: match.faults, missingEssentials: match.missingEssentials)
        }
        return best
    }

    /// Returns the 1-based line of the header: the first line that is not blank.
    static func headerLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = bytes.starts(with: TextDecoding.byteOrderMark) ? 3 : 0
        while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
            }
            index += 1
        }
        return line
    }

    /// True when a data line has the header's field count, or one more that is empty because the
    /// line ends with a separator and whose values sit where they belong (see ``isAligned(_:)``).
    /// Any other count means a separator is missing or sits in a label, so the fields cannot be
    /// trusted, unless ``tolerates(_:)`` reads the line.
    func accepts(_ record: CSVRecord) -> Bool {
        record.fieldCount == fieldCount
            || (record.fieldCount == fieldCount + 1 && record.isEmptyCell(fieldCount) && isAligned(record))
    }

    /// True for a line read despite a wrong field count (FR-FEC-02): only its last one or two
    /// fields are missing (`Montantdevise` and `Idevise`, often left out when empty), or it has
    /// two or more extra fields that are all empty, and its values sit where they belong.
    func tolerates(_ record: CSVRecord) -> Bool {
        if record.fieldCount > fieldCount + 1 {
            return (fieldCount..<record.fieldCount).allSatisfy(record.isEmptyCell) && isAligned(record)
        }
        let missing = fieldCount - record.fieldCount
        guard missing == 1 || missing == 2,
            let validation = positions[FECColumn.validationDate.rawValue], validation < record.fieldCount,
            positions[FECColumn.currencyAmount.rawValue].map({ $0 >= fieldCount - 2 }) ?? true
        else { return false }
        return isAligned(record)
    }

    /// True when a line whose field count differs from the header's still holds a date or nothing
    /// where `ValidDate` belongs, and amounts where the amounts belong. A separator missing, or
    /// one more inside a label, shifts a label into those places.
    private func isAligned(_ record: CSVRecord) -> Bool {
        let validation = text(.validationDate, in: record)
        guard validation.isEmpty || CivilDate(parsing: validation) != nil else { return false }
        let amounts: [FECColumn] = amountColumns == .debitCredit ? [.debitOrAmount, .creditOrDirection] : [.debitOrAmount]
        return amounts.allSatisfy { column in
            let text = self.text(column, in: record)
            return text.isEmpty || Amount(parsing: String(text.map { $0 == "," ? "." : $0 })) != nil
        }
    }

    /// Returns the text of `column` in `record`, empty when the header lacks the column.
    func text(_ column: FECColumn, in record: CSVRecord) -> String {
        positions[column.rawValue].map(record.text) ?? ""
    }
}

/// The position of each standard field in a FEC line.
enum FECColumn: Int, Sendable, CaseIterable {
    case journalCode, journalLabel, entryNumber, entryDate, accountNumber, accountLabel, auxiliaryNumber
    case auxiliaryLabel, pieceReference, pieceDate, entryLabel, debitOrAmount, creditOrDirection, lettering
    case letteringDate, validationDate, currencyAmount, currencyCode

    /// The field name the header uses for this column (the `Debit`/`Credit` variant).
    var headerName: String { FECLayout.standardNames[rawValue] }
}
