import InvoiceModel

/// One invoice still owed on the as-of date, with the amount due and how many days it is late.
public struct Receivable: Sendable, Hashable {
    /// The origin of the due date.
    public enum DueDateSource: String, Sendable, Hashable {
        /// The document's due date (BT-9).
        case document
        /// The issue date plus ``AgingConfiguration/defaultTermDays``, for a document without one.
        case defaultTerm = "default-term"
    }

    /// The basis of the amount due. The report tries them in this order.
    public enum AmountBasis: String, Sendable, Hashable {
        /// The total with VAT (BT-112) less deducted deposits, credit notes and the payments recorded by the as-of date.
        case payments
        /// The amount due the export declares (BT-115), less the credit notes it cannot reflect yet.
        case declaredAmountDue = "declared-amount-due"
        /// The total with VAT less deducted deposits and credit notes, for a document with no payment data.
        case total
    }

    public let seller: PartyKey
    public let sellerName: String?
    public let buyer: PartyKey
    public let buyerName: String?
    public let number: String
    public let kind: DocumentKind
    public let status: DocumentStatus?
    public let issueDate: CivilDate?
    public let dueDate: CivilDate
    public let dueDateSource: DueDateSource
    public let currency: String
    /// True when the document states no currency and ``AgingConfiguration/defaultCurrency`` was used.
    public let currencyAssumed: Bool
    /// BT-112, the total with VAT, when the document gives it.
    public let total: Amount?
    public let amountDue: Amount
    public let basis: AmountBasis
    /// Days from the due date to the as-of date: zero or less when the invoice is not yet due.
    public let daysOverdue: Int
    public let source: SourceLocation
    public let facts: ReceivableFacts

    public var isOverdue: Bool { daysOverdue > 0 }
}

/// A document whose amount due cannot be trusted, listed apart from the receivables with the reason.
public struct UnreliableReceivable: Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        case noTotal
        case unknownCurrency(String)
        case noDate
        case noNumber
        /// A credit note that cites no invoice of the data, so it lowers no receivable.
        case unmatchedCreditNote(cited: String?)
        /// An invoice whose amount due is negative: a credit the seller owes the customer.
        case creditBalance(Amount)
        /// A seller and number found in several documents that differ, at these locations.
        case numberInSeveralDocuments([SourceLocation])
        /// A credit note above what its invoices still owed when it was issued: the rest, negative
        /// as in ``creditBalance(_:)``, is a credit the seller owes the customer.
        case creditNoteExcess(Amount, invoices: [String])
        /// An invoice cited by a credit note in another currency: neither is netted against the other.
        case creditNoteInOtherCurrency(creditNote: String?, currency: String)
        /// A credit note citing an invoice in another currency: neither is netted against the other.
        case invoiceInOtherCurrency(invoice: String, currency: String)

        /// A stable identifier for JSON and CSV.
        public var code: String {
            switch self {
            case .noTotal: "no-total"
            case .unknownCurrency: "unknown-currency"
            case .noDate: "no-date"
            case .noNumber: "no-number"
            case .unmatchedCreditNote: "unmatched-credit-note"
            case .numberInSeveralDocuments: "number-in-several-documents"
            case .creditBalance, .creditNoteExcess: "credit-balance"
            case .creditNoteInOtherCurrency, .invoiceInOtherCurrency: "currency-mismatch"
            }
        }

        /// The credit the seller owes the customer, negative, for the two credit-balance reasons.
        public var creditBalance: Amount? {
            switch self {
            case .creditBalance(let balance), .creditNoteExcess(let balance, _): balance
            default: nil
            }
        }

        public var message: LocalizedText {
            switch self {
            case .noTotal:
                LocalizedText(
                    fr: "ni total TTC (BT-112) ni reste à payer (BT-115) : le montant dû est inconnu, complétez l'export",
                    en: "neither a total with VAT (BT-112) nor an amount due (BT-115): the amount owed is unknown, complete the export")
            case .unknownCurrency(let code):
                LocalizedText(
                    fr: "devise '\(code)' inconnue : le montant ne peut être totalisé avec aucune devise, corrigez le code ISO 4217",
                    en: "unknown currency '\(code)': the amount cannot be added to any currency, correct the ISO 4217 code")
            case .noDate:
                LocalizedText(
                    fr: "ni date d'échéance ni date d'émission : l'ancienneté est inconnue, complétez l'export",
                    en: "neither a due date nor an issue date: the age is unknown, complete the export")
            case .noNumber:
                LocalizedText(
                    fr: "facture sans numéro : les avoirs ne peuvent s'y rattacher, numérotez-la",
                    en: "invoice without a number: no credit note can be matched to it, number it")
            case .unmatchedCreditNote(let cited?):
                LocalizedText(
                    fr: "avoir citant la facture '\(cited)', absente des données : son montant n'est déduit d'aucune créance",
                    en: "credit note citing invoice '\(cited)', which is not in the data: its amount is deducted from no receivable")
            case .creditBalance(let balance):
                LocalizedText(
                    fr: "solde créditeur de '\(balance.frenchText)' dû au client (facture négative, avoir ou paiements au-delà de la facture) : remboursez-le ou imputez-le sur une facture suivante",
                    en: "credit balance of '\(balance)' owed to the customer (negative invoice, or credit notes or payments above the invoice): refund it or apply it to a later invoice")
            case .numberInSeveralDocuments(let locations):
                LocalizedText(
                    fr: "numéro présent dans \(locations.count) documents différents (\(Self.list(locations))) : aucune version n'est comptée, gardez-en une seule",
                    en: "number appears in \(locations.count) documents that differ (\(Self.list(locations))): no version is counted, keep only one")
            case .creditNoteExcess(let balance, let invoices):
                LocalizedText(
                    fr: "avoir supérieur de '\(balance.magnitude.frenchText)' à ce que \(Self.invoices(invoices, fr: true)) devai\(invoices.count > 1 ? "en" : "")t encore à sa date : ce solde créditeur est dû au client, remboursez-le ou imputez-le sur une facture suivante",
                    en: "credit note exceeds what \(Self.invoices(invoices, fr: false)) still owed on its date by '\(balance.magnitude)': this credit balance is owed to the customer, refund it or apply it to a later invoice")
            case .creditNoteInOtherCurrency(let creditNote, let currency):
                LocalizedText(
                    fr: "l'avoir\(creditNote.map { " '\($0)'" } ?? "") qui cite cette facture est en \(currency) : les montants de deux devises ne sont pas compensés et le reste dû est inconnu, rapprochez-les au taux de change convenu",
                    en: "credit note\(creditNote.map { " '\($0)'" } ?? "") citing this invoice is in \(currency): amounts of two currencies are not netted and the amount owed is unknown, match them at the agreed exchange rate")
            case .invoiceInOtherCurrency(let invoice, let currency):
                LocalizedText(
                    fr: "avoir citant la facture '\(invoice)', en \(currency) : les montants de deux devises ne sont pas compensés, il n'est déduit d'aucune créance",
                    en: "credit note citing invoice '\(invoice)', which is in \(currency): amounts of two currencies are not netted, so it is deducted from no receivable")
            case .unmatchedCreditNote(nil):
                LocalizedText(
                    fr: "avoir qui ne cite aucune facture : son montant n'est déduit d'aucune créance, indiquez la facture d'origine",
                    en: "credit note citing no invoice: its amount is deducted from no receivable, state the original invoice")
            }
        }

        /// `la facture 'FA-1'` / `invoice 'FA-1'`, or `les factures 'FA-1', 'FA-2'` / `invoices 'FA-1', 'FA-2'`.
        private static func invoices(_ numbers: [String], fr: Bool) -> String {
            let list = numbers.map { "'\($0)'" }.joined(separator: ", ")
            if numbers.count > 1 { return fr ? "les factures \(list)" : "invoices \(list)" }
            return fr ? "la facture \(list)" : "invoice \(list)"
        }

        private static func list(_ locations: [SourceLocation]) -> String {
            locations.map(\.description).joined(separator: ", ")
        }
    }

    public let seller: PartyKey
    public let sellerName: String?
    public let buyer: PartyKey
    public let buyerName: String?
    public let number: String?
    public let kind: DocumentKind
    public let currency: String?
    /// The document's total with VAT (BT-112), or its declared amount due, when it gives one.
    public let amount: Amount?
    public let reason: Reason
    public let source: SourceLocation
}
