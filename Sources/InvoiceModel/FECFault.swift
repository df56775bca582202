/// A departure from the FEC file format (LPF art. A47 A-1) that the FEC importer found while
/// reading a file, for the FR-FEC rules to report.
///
/// The importer records what it saw; the rules give the rule id, the severity and the wording.
/// A store keeps each fault as its JSON coding, so the names of checks, kinds and their values
/// are stored data: rename none of them.
public struct FECFault: Sendable, Hashable, Codable {
    /// The file-level checks, numbered as the rules FR-FEC-01 to FR-FEC-10.
    public enum Check: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
        case header = 1, fieldCount, date, amount, balance, numbering, account, fileName, separator, mandatoryField

        public static func < (lhs: Check, rhs: Check) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public enum Kind: Sendable, Hashable, Codable {
        /// The header's field at the 1-based `position` is spelt `found` instead of `expected`.
        case headerName(position: Int, found: String, expected: String)
        /// The header lacks the field `expected`, which belongs at the 1-based `position`.
        case headerNameMissing(position: Int, expected: String)
        /// The header has the field `name` at `position`, where the standard order puts it at
        /// `expectedPosition`.
        case headerMisplaced(name: String, position: Int, expectedPosition: Int)
        /// A line read although its field count differs from the header's: the missing fields were
        /// the last ones, or the extra fields are empty.
        case fieldCount(found: Int, expected: Int)
        /// A real date written in another form than `AAAAMMJJ`.
        case dateFormat(column: String, text: String)
        /// A date that is not a real date, or a required date left empty (`text` is then empty).
        case invalidDate(column: String, text: String)
        /// An amount written with a decimal point instead of a comma.
        case decimalPoint(column: String, text: String)
        /// An amount that is not a number (a thousands separator, a currency sign…).
        case invalidAmount(column: String, text: String)
        /// An entry whose debits and credits differ.
        case unbalanced(entry: String, debits: Amount, credits: Amount)
        /// A line with both a debit and a credit.
        case debitAndCredit(debit: Amount, credit: Amount)
        /// A line with neither a debit nor a credit.
        case noAmount
        /// A `Sens` value other than `D`, `C`, `+1`, `1` or `-1`, so the line has no side.
        case invalidDirection(String)
        /// Entry numbers of `journal` skip from `previous` to `next`.
        case numberGap(journal: String, previous: String, next: String)
        /// Entry numbers shared by every journal of the file skip from `previous` to `next`,
        /// leaving `missing` numbers unused.
        case fileNumberGap(previous: String, next: String, missing: Int)
        /// Entry `number` of `journal` comes after the higher number `previous`.
        case numberBackwards(journal: String, previous: String, number: String)
        /// Entry `number` of `journal` was validated on `date`, before the earlier entry `previous`
        /// validated on `previousDate`.
        case validationBackwards(
            journal: String, number: String, date: CivilDate, previous: String, previousDate: CivilDate)
        /// An account number whose first three characters are not all digits.
        case accountNumber(String)
        /// A file name that does not follow `<SIREN>FEC<AAAAMMJJ>`.
        case fileName(String)
        /// A file name that follows `<SIREN>FEC<AAAAMMJJ>` except that `date` is not a real date.
        case fileNameDate(String, date: String)
        /// A file name with text after `<SIREN>FEC<AAAAMMJJ>` and before its extension, such as a
        /// downloaded copy `… (1).txt`; `expected` is the name without that text.
        case fileNameExtraText(String, expected: String)
        /// A file name that follows the pattern with a SIREN that fails the Luhn check.
        case invalidSIREN(String)
        /// Fields separated by `separator` (`;`) instead of a tab or `|`.
        case separator(String)
        /// An entry whose lines leave the mandatory `fields` empty, in the standard field order.
        case emptyMandatoryFields(entry: String, fields: [String])
        /// `count` more faults of the same check than the importer keeps, the last at `lastLine`.
        case more(count: Int, lastLine: Int)
    }

    /// The faults an import keeps per check; past it, one ``Kind/more(count:lastLine:)`` counts the rest.
    public static let limitPerCheck = 20

    public var check: Check
    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, check: Check? = nil, location: SourceLocation) {
        self.kind = kind
        self.check = check ?? kind.check ?? .header
        self.location = location
    }
}

extension FECFault.Kind {
    /// The check a fault belongs to; `nil` for ``more(count:lastLine:)``, which any check may give.
    public var check: FECFault.Check? {
        switch self {
        case .headerName, .headerNameMissing, .headerMisplaced: .header
        case .fieldCount: .fieldCount
        case .dateFormat, .invalidDate: .date
        case .decimalPoint, .invalidAmount: .amount
        case .unbalanced, .debitAndCredit, .noAmount, .invalidDirection: .balance
        case .numberGap, .fileNumberGap, .numberBackwards, .validationBackwards: .numbering
        case .accountNumber: .account
        case .fileName, .fileNameDate, .fileNameExtraText, .invalidSIREN: .fileName
        case .separator: .separator
        case .emptyMandatoryFields: .mandatoryField
        case .more: nil
        }
    }
}
