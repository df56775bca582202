import InvoiceModel

extension StripeDocumentMapper {
    /// Returns what a credit note gives back beyond the invoice's amount due, as refunds (negative
    /// payments on the credit note), dated by the refund when it is expanded, else by `date`.
    ///
    /// Read are `refunds[].amount_refunded` (newer API versions), else `refund`: its `amount` when
    /// expanded, or, when it is an id, the post-payment part (`post_payment_amount`, else the whole
    /// `amount` of a `post_payment` credit note) less what `out_of_band_amount` and an expanded
    /// `customer_balance_transaction` account for. `out_of_band_amount`, money credited outside
    /// Stripe, is a refund of its own.
    func creditNoteRefunds(exponent: Int, date: CivilDate?) throws -> [Payment] {
        var payments: [Payment] = []
        let outOfBand = try reader.minorUnits("out_of_band_amount", exponent: exponent) ?? .zero
        let refunds = reader.objects("refunds")
        if !refunds.isEmpty {
            for refund in refunds {
                let expanded = try refund.object("refund")
                guard let amount = try refund.minorUnits("amount_refunded", exponent: exponent) ?? expanded?.minorUnits("amount", exponent: exponent)
                else { continue }
                payments.append(Payment(date: try expanded?.date("created") ?? date, amount: -amount.magnitude))
            }
        } else if let expanded = try reader.object("refund") {
            if let amount = try expanded.minorUnits("amount", exponent: exponent) {
                payments.append(Payment(date: try expanded.date("created") ?? date, amount: -amount.magnitude))
            }
        } else if try reader.text("refund") != nil, let postPayment = try postPaymentAmount(exponent: exponent) {
            // NOTE: a customer-balance credit given only by its id cannot be separated from the
            // refund, so the refund is then the post-payment part less the out-of-band amount.
            let balance = try reader.object("customer_balance_transaction")?.minorUnits("amount", exponent: exponent)?.magnitude ?? .zero
            let refunded = postPayment - outOfBand.magnitude - balance
            if refunded > .zero { payments.append(Payment(date: date, amount: -refunded)) }
        }
        if outOfBand > .zero { payments.append(Payment(date: date, amount: -outOfBand)) }
        return payments
    }

    /// Returns the part of a credit note beyond what the invoice still owed: `post_payment_amount`,
    /// else the whole amount of a `post_payment` credit note.
    private func postPaymentAmount(exponent: Int) throws -> Amount? {
        if let amount = try reader.minorUnits("post_payment_amount", exponent: exponent) { return amount }
        guard try reader.text("type") == "post_payment" else { return nil }
        return try reader.minorUnits("amount", exponent: exponent) ?? reader.minorUnits("total", exponent: exponent)
    }
}
