import InvoiceAudit
import InvoiceModel

/// Writes invoices and credit notes as the sales journal of a FEC (Fichier des Écritures
/// Comptables, LPF art. A47 A-1): the 18 standard columns separated by `|`, dates `AAAAMMJJ`,
/// amounts with a decimal comma and no thousands separator, CRLF line ends, UTF-8 text.
///
/// Each document becomes one balanced entry, numbered from 1 in the order of issue date then
/// number. The customer line (411) is debited with the total with VAT. One revenue line (70) per
/// VAT rate is credited with its base, or one line with the total without VAT when a rate or base
/// is unknown. One output VAT line (4457) per rate is credited with its VAT. A credit note is
/// posted the other way round. `PieceRef` is the document number and `PieceDate`,
/// `EcritureDate` and `ValidDate` its issue date. Account labels are the chart-of-accounts title
/// of the account followed by the VAT rate, 0 % included, as the FEC importer reads it, so a FEC
/// written here imports back to the same numbers, dates, totals and base per rate.
///
/// A draft is left out and listed in ``Output/drafts``, because a FEC contains validated entries only.
/// A document whose number contains `|`, a tab or a line break is left out, because PieceRef
/// must be the number as issued and the separator would split the line.
/// A document that cannot make a balanced entry in euros is left out and listed in
/// ``Output/omitted``. That is a document without number or issue date, or in another currency,
/// because a FEC is kept in euros and a document gives no exchange rate. It is also a document
/// with totals missing, or whose total with VAT differs from the total without VAT plus VAT.
public struct FECWriter: Sendable {
    /// The text of the FEC, the documents left out of it with the reason, and the drafts left out.
    public struct Output: Sendable {
        public var text: String
        public var omitted: [Rejection]
        /// Drafts, left out because a FEC contains validated entries only. This is not a failure.
        public var drafts: [Rejection] = []
        /// The entries written; 0 when ``text`` contains the header only.
        public var entryCount = 0
    }

    public let settings: FECExportSettings

    public init(settings: FECExportSettings = FECExportSettings()) {
        self.settings = settings
    }

    static let header =
        "JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum|CompteLib|CompAuxNum|CompAuxLib|PieceRef|PieceDate|EcritureLib|Debit|Credit|EcritureLet|DateLet|ValidDate|Montantdevise|Idevise"

    public func write(_ documents: [Document]) -> Output {
        var omitted: [Rejection] = []
        var drafts: [Rejection] = []
        var entries: [(document: Document, number: String, date: CivilDate, postings: [FECPosting])] = []
        for document in documents {
            switch FECPosting.postings(of: document, settings: settings) {
            case .posted(let postings):
                // postings(of:settings:) succeeds only with a number and an issue date.
                if let number = document.number, let date = document.issueDate { entries.append((document, number, date, postings)) }
            case .omitted(let reason):
                omitted.append(Rejection(location: document.source, reason: reason, documentNumber: document.number))
            case .draft(let reason):
                drafts.append(Rejection(location: document.source, reason: reason, documentNumber: document.number))
            }
        }
        entries.sort { ($0.date, $0.number) < ($1.date, $1.number) }

        var text = Self.header + "\r\n"
        for (index, entry) in entries.enumerated() {
            let date = Self.compact(entry.date)
            for posting in entry.postings {
                let fields = [
                    settings.journalCode, settings.journalLabel, String(index + 1), date, posting.account, posting.accountLabel,
                    posting.auxiliaryNumber, posting.auxiliaryLabel, entry.number, date, posting.label,
                    Self.amount(posting.debit), Self.amount(posting.credit), "", "", date, "", "",
                ]
                text += fields.map(Self.field).joined(separator: "|") + "\r\n"
            }
        }
        return Output(text: text, omitted: omitted, drafts: drafts, entryCount: entries.count)
    }

    /// `AAAAMMJJ`.
    static func compact(_ date: CivilDate) -> String {
        date.description.filter { $0 != "-" }
    }

    /// Formats an amount with two decimals at least and a decimal comma.
    static func amount(_ value: Amount) -> String {
        String(value.formatted(minimumScale: 2).map { $0 == "." ? "," : $0 })
    }

    /// Replaces the separator, tabs, line breaks and other control characters of a text field
    /// with a space (one for a run of them, so `\r\n` gives one space), because they would split
    /// the line or make the file unreadable.
    static func field(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        var replacing = false
        for scalar in text.unicodeScalars {
            if cannotBeWritten(scalar) {
                if !replacing { scalars.append(" ") }
                replacing = true
            } else {
                scalars.append(scalar)
                replacing = false
            }
        }
        return String(scalars).trimmingSpaces
    }

    /// True for `|`, control characters (tab, CR, LF…) and the Unicode line and paragraph
    /// separators: scalars a FEC field cannot hold. A `Character` test would miss a lone LF
    /// beside a CR, since `\r\n` is one character.
    static func cannotBeWritten(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "|" || scalar == "\u{2028}" || scalar == "\u{2029}" || scalar.properties.generalCategory == .control
    }
}
