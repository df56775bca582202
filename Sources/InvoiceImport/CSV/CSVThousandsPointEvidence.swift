/// Watches for a file whose money amounts all read `10.000`, `2.000`, `12.000`: exactly three
/// digits after one point in every filled cell. With `;` or tab separators this is how some
/// tools write thousands, and read with a decimal point such amounts are 1,000 times too small,
/// while their totals still add up. The evidence only warns: `10.000` is also a plain decimal.
struct CSVThousandsPointEvidence {
    private var cells = 0
    private var contradicted = false

    /// True when at least one money cell was seen and every one had three digits after a point.
    var suggestsThousands: Bool { cells > 0 && !contradicted }

    /// Notes the money cells of `record` at `columns`.
    mutating func note(_ record: CSVRecord, columns: [Int]) {
        guard !contradicted else { return }
        for column in columns where column < record.fieldCount && !record.isEmptyCell(column) {
            guard Self.hasThreeDigitsAfterPoint(record.field(column)) else {
                contradicted = true
                return
            }
            cells += 1
        }
    }

    /// True for `12.000` or `-1.500`, possibly with spaces around: digits, one point, three digits.
    static func hasThreeDigitsAfterPoint(_ field: ArraySlice<UInt8>) -> Bool {
        var bytes = field.drop { $0 == 0x20 }
        while bytes.last == 0x20 { bytes = bytes.dropLast() }
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        guard let point = bytes.firstIndex(of: UInt8(ascii: ".")) else { return false }
        let integer = bytes[..<point]
        let fraction = bytes[(point + 1)...]
        let isDigit = { (byte: UInt8) in (0x30...0x39).contains(byte) }
        return !integer.isEmpty && integer.allSatisfy(isDigit) && fraction.count == 3 && fraction.allSatisfy(isDigit)
    }

    /// The money columns of `layout`: amounts without quantities, rates and percentages.
    static func moneyColumns(_ layout: ColumnLayout) -> [Int] {
        layout.columns.filter { $0.key.isAmount && ![.lineQuantity, .lineVatRate, .progressPercent].contains($0.key) }
            .map(\.value).sorted()
    }
}
