/// One worksheet row that contains at least one cell: its 1-based row number and its cells by
/// 0-based column, in column order.
struct XLSXRow: Sendable {
    var line: Int
    var cells: [(column: Int, value: XLSXCell)]
}

/// Reads the rows of a worksheet part (`<sheetData>`): row numbers from `r` (or the next row when
/// absent), each cell's column from its reference (`C12`, or the next column when absent), so
/// rows and cells that the XML leaves out come back as gaps.
struct XLSXSheetHandler: XLSXPartHandler {
    let sheet: String
    let sharedStrings: [String]
    let styles: [XLSXNumberKind]
    let uses1904: Bool

    private(set) var rows: [XLSXRow] = []
    /// Formula cells without a cached value (`<f>` without `<v>`), written by a program that does
    /// not compute formulas: their row number and reference, in sheet order.
    private(set) var uncomputedFormulas: [(line: Int, reference: String)] = []
    private var row: XLSXRow?
    private var lastLine = 0
    private var lastColumn = -1
    private var cell: PendingCell?
    private var inValue = false
    private var inInlineText = false

    /// The largest row and column numbers a worksheet can have.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    private struct PendingCell {
        var reference: String
        var column: Int
        var type: String
        var style: Int
        var value = ""
        var inline: String?
        var hasFormula = false
        var hasValue = false
    }

    init(sheet: String, sharedStrings: [String], styles: [XLSXNumberKind], uses1904: Bool) {
        self.sheet = sheet
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.uses1904 = uses1904
    }

    mutating func start(_ tag: XMLStartTag, parent: String) throws(XLSXError) {
        switch (parent, tag.localName) {
        case ("sheetData", "row"):
            var line = lastLine + 1
            if let reference = tag.attribute("r") {
                guard let number = Int(reference), number > lastLine, number <= Self.maximumRows else {
                    throw .badReference(sheet: sheet, reference: reference)
                }
                line = number
            }
            guard line <= Self.maximumRows else { throw .badReference(sheet: sheet, reference: String(line)) }
            lastLine = line
            lastColumn = -1
            row = XLSXRow(line: line, cells: [])
        case ("row", "c") where row != nil:
            var column = lastColumn + 1
            var reference = Self.columnName(column) + String(lastLine)
            if let given = tag.attribute("r") {
                guard let parsed = Self.column(of: given) else { throw .badReference(sheet: sheet, reference: given) }
                column = parsed
                reference = given
            }
            guard column < Self.maximumColumns else { throw .badReference(sheet: sheet, reference: reference) }
            lastColumn = column
            cell = PendingCell(
                reference: reference, column: column, type: tag.attribute("t") ?? "n",
                style: tag.attribute("s").flatMap { Int($0) } ?? 0)
        case ("c", "v") where cell != nil:
            inValue = true
            cell?.hasValue = true
        case ("c", "f") where cell != nil:
            cell?.hasFormula = true
        case ("c", "is") where cell != nil:
            cell?.inline = ""
        case ("is", "t"), ("r", "t"):
            inInlineText = cell?.inline != nil
        default:
            break
        }
    }

    mutating func text(_ text: String) {
        if inValue {
            cell?.value.append(text)
        } else if inInlineText {
            cell?.inline?.append(text)
        }
    }

    mutating func end(_ name: String) throws(XLSXError) {
        switch name {
        case "v": inValue = false
        case "t": inInlineText = false
        case "c":
            guard let pending = cell else { return }
            cell = nil
            if let value = try value(of: pending) {
                row?.cells.append((pending.column, value))
            } else if pending.hasFormula, !pending.hasValue, pending.inline == nil {
                uncomputedFormulas.append((lastLine, pending.reference))
            }
        case "row":
            guard var finished = row else { return }
            row = nil
            if finished.cells.isEmpty { return }
            // Cells are written in column order; a writer that does not gets them sorted.
            if zip(finished.cells, finished.cells.dropFirst()).contains(where: { $0.column >= $1.column }) {
                var byColumn: [Int: XLSXCell] = [:]
                for cell in finished.cells { byColumn[cell.column] = cell.value }
                finished.cells = byColumn.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            }
            rows.append(finished)
        default:
            break
        }
    }

    /// The cell's value by its type (`t`), or `nil` for a cell without value.
    private func value(of cell: PendingCell) throws(XLSXError) -> XLSXCell? {
        switch cell.type {
        case "inlineStr":
            return cell.inline.map { .text(XLSXEscapes.decode($0)) }
        case "s":
            guard !cell.value.isEmpty else { return nil }
            guard let index = Int(cell.value.trimmingSpaces), sharedStrings.indices.contains(index) else {
                throw .badSharedString(sheet: sheet, cell: cell.reference, index: cell.value)
            }
            return .text(sharedStrings[index])
        case "str", "e", "d":
            return cell.value.isEmpty ? nil : .text(XLSXEscapes.decode(cell.value))
        case "b":
            let value = cell.value.trimmingSpaces
            return value.isEmpty ? nil : .text(value == "1" || value == "true" ? "TRUE" : "FALSE")
        default:
            let value = cell.value.trimmingSpaces
            guard !value.isEmpty else { return nil }
            let kind = styles.indices.contains(cell.style) ? styles[cell.style] : .number(decimals: 0)
            return .numeric(value, kind: kind, uses1904: uses1904)
        }
    }

    /// The 0-based column of a reference such as `AB12` (letters, then optional digits).
    static func column(of reference: String) -> Int? {
        var column = 0
        var letters = 0
        var rest = reference.utf8[...]
        while let byte = rest.first, let value = letterValue(byte) {
            column = column * 26 + value
            letters += 1
            rest = rest.dropFirst()
            if letters > 3 { return nil }
        }
        guard letters > 0, rest.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
        return column - 1
    }

    /// The letters of a 0-based column: 0 is `A`, 26 is `AA`.
    static func columnName(_ column: Int) -> String {
        var number = column + 1
        var name = ""
        while number > 0 {
            let remainder = (number - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            number = (number - 1) / 26
        }
        return name
    }

    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case 0x41...0x5A: Int(byte - 0x40)
        case 0x61...0x7A: Int(byte - 0x60)
        default: nil
        }
    }
}
