import InvoiceModel

/// One line of a FEC entry, with the fields the sales reconstruction uses.
///
/// Text fields are kept as written (trimmed). Dates and amounts that do not parse leave the value
/// `nil` and record a ``problem``, so the entry can be rejected naming the line and the value,
/// while an entry of a journal that is skipped never needs them.
struct FECLine: Sendable {
    var line: Int
    var journalCode: String
    var journalLabel: String
    var entryNumber: String
    var entryDate: CivilDate?
    var accountNumber: String
    var accountLabel: String
    var auxiliaryNumber: String
    var auxiliaryLabel: String
    var pieceReference: String
    var pieceDate: CivilDate?
    var entryLabel: String
    var debit: Amount = .zero
    var credit: Amount = .zero
    var lettering: String
    var letteringDate: CivilDate?
    var validationDate: CivilDate?
    var currencyAmount: Amount?
    var currencyCode: String
    /// The first value of the line that could not be read.
    var problem: LocalizedText?
    /// The fault of ``problem`` for the FR-FEC rules, which skip it when a rejection names it.
    var problemFault: FECFault.Kind?
    /// Departures from the FEC format on this line, including ``problemFault``; usually empty.
    var faults: [FECFault.Kind] = []

    /// The entry the line belongs to.
    var key: FECEntryKey { FECEntryKey(journalCode: journalCode, entryNumber: entryNumber) }

    /// Debit minus credit.
    var balance: Amount { debit - credit }

    /// True when the value of `column` is written but cannot be read as a date.
    func hasUnreadable(column: FECColumn) -> Bool {
        faults.contains {
            if case .invalidDate(let name, let text) = $0 { return name == column.headerName && !text.isEmpty }
            return false
        }
    }

    var isCustomer: Bool { accountNumber.hasPrefix("411") }
    var isRevenue: Bool { accountNumber.hasPrefix("70") }
    var isOutputVAT: Bool { accountNumber.hasPrefix("4457") }
}

/// A FEC entry's identity: its journal and its number in that journal.
struct FECEntryKey: Sendable, Hashable, CustomStringConvertible {
    var journalCode: String
    var entryNumber: String

    /// `VE/12`, as messages name an entry.
    var description: String { "\(journalCode)/\(entryNumber)" }
}

extension FECLine {
    /// Reads a record whose field count was checked against the header.
    init(_ record: CSVRecord, layout: FECLayout) {
        func text(_ column: FECColumn) -> String { layout.text(column, in: record) }
        line = record.line
        journalCode = text(.journalCode)
        journalLabel = text(.journalLabel)
        entryNumber = text(.entryNumber)
        accountNumber = text(.accountNumber)
        accountLabel = text(.accountLabel)
        auxiliaryNumber = text(.auxiliaryNumber)
        auxiliaryLabel = text(.auxiliaryLabel)
        pieceReference = text(.pieceReference)
        entryLabel = text(.entryLabel)
        lettering = text(.lettering)
        currencyCode = text(.currencyCode).uppercased()

        entryDate = date(text(.entryDate), column: .entryDate, required: true)
        pieceDate = date(text(.pieceDate), column: .pieceDate, required: false)
        letteringDate = date(text(.letteringDate), column: .letteringDate, required: false)
        validationDate = date(text(.validationDate), column: .validationDate, required: false)

        switch layout.amountColumns {
        case .debitCredit:
            debit = amount(text(.debitOrAmount), header: "Debit") ?? .zero
            credit = amount(text(.creditOrDirection), header: "Credit") ?? .zero
        case .amountAndDirection:
            let value = amount(text(.debitOrAmount), header: "Montant") ?? .zero
            switch FECLine.direction(text(.creditOrDirection)) {
            case .debit?: debit = value
            case .credit?: credit = value
            case nil:
                note(FECMessages.invalidDirection(text(.creditOrDirection), line: line), fault: .invalidDirection(text(.creditOrDirection)))
            }
        }
        let currencyText = text(.currencyAmount)
        if !currencyText.isEmpty { currencyAmount = amount(currencyText, header: "Montantdevise") }
        checkAccountAndSides()
    }

    /// Records the line-level faults of FR-FEC-05 and FR-FEC-07: a debit and a credit on one line,
    /// neither of them, or an account number that does not start with three digits.
    private mutating func checkAccountAndSides() {
        let start = accountNumber.utf8.prefix(3)
        if start.count < 3 || !start.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            faults.append(.accountNumber(accountNumber))
        }
        // An unreadable amount or side leaves the line's side unknown, and its own fault reports it.
        let amountUnreadable = faults.contains {
            if case .invalidAmount(let column, _) = $0 { return column != "Montantdevise" }
            if case .invalidDirection = $0 { return true }
            return false
        }
        guard !amountUnreadable else { return }
        if !debit.isZero && !credit.isZero {
            faults.append(.debitAndCredit(debit: debit, credit: credit))
        } else if debit.isZero && credit.isZero {
            faults.append(.noAmount)
        }
    }

    private enum Direction { case debit, credit }

    /// Reads `Sens`: `D` or `C`, or `+1` / `1` for a debit and `-1` for a credit.
    private static func direction(_ text: String) -> Direction? {
        switch text.uppercased() {
        case "D", "+1", "1": .debit
        case "C", "-1": .credit
        default: nil
        }
    }

    private mutating func note(_ problem: LocalizedText, fault: FECFault.Kind? = nil) {
        if let fault { faults.append(fault) }
        if self.problem == nil {
            self.problem = problem
            problemFault = fault
        }
    }

    /// Reads a FEC date: `AAAAMMJJ` as the format requires, also ISO `AAAA-MM-JJ` and `JJ/MM/AAAA`.
    private mutating func date(_ text: String, column: FECColumn, required: Bool) -> CivilDate? {
        if text.isEmpty {
            if required {
                note(FECMessages.missingValue(column.headerName, line: line), fault: .invalidDate(column: column.headerName, text: ""))
            }
            return nil
        }
        guard let date = CivilDate(parsing: text) else {
            note(
                FECMessages.invalidDate(text, header: column.headerName, line: line),
                fault: .invalidDate(column: column.headerName, text: text))
            return nil
        }
        if text.utf8.count != 8 { faults.append(.dateFormat(column: column.headerName, text: text)) }
        return date
    }

    /// Reads a FEC amount: optional sign, digits, a decimal comma (or point), no thousands separator.
    private mutating func amount(_ text: String, header: String) -> Amount? {
        if text.isEmpty { return .zero }
        let comma = UInt8(ascii: ",")
        let plain = text.utf8.contains(comma) ? String(decoding: text.utf8.map { $0 == comma ? UInt8(ascii: ".") : $0 }, as: UTF8.self) : text
        guard let value = Amount(parsing: plain), !text.utf8.contains(UInt8(ascii: " ")) else {
            note(FECMessages.invalidAmount(text, header: header, line: line), fault: .invalidAmount(column: header, text: text))
            return nil
        }
        if text.utf8.contains(UInt8(ascii: ".")) { faults.append(.decimalPoint(column: header, text: text)) }
        return value
    }
}
