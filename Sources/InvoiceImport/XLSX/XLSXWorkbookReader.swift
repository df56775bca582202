/// Unpacks a workbook and reads every worksheet into rows of cells.
///
/// The archive's parts are unpacked one at a time within ``ZipLimits``; each is parsed as soon as
/// it is unpacked and its bytes dropped, so memory holds the rows read so far and one part.
enum XLSXWorkbookReader {
    /// A sheet in tab order with its rows; chart sheets and hidden sheets have none.
    struct SheetRows: Sendable {
        var name: String
        var rows: [XLSXRow]
        /// True for a hidden or very hidden sheet, which is not read.
        var isHidden = false
        /// Formula cells that were never computed, read as empty.
        var uncomputedFormulas: [(line: Int, reference: String)] = []
        /// The workbook's date system, which numbers without a date format in a date column
        /// are read in.
        var dateSystem = ExcelDateSystem.from1900
    }

    /// The first bytes of an OLE compound file: Excel 97-2003 workbooks and encrypted workbooks.
    static let compoundFileSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    static func read(_ bytes: [UInt8], limits: ZipLimits) throws(XLSXError) -> [SheetRows] {
        if bytes.starts(with: compoundFileSignature) { throw .notWorkbook(.compoundFile) }
        let archive: ZipArchive
        do {
            archive = try ZipArchive(bytes, limits: limits)
        } catch {
            throw .zip(error)
        }
        var budget = ZipBudget(limits: limits)
        let package = try XLSXPackage.open(archive, budget: &budget)

        var sharedStrings = XLSXSharedStringsHandler()
        if let part = package.sharedStringsPart {
            try XLSXPartReader.read(try XLSXPackage.unpack(part, archive, budget: &budget), part: part, into: &sharedStrings)
        }
        var styles = XLSXStylesHandler()
        if let part = package.stylesPart {
            try XLSXPartReader.read(try XLSXPackage.unpack(part, archive, budget: &budget), part: part, into: &styles)
        }
        let kinds = styles.kinds
        var sheets: [SheetRows] = []
        for sheet in package.sheets {
            if sheet.isHidden {
                sheets.append(SheetRows(name: sheet.name, rows: [], isHidden: true))
                continue
            }
            guard let part = sheet.part else {
                sheets.append(SheetRows(name: sheet.name, rows: []))
                continue
            }
            var handler = XLSXSheetHandler(
                sheet: sheet.name, sharedStrings: sharedStrings.strings, styles: kinds, uses1904: package.uses1904DateSystem)
            try XLSXPartReader.read(try XLSXPackage.unpack(part, archive, budget: &budget), part: part, into: &handler)
            sheets.append(
                SheetRows(
                    name: sheet.name, rows: handler.rows, uncomputedFormulas: handler.uncomputedFormulas,
                    dateSystem: package.uses1904DateSystem ? .from1904 : .from1900))
        }
        return sheets
    }
}
