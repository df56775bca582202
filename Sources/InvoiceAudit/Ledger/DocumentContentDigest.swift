import InvoiceModel

/// A hash of the fields a document fingerprint covers (number, kind, dates, currency, parties,
/// preceding invoices, lines, VAT breakdown, totals, payment terms and notes), without status,
/// payments or source location: two exports of the same invoice get the same digest.
///
/// It lets the ledger recognise one invoice read from two sources, such as a January–June export
/// given beside the full-year export, without keeping the document. It is only compared within one
/// run, so the per-process seed of `Hasher` does not matter.
enum DocumentContentDigest {
    /// Returns the digest of `document`.
    static func of(_ document: Document) -> Int {
        var hasher = Hasher()
        hasher.combine(document.number?.trimmingSpaces)
        hasher.combine(document.kind.rawValue)
        hasher.combine(document.issueDate)
        hasher.combine(document.dueDate)
        hasher.combine(document.currency?.uppercased())
        combine(document.seller, into: &hasher)
        combine(document.buyer, into: &hasher)

        hasher.combine(document.precedingInvoices.count)
        for reference in document.precedingInvoices {
            hasher.combine(reference.number)
            hasher.combine(reference.issueDate)
        }
        hasher.combine(document.lines.count)
        for line in document.lines {
            hasher.combine(line.description?.trimmingSpaces)
            combine(line.quantity, into: &hasher)
            hasher.combine(line.unit)
            combine(line.netPrice, into: &hasher)
            combine(line.baseQuantity, into: &hasher)
            combine(line.netAmount, into: &hasher)
            hasher.combine(line.vatCategory)
            combine(line.vatRate, into: &hasher)
        }

        hasher.combine(document.vatBreakdown.count)
        for entry in document.vatBreakdown {
            hasher.combine(entry.category)
            combine(entry.rate, into: &hasher)
            combine(entry.taxableAmount, into: &hasher)
            combine(entry.taxAmount, into: &hasher)
            hasher.combine(entry.exemptionReason)
            hasher.combine(entry.exemptionReasonCode)
        }

        let totals = document.totals
        for amount in [
            totals.lineNet, totals.allowances, totals.charges, totals.taxExclusive, totals.vat,
            totals.vatInAccountingCurrency, totals.taxInclusive, totals.rounding,
        ] {
            combine(amount, into: &hasher)
        }
        hasher.combine(document.paymentTerms?.trimmingSpaces)
        hasher.combine(document.notes.count)
        for note in document.notes {
            hasher.combine(note.subject)
            hasher.combine(note.text)
        }
        return hasher.finalize()
    }

    /// Adds an amount at its significant scale, so `1850.00` read from CSV and `1850` agree.
    private static func combine(_ amount: Amount?, into hasher: inout Hasher) {
        hasher.combine(amount.map { $0.rounded(toScale: $0.significantScale) })
    }

    private static func combine(_ party: Party?, into hasher: inout Hasher) {
        hasher.combine(party == nil)
        guard let party else { return }
        hasher.combine(party.name?.trimmingSpaces)
        hasher.combine(PartyKey(party))
        hasher.combine(party.address?.lines)
        hasher.combine(party.address?.postalCode)
        hasher.combine(party.address?.city)
        hasher.combine(party.address?.country)
    }
}
