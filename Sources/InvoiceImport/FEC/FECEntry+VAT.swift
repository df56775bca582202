import InvoiceModel

extension FECEntry {
    /// Builds the VAT breakdown of a sales entry from its output VAT lines (4457…).
    ///
    /// The French chart of accounts gives no standard sub-account per rate, so the rate comes from
    /// a percentage in the account label (`TVA collectée 20 %`), else in the entry label. When
    /// every VAT line shows one, the breakdown has one entry per rate, in order of first use. The
    /// taxable amount of a rate is the total without VAT when there is a single rate. With several
    /// rates, it is the sum of the revenue lines (70…) whose labels show that rate, and it stays
    /// unknown unless every revenue line shows one of the VAT rates. When a VAT line shows no rate,
    /// the breakdown is a single entry without rate. An entry without VAT line has no breakdown.
    ///
    /// - Parameters:
    ///   - sign: 1 for an invoice, −1 for a credit note, so that amounts read as the document states them.
    ///   - amounts: the line amount (debit minus credit) in the document currency.
    func vatBreakdown(sign: Amount, taxExclusive: Amount?, amounts: (FECLine) -> Amount?) -> [VATBreakdown] {
        let vatLines = lines.filter(\.isOutputVAT)
        guard !vatLines.isEmpty else { return [] }
        func stated(_ line: FECLine) -> Amount { sign * -(amounts(line) ?? .zero) }

        let rates = vatLines.map(\.statedRate)
        let knownRates = rates.compactMap { $0 }
        guard knownRates.count == rates.count else {
            let tax = vatLines.reduce(Amount.zero) { $0 + stated($1) }
            return [VATBreakdown(taxableAmount: taxExclusive, taxAmount: tax)]
        }
        var distinctRates: [Amount] = []
        for rate in knownRates where !distinctRates.contains(rate) { distinctRates.append(rate) }

        let revenueLines = lines.filter(\.isRevenue)
        let revenueRates = revenueLines.map(\.statedRate)
        let taxableKnown = revenueRates.allSatisfy { $0.map(distinctRates.contains) ?? false }
        return distinctRates.map { rate in
            let tax = zip(vatLines, rates).filter { $0.1 == rate }.reduce(Amount.zero) { $0 + stated($1.0) }
            let taxable: Amount? =
                if distinctRates.count == 1 {
                    taxExclusive
                } else if taxableKnown {
                    zip(revenueLines, revenueRates).filter { $0.1 == rate }.reduce(Amount.zero) { $0 + stated($1.0) }
                } else {
                    nil
                }
            return VATBreakdown(category: rate > .zero ? "S" : nil, rate: rate, taxableAmount: taxable, taxAmount: tax)
        }
    }
}

extension FECLine {
    /// The VAT rate a percentage in the account label states, else one in the entry label.
    var statedRate: Amount? { FECLine.percentage(in: accountLabel) ?? FECLine.percentage(in: entryLabel) }

    /// Finds the first percentage in `text`: digits with an optional decimal comma or point, an
    /// optional space, then `%` (`20%`, `5,5 %`, `2.1%`). Values of 100 and above are ignored.
    static func percentage(in text: String) -> Amount? {
        let bytes = Array(text.utf8)
        var index = 0
        while let percent = bytes[index...].firstIndex(of: UInt8(ascii: "%")) {
            var end = percent
            if end > 0, bytes[end - 1] == 0x20 { end -= 1 }
            var start = end
            let isDigit: (UInt8) -> Bool = { $0 >= 0x30 && $0 <= 0x39 }
            while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
            if start > 1, start < end, bytes[start - 1] == UInt8(ascii: ",") || bytes[start - 1] == UInt8(ascii: "."),
                isDigit(bytes[start - 2])
            {
                start -= 1
                while start > 0, isDigit(bytes[start - 1]) { start -= 1 }
            }
            let literal = String(decoding: bytes[start..<end], as: UTF8.self).replacingComma
            if start < end, let rate = Amount(parsing: literal), rate < Amount(100) { return rate }
            index = percent + 1
        }
        return nil
    }
}

extension String {
    fileprivate var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}
