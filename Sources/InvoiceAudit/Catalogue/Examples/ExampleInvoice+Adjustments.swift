import InvoiceModel

/// Allowances and charges added to the reference invoice by the EN 16931 examples, with the
/// totals recomputed so that only the term an example changes afterwards is wrong.
extension ExampleInvoice {
    /// Returns a document-level loyalty discount (BG-20) at 20 %: 5 % of 1231.60, that is 61.58.
    static func loyaltyDiscount() -> AllowanceCharge {
        AllowanceCharge(
            isCharge: false, amount: amount("61.58"), baseAmount: amount("1231.60"), percentage: amount("5"),
            vatCategory: "S", vatRate: amount("20"), reason: "Remise fidélité", reasonCode: "95")
    }

    /// Returns a document-level delivery charge (BG-21) of 25.00 at 20 %.
    static func deliveryCharge() -> AllowanceCharge {
        AllowanceCharge(
            isCharge: true, amount: amount("25.00"), baseAmount: amount("250.00"), percentage: amount("10"),
            vatCategory: "S", vatRate: amount("20"), reason: "Frais de livraison", reasonCode: "DL")
    }

    /// Returns a line discount (BG-27) of 10 % for line 2, that is 40.00 of its 400.00.
    static func lineDiscount() -> AllowanceCharge {
        AllowanceCharge(
            isCharge: false, amount: amount("40.00"), baseAmount: amount("400.00"), percentage: amount("10"),
            reason: "Remise chantier", reasonCode: "95")
    }

    /// Returns a packaging charge (BG-28) of 12.00 for line 1.
    static func packagingCharge() -> AllowanceCharge {
        AllowanceCharge(
            isCharge: true, amount: amount("12.00"), baseAmount: amount("120.00"), percentage: amount("10"),
            reason: "Emballage renforcé", reasonCode: "ABL")
    }

    /// Adds `adjustment` to line `index` (0-based), moves the line's net amount by it, and
    /// recomputes the totals.
    static func adjust(_ document: inout Document, line index: Int, with adjustment: AllowanceCharge) {
        document.lines[index].allowanceCharges.append(adjustment)
        if let net = document.lines[index].netAmount, let change = adjustment.amount {
            document.lines[index].netAmount = adjustment.isCharge ? net + change : net - change
        }
        rebalance(&document)
    }

    /// Adds a document-level allowance or charge and recomputes the totals.
    static func adjust(_ document: inout Document, with adjustment: AllowanceCharge) {
        document.allowanceCharges.append(adjustment)
        rebalance(&document)
    }

    /// Recomputes the breakdown and BT-106 to BT-115 from the lines and the document-level
    /// allowances and charges, as ``rebalanceCategories(_:)`` does for every category.
    static func rebalance(_ document: inout Document) {
        rebalanceCategories(&document)
    }
}
