import InvoiceModel

@testable import InvoiceImport

/// A cell for ``XLSXSheetBuilder``.
enum TestCell {
    /// A shared string.
    case text(String)
    /// An inline string.
    case inline(String)
    /// A number as Excel writes it in `<v>`, with a style index.
    case number(String, style: Int = 0)
    /// A date in the 1900 system, with a style whose format is a date.
    case date(Int, Int, Int, style: Int)
    /// A cell left out of the XML.
    case absent
}

/// Builds `<row>` elements with explicit references, collecting shared strings.
struct XLSXSheetBuilder {
    private(set) var strings: [String] = []

    static func serial(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let date = CivilDate(year: year, month: month, day: day)!
        return date.dayNumber - CivilDate(year: 1899, month: 12, day: 30)!.dayNumber
    }

    mutating func rows(_ grid: [[TestCell]], firstRow: Int = 1) -> String {
        var xml = ""
        for (offset, cells) in grid.enumerated() {
            let row = firstRow + offset
            xml += #"<row r="\#(row)">"#
            for (index, cell) in cells.enumerated() {
                let reference = XLSXSheetHandler.columnName(index) + String(row)
                switch cell {
                case .text(let text):
                    let position = strings.firstIndex(of: text) ?? strings.count
                    if position == strings.count { strings.append(text) }
                    xml += #"<c r="\#(reference)" t="s"><v>\#(position)</v></c>"#
                case .inline(let text):
                    xml += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(XLSXTestWorkbook.escaped(text))</t></is></c>"#
                case .number(let value, let style):
                    xml += #"<c r="\#(reference)" s="\#(style)"><v>\#(value)</v></c>"#
                case .date(let year, let month, let day, let style):
                    xml += #"<c r="\#(reference)" s="\#(style)"><v>\#(Self.serial(year, month, day))</v></c>"#
                case .absent:
                    continue
                }
            }
            xml += "</row>"
        }
        return xml
    }
}
