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
        // number that a separator, tab, line break or other control character would cut is not
        // rewritten but left out. Scalars, not characters: "\r\n" is one character.
        if let character = number.unicodeScalars.first(where: FECWriter.cannotBeWritten) {
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

        let label = Self.entryLabel(document.kind) + " " + number
        // An invoice debits the customer and credits revenue and VAT, and a credit note reverses both sides.
        let customerSide = document.kind.isCredit ? Amount(-1) : Amount(1)
        var postings: [FECPosting] = []
        var customer = FECPosting(account: settings.customerAccount, accountLabel: Self.accountTitle(settings.customerAccount), label: label)
        customer.auxiliaryNumber = document.buyer.flatMap { $0.identifiers.first?.value ?? $0.siren } ?? ""
        customer.auxiliaryLabel = document.buyer?.name ?? ""
        postings.append(customer.posted(customerSide * gross))

        let rates = breakdown.compactMap(\.rate)
        let ratesKnown = !breakdown.isEmpty && rates.count == breakdown.count && taxes.count == breakdown.count
            && taxes.reduce(Amount.zero, +) == vat
        let basesKnown = ratesKnown && taxable.count == breakdown.count && taxable.reduce(Amount.zero, +) == net
        let revenueTitle = Self.accountTitle(settings.revenueAccount)
        let vatTitle = Self.accountTitle(settings.vatAccount)
        // Each revenue line states its rate, 0 % included, so that the import rebuilds the base of
        // every rate. A 0 % part has no VAT line, because a line without amount is not written.
        if basesKnown {
            for item in breakdown {
                // A part without VAT names its category, which the import reads back.
                let category = item.rate?.isZero == true ? ZeroRateCategory.label(item.category).map { " " + $0 } ?? "" : ""
                let revenue = FECPosting(
                    account: settings.revenueAccount, accountLabel: "\(revenueTitle) TVA \(percent(item.rate))\(category)", label: label)
                postings.append(revenue.posted(-customerSide * (item.taxableAmount ?? .zero)))
            }
        } else {
            let revenue = FECPosting(account: settings.revenueAccount, accountLabel: revenueTitle, label: label)
            postings.append(revenue.posted(-customerSide * net))
        }
        if ratesKnown {
            for item in breakdown {
                let line = FECPosting(account: settings.vatAccount, accountLabel: "\(vatTitle) \(percent(item.rate))", label: label)
                postings.append(line.posted(-customerSide * (item.taxAmount ?? .zero)))
            }
        } else {
            postings.append(FECPosting(account: settings.vatAccount, accountLabel: vatTitle, label: label).posted(-customerSide * vat))
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

    /// Returns the first words of the entry label: the kind of document, in French like the rest of the FEC.
    static func entryLabel(_ kind: DocumentKind) -> String {
        switch kind {
        case .creditNote: "Avoir"
        case .deposit: "Facture d'acompte"
        case .corrective: "Facture rectificative"
        case .selfBilled: "Autofacture"
        case .invoice: "Facture"
        }
    }

    /// Returns the title of an account in the French chart of accounts (PCG) for `CompteLib`, by
    /// its first digits: `706…` is `Prestations de services`, `707…` `Ventes de marchandises`.
    /// An account outside the table gets the title of its group, else `Compte` and its number.
    static func accountTitle(_ account: String) -> String {
        let titles: [(prefix: String, title: String)] = [
            ("4457", "TVA collectée"), ("411", "Clients"), ("41", "Clients"),
            ("701", "Ventes de produits finis"), ("702", "Ventes de produits intermédiaires"),
            ("703", "Ventes de produits résiduels"), ("704", "Travaux"), ("705", "Études"),
            ("706", "Prestations de services"), ("707", "Ventes de marchandises"),
            ("708", "Produits des activités annexes"), ("70", "Ventes"), ("445", "TVA"),
        ]
        return titles.first { account.hasPrefix($0.prefix) }?.title ?? "Compte \(account)"
    }

    /// `20 %` or `5,5 %`, as the FEC importer reads a rate in a label.
    private static func percent(_ rate: Amount?) -> String {
        guard let rate else { return "" }
        return String(rate.description.map { $0 == "." ? "," : $0 }) + " %"
    }
}
