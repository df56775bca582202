import InvoiceAudit
import InvoiceModel

/// One line of a FEC sales entry, before formatting.
struct FECPosting: Sendable, Hashable {
    var account: String
    var accountLabel: String
    var auxiliaryNumber = ""
    var auxiliaryLabel = ""
    var label: String
    var debit = Amount.zero
    var credit = Amount.zero

    /// The lines of a document's entry, or the reason it cannot have one.
    enum Outcome {
        case posted([FECPosting])
        case omitted(LocalizedText)
        /// A draft, left out because a FEC contains validated entries only.
        case draft(LocalizedText)
    }

    /// Builds the lines of a document's entry, or the reason it cannot have one.
    static func postings(of document: Document, settings: FECExportSettings) -> Outcome {
        if document.isDraft || document.status == .draft {
            return .draft(FECExportMessages.draft(document.number ?? document.provisionalNumber ?? ""))
        }
        guard let number = document.number, !number.trimmingSpaces.isEmpty else { return .omitted(FECExportMessages.noNumber) }
        // The FEC writes `|` as its separator and PieceRef must be the number as issued, so a
        // number that a separator, tab or line break would cut is not rewritten but left out.
        if let character = number.first(where: { "|\t\r\n".contains($0) }) {
            return .omitted(FECExportMessages.separatorInNumber(number, character))
        }
        guard document.issueDate != nil else { return .omitted(FECExportMessages.noIssueDate(number)) }
        let currency = document.currency ?? "EUR"
        guard currency == "EUR" else { return .omitted(FECExportMessages.foreignCurrency(number, currency)) }

        let breakdown = document.vatBreakdown
        let taxes = breakdown.compactMap(\.taxAmount)
        let vat = document.totals.vat ?? (taxes.count == breakdown.count ? taxes.reduce(Amount.zero, +) : nil)
        let taxable = breakdown.compactMap(\.taxableAmount)
        let net = document.totals.taxExclusive ?? (!breakdown.isEmpty && taxable.count == breakdown.count ? taxable.reduce(Amount.zero, +) : nil)
        guard let net, let vat, let gross = document.totals.taxInclusive ?? .some(net + vat) else {
            return .omitted(FECExportMessages.missingTotals(number))
        }
        guard gross == net + vat else { return .omitted(FECExportMessages.unbalanced(number, gross: gross, net: net, vat: vat)) }

        let label = (document.kind.isCredit ? "Avoir " : "Facture ") + number
        // An invoice debits the customer and credits revenue and VAT, and a credit note reverses both sides.
        let customerSide = document.kind.isCredit ? Amount(-1) : Amount(1)
        var postings: [FECPosting] = []
        var customer = FECPosting(account: settings.customerAccount, accountLabel: "Clients", label: label)
        customer.auxiliaryNumber = document.buyer.flatMap { $0.identifiers.first?.value ?? $0.siren } ?? ""
        customer.auxiliaryLabel = document.buyer?.name ?? ""
        postings.append(customer.posted(customerSide * gross))

        let rates = breakdown.compactMap(\.rate)
        let ratesKnown = !breakdown.isEmpty && rates.count == breakdown.count && taxes.count == breakdown.count
            && taxes.reduce(Amount.zero, +) == vat
        let basesKnown = ratesKnown && taxable.count == breakdown.count && taxable.reduce(Amount.zero, +) == net
        if basesKnown && breakdown.count > 1 {
            for item in breakdown {
                let revenue = FECPosting(account: settings.revenueAccount, accountLabel: "Ventes TVA \(percent(item.rate))", label: label)
                postings.append(revenue.posted(-customerSide * (item.taxableAmount ?? .zero)))
            }
        } else {
            let revenue = FECPosting(account: settings.revenueAccount, accountLabel: "Ventes", label: label)
            postings.append(revenue.posted(-customerSide * net))
        }
        if ratesKnown {
            for item in breakdown {
                let line = FECPosting(account: settings.vatAccount, accountLabel: "TVA collectée \(percent(item.rate))", label: label)
                postings.append(line.posted(-customerSide * (item.taxAmount ?? .zero)))
            }
        } else {
            postings.append(FECPosting(account: settings.vatAccount, accountLabel: "TVA collectée", label: label).posted(-customerSide * vat))
        }
        let written = postings.filter { !$0.debit.isZero || !$0.credit.isZero }
        guard !written.isEmpty else { return .omitted(FECExportMessages.zeroTotals(number)) }
        return .posted(written)
    }

    /// Returns the line with `amount` on the debit side when positive, on the credit side when negative.
    func posted(_ amount: Amount) -> FECPosting {
        var line = self
        if amount.isNegative { line.credit = amount.magnitude } else { line.debit = amount }
        return line
    }

    /// `20 %` or `5,5 %`, as the FEC importer reads a rate in a label.
    private static func percent(_ rate: Amount?) -> String {
        guard let rate else { return "" }
        return String(rate.description.map { $0 == "." ? "," : $0 }) + " %"
    }
}
