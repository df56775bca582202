/// The shape of a FEC (Fichier des Écritures Comptables) file, read from its header line.
///
/// A FEC starts with the field names of article A47 A-1 of the Livre des procédures fiscales, in
/// a fixed order. There are eighteen columns with `Debit` and `Credit`, or, for cash-basis
/// taxpayers (BNC, BA), the variant where `Montant` and `Sens` replace those two. Names are compared without regard
/// to case. Columns after the eighteenth (the cash-basis settlement date, payment method, nature
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

    /// Recognises a FEC from the first line of `bytes` that is not blank (after a UTF-8 byte order
    /// mark), as the CSV reader finds the header, or returns `nil` when that line is not a FEC header.
    ///
    /// The header is ASCII in UTF-8, ISO 8859-15 and Windows-1252, the encodings this importer
    /// reads, so the bytes are compared before any decoding. EBCDIC files are not recognised.
    static func detect(_ bytes: [UInt8]) -> FECLayout? { detect(bytes[...]) }

    /// Returns the layout of the header at the start of `bytes`, as ``detect(_:)-([UInt8])`` does.
    static func detect(_ bytes: ArraySlice<UInt8>) -> FECLayout? {
        var line = bytes
        if line.starts(with: TextDecoding.byteOrderMark) { line = line.dropFirst(3) }
        line = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        line = line.prefix { $0 != 0x0A && $0 != 0x0D }
        for separator in separators where line.contains(separator) {
            var names = line.split(separator: separator, omittingEmptySubsequences: false).map(asciiLowercasedTrimmed)
            if names.last?.isEmpty == true { names.removeLast() }
            guard names.count >= standardNames.count else { continue }
            if let amountColumns = amountColumns(names) {
                return FECLayout(separator: separator, amountColumns: amountColumns, fieldCount: names.count)
            }
        }
        return nil
    }

    /// True when a data line has the header's field count, or one more that is empty because the
    /// line ends with a separator. Any other count means a separator is missing or sits in a label,
    /// so the fields cannot be trusted.
    func accepts(_ record: CSVRecord) -> Bool {
        record.fieldCount == fieldCount || (record.fieldCount == fieldCount + 1 && record.isEmptyCell(fieldCount))
    }

    private static let lowercasedNames = standardNames.map { Array($0.lowercased().utf8) }
    private static let montant = Array("montant".utf8)
    private static let sens = Array("sens".utf8)

    /// Returns the amount columns of `names` when they follow one of the two standard orders.
    private static func amountColumns(_ names: [[UInt8]]) -> AmountColumns? {
        for (index, expected) in lowercasedNames.enumerated() where index != 11 && index != 12 {
            guard names[index] == expected else { return nil }
        }
        if names[11] == lowercasedNames[11], names[12] == lowercasedNames[12] { return .debitCredit }
        if names[11] == montant, names[12] == sens { return .amountAndDirection }
        return nil
    }

    private static func asciiLowercasedTrimmed(_ field: some Collection<UInt8>) -> [UInt8] {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        let trimmed = field.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        return trimmed.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
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
