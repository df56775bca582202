import InvoiceModel

extension FECEntry {
    /// Builds the VAT breakdown of a sales entry from its output VAT lines (4457…) and revenue lines (70…).
    ///
    /// The French chart of accounts gives no standard sub-account per rate, so the rate comes from
    /// a percentage in the account label (`TVA collectée 20 %`), else in the entry label. When
    /// every VAT line shows one, the breakdown has one entry per rate, in order of first use.
    ///
    /// When every revenue line shows a rate too, and each is a rate of the VAT lines or 0 %, the
    /// taxable amount of each rate is the sum of the revenue lines at that rate, and a 0 % part
    /// (exempt, reverse charge, outside the scope of VAT) is an entry of its own with no VAT. Its
    /// category is the one its labels name (``ZeroRateCategory``: `exonération` is E,
    /// `autoliquidation` AE…), and stays empty when they name none or several. A revenue line
    /// whose label names such a category without a percentage is at 0 %. An entry whose revenue lines all show 0 % and
    /// that has no VAT line gets that one entry. Otherwise the taxable amount is the total without
    /// VAT when there is a single VAT rate, and unknown with several. When a VAT line shows no
    /// rate, the breakdown is a single entry without rate. An entry without VAT line, and without
    /// revenue line at 0 %, has no breakdown.
    ///
    /// - Parameters:
    ///   - sign: 1 for an invoice, −1 for a credit note, so that amounts read as the document states them.
    ///   - amounts: the line amount (debit minus credit) in the document currency.
    func vatBreakdown(sign: Amount, taxExclusive: Amount?, amounts: (FECLine) -> Amount?) -> [VATBreakdown] {
        func stated(_ line: FECLine) -> Amount { sign * -(amounts(line) ?? .zero) }
        let vatLines = lines.filter(\.isOutputVAT)
        let revenueLines = lines.filter(\.isRevenue)
        let revenueRates = revenueLines.map(\.revenueRate)
        let everyRevenueRated = !revenueLines.isEmpty && revenueRates.allSatisfy { $0 != nil }

        let rates = vatLines.map(\.statedRate)
        guard rates.allSatisfy({ $0 != nil }) else {
            let tax = vatLines.reduce(Amount.zero) { $0 + stated($1) }
            return [VATBreakdown(taxableAmount: taxExclusive, taxAmount: tax)]
        }
        var distinctRates: [Amount] = []
        for case let rate? in rates where !distinctRates.contains(rate) { distinctRates.append(rate) }
        // Revenue at 0 % has no VAT line: an exempt or reverse-charge part beside the taxed ones.
        let revenueFits = everyRevenueRated && revenueRates.allSatisfy { $0.map { distinctRates.contains($0) || $0.isZero } ?? false }
        if revenueFits, !distinctRates.contains(.zero), revenueRates.contains(.zero) { distinctRates.append(.zero) }
        guard !distinctRates.isEmpty else { return [] }
        let zeroCategories = Set(zip(revenueLines, revenueRates).filter { $0.1?.isZero == true }.map(\.0.statedZeroRateCategory))
        let zeroCategory = zeroCategories.count == 1 ? zeroCategories.first ?? nil : nil

        return distinctRates.map { rate in
            let tax = zip(vatLines, rates).filter { $0.1 == rate }.reduce(Amount.zero) { $0 + stated($1.0) }
            let taxable: Amount? =
                if revenueFits {
                    zip(revenueLines, revenueRates).filter { $0.1 == rate }.reduce(Amount.zero) { $0 + stated($1.0) }
                } else if distinctRates.count == 1 {
                    taxExclusive
                } else {
                    nil
                }
            return VATBreakdown(category: rate > .zero ? "S" : zeroCategory, rate: rate, taxableAmount: taxable, taxAmount: tax)
        }
    }
}

extension FECLine {
    /// The VAT rate a percentage in the account label states, else one in the entry label.
    var statedRate: Amount? { FECLine.percentage(in: accountLabel) ?? FECLine.percentage(in: entryLabel) }

    /// The category of a part without VAT that the account label names, else the entry label.
    var statedZeroRateCategory: String? {
        FECLine.zeroRateCategory(in: accountLabel) ?? FECLine.zeroRateCategory(in: entryLabel)
    }

    /// The rate of a revenue line: its stated rate, else 0 % when a label names a category without VAT.
    var revenueRate: Amount? { statedRate ?? (statedZeroRateCategory == nil ? nil : .zero) }

    /// Returns the category of ``ZeroRateCategory/words`` that begins a word of `text`, without
    /// regard to case or accents (`Ventes exonérées` is E).
    static func zeroRateCategory(in text: String) -> String? {
        let folded = " " + CSVColumnRecognition.normalise(text)
        return ZeroRateCategory.words.first { entry in entry.words.contains { folded.contains(" " + $0) } }?.category
    }

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
