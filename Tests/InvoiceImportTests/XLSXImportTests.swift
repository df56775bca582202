import InvoiceModel
import Testing

@testable import InvoiceImport

/// Workbooks read like the CSV export they represent.
@Suite struct XLSXImportTests {
    /// Style 0 is General, 1 a date (built-in 14), 2 `#,##0.00` (built-in 4), 3 a percentage (9),
    /// 4 `0.00%` (10), 5 `[$€-40C] #,##0.00` and 6 `0.00E+00` (11).
    static let cellFormats =
        #"<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="4"/><xf numFmtId="9"/><xf numFmtId="10"/><xf numFmtId="164"/><xf numFmtId="11"/>"#
    static let numberFormats = #"<numFmts count="1"><numFmt numFmtId="164" formatCode="[$€-40C] #,##0.00"/></numFmts>"#

    static func importBytes(_ bytes: [UInt8], file: String, mapping: CSVMapping? = nil) -> ImportResult {
        DocumentImporter.importBytes(bytes, file: file, options: ImportOptions(csvMapping: mapping))
    }

    static func workbook(
        _ sheets: [(String, [[TestCell]])], date1904: Bool = false, deflate: Bool = true, states: [String: String] = [:]
    ) -> [UInt8] {
        var builder = XLSXSheetBuilder()
        let bodies = sheets.map { ($0.0, builder.rows($0.1)) }
        var book = XLSXTestWorkbook(sheets: bodies, sharedStrings: builder.strings)
        book.sheetStates = states
        book.cellFormats = cellFormats
        book.numberFormats = numberFormats
        book.date1904 = date1904
        book.deflate = deflate
        return book.bytes
    }

    /// The document without where it came from, to compare a workbook's with a CSV's.
    static func withoutSource(_ document: Document) -> Document {
        var copy = document
        copy.source = SourceLocation(file: "", line: document.source.line)
        for index in copy.lines.indices { copy.lines[index].source = copy.lines[index].source.map { SourceLocation(file: "", line: $0.line) } }
        return copy
    }

    static let csv = """
        Numéro;Date;Client;Total HT;TVA;Total TTC
        F-2025-001;15/01/2025;Dupont SARL;1250,00;250,00;1500,00
        F-2025-002;16/01/2025;Martin & Fils;19,99;4,00;23,99
        AV-2025-001;20/01/2025;Dupont SARL;-100,00;-20,00;-120,00

        """

    static let headerRow: [TestCell] = [.text("Numéro"), .text("Date"), .text("Client"), .text("Total HT"), .text("TVA"), .text("Total TTC")]

    static let invoiceRows: [[TestCell]] = [
        headerRow,
        [.text("F-2025-001"), .date(2025, 1, 15, style: 1), .text("Dupont SARL"), .number("1250", style: 2), .number("250", style: 2), .number("1500", style: 2)],
        [.text("F-2025-002"), .date(2025, 1, 16, style: 1), .text("Martin & Fils"), .number("19.989999999999998", style: 2), .number("4", style: 2), .number("23.990000000000002", style: 2)],
        [.text("AV-2025-001"), .date(2025, 1, 20, style: 1), .inline("Dupont SARL"), .number("-100", style: 2), .number("-20", style: 2), .number("-120", style: 2)],
    ]

    @Test func headerLevelWorkbookGivesTheCSVDocuments() throws {
        let fromCSV = Self.importBytes(Array(Self.csv.utf8), file: "factures.csv")
        let fromXLSX = Self.importBytes(Self.workbook([("Factures", Self.invoiceRows)]), file: "factures.xlsx")
        #expect(fromCSV.documents.count == 3)
        #expect(fromXLSX.format == .xlsx)
        #expect(fromXLSX.rejections.isEmpty && fromXLSX.warnings.isEmpty)
        #expect(fromXLSX.documents.map(Self.withoutSource) == fromCSV.documents.map(Self.withoutSource))
        #expect(fromXLSX.columns == fromCSV.columns)
        let second = try #require(fromXLSX.documents.dropFirst().first)
        #expect(second.totals.taxExclusive?.description == "19.99")
        #expect(second.totals.taxInclusive?.description == "23.99")
        #expect(second.issueDate == CivilDate(year: 2025, month: 1, day: 16))
        #expect(second.sourceFormat == .csv)
        #expect(second.source == SourceLocation(file: "factures.xlsx", line: 3, sheet: "Factures"))
        #expect(second.source.description == "factures.xlsx:Factures!3")
    }

    @Test func storedEntriesReadLikeDeflatedOnes() {
        let stored = Self.importBytes(Self.workbook([("Factures", Self.invoiceRows)], deflate: false), file: "f.xlsx")
        let deflated = Self.importBytes(Self.workbook([("Factures", Self.invoiceRows)]), file: "f.xlsx")
        #expect(stored.documents.count == 3)
        #expect(stored.documents == deflated.documents)
    }

    @Test func lineLevelWorkbookGroupsRowsLikeCSV() throws {
        let csv = """
            Numéro;Date;Client;Désignation;Quantité;Prix unitaire;Montant ligne HT;Taux TVA
            F-1;15/01/2025;Dupont;Conseil;2;100,00;200,00;20%
            F-1;15/01/2025;Dupont;Frais;1;19,99;19,99;5,50%
            F-2;16/01/2025;Martin;Conseil;1;50,00;50,00;20%

            """
        let header: [TestCell] = ["Numéro", "Date", "Client", "Désignation", "Quantité", "Prix unitaire", "Montant ligne HT", "Taux TVA"].map { .text($0) }
        func row(_ number: String, _ day: Int, _ client: String, _ item: String, _ quantity: String, _ price: String, _ rate: String, rateStyle: Int = 3) -> [TestCell] {
            [.text(number), .date(2025, 1, day, style: 1), .text(client), .text(item), .number(quantity), .number(price, style: 2), .number(price, style: 2), .number(rate, style: rateStyle)]
        }
        var rows = [header, row("F-1", 15, "Dupont", "Conseil", "2", "100", "0.2"), row("F-1", 15, "Dupont", "Frais", "1", "19.99", "5.5E-2", rateStyle: 4)]
        rows[1][6] = .number("200", style: 2)
        rows.append(row("F-2", 16, "Martin", "Conseil", "1", "50", "0.2"))
        let fromCSV = Self.importBytes(Array(csv.utf8), file: "lignes.csv")
        let fromXLSX = Self.importBytes(Self.workbook([("Lignes", rows)]), file: "lignes.xlsx")
        #expect(fromCSV.documents.map(\.lines.count) == [2, 1])
        #expect(fromXLSX.documents.map(Self.withoutSource) == fromCSV.documents.map(Self.withoutSource))
        let frais = try #require(fromXLSX.documents.first?.lines.last)
        #expect(frais.vatRate?.description == "5.50")
        #expect(frais.source == SourceLocation(file: "lignes.xlsx", line: 3, sheet: "Lignes"))
    }

    @Test func richTextAndPhoneticRunsReadAsTheCellText() throws {
        var book = XLSXTestWorkbook(
            sheets: [("Feuil1", #"""
                <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
                <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><r><rPr><b/></rPr><t>Atelier</t></r><r><t xml:space="preserve"> Durand_x000D_</t></r></is></c></row>
                <row r="3"><c r="A3" t="str"><f>"F-"&amp;3</f><v>F-3</v></c><c r="B3" t="s"><v>3</v></c></row>
                """#)],
            sharedStrings: ["Numéro", "Client", "<r><t>F-</t></r><r><rPr><i/></rPr><t>2</t></r><rPh sb=\"0\" eb=\"1\"><t>エフ</t></rPh>", "Café & Co"])
        book.cellFormats = Self.cellFormats
        let result = Self.importBytes(book.bytes, file: "clients.xlsx")
        #expect(result.documents.map(\.number) == ["F-2", "F-3"])
        #expect(result.documents.map { $0.buyer?.name } == ["Atelier Durand", "Café & Co"])
    }

    @Test func dateCellsFollowTheWorkbookDateSystem() throws {
        let rows: [[TestCell]] = [
            [.text("Numéro"), .text("Date")],
            [.text("F-1"), .number("45672", style: 1)],
            [.text("F-2"), .number("45672.75", style: 1)],
        ]
        let system1900 = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        #expect(system1900.documents.map(\.issueDate) == [CivilDate(year: 2025, month: 1, day: 15), CivilDate(year: 2025, month: 1, day: 15)])
        let system1904 = Self.importBytes(Self.workbook([("A", rows)], date1904: true), file: "b.xlsx")
        #expect(system1904.documents.map(\.issueDate) == [CivilDate(year: 2029, month: 1, day: 16), CivilDate(year: 2029, month: 1, day: 16)])
    }

    /// A date column whose cells hold serial numbers in the General format, which Excel shows
    /// as numbers: they are read in the workbook's date system, as Excel would show them once
    /// formatted as dates.
    @Test func unformattedSerialsUnderADateColumnFollowTheWorkbookDateSystem() throws {
        let rows: [[TestCell]] = [
            [.text("Numéro"), .text("Date"), .text("Échéance")],
            [.text("F-1"), .number("45672"), .number("45702")],
            [.text("F-2"), .number("28000"), .number("28030")],
        ]
        let system1900 = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        #expect(system1900.documents.map(\.issueDate) == [CivilDate(year: 2025, month: 1, day: 15)])
        #expect(system1900.documents.map(\.dueDate) == [CivilDate(year: 2025, month: 2, day: 14)])
        #expect(system1900.rejections.map(\.location.description) == ["a.xlsx:A!3"])
        #expect(system1900.rejections.map(\.location.element) == ["Date"])
        #expect(
            system1900.rejections.first?.reason.en.hasPrefix(
                "number '28000' in date column 'Date': only Excel serial numbers from 29221 to 73050 (1980-01-01 to 2099-12-31) are read as dates") == true)

        let system1904 = Self.importBytes(Self.workbook([("A", rows)], date1904: true), file: "b.xlsx")
        #expect(system1904.rejections == [])
        #expect(system1904.documents.map(\.issueDate) == [CivilDate(year: 2029, month: 1, day: 16), CivilDate(year: 1980, month: 8, day: 29)])
        #expect(system1904.documents.map(\.dueDate) == [CivilDate(year: 2029, month: 2, day: 15), CivilDate(year: 1980, month: 9, day: 28)])
    }

    /// A serial beyond 2099-12-31 in the 1904 system is rejected with that system's range, on
    /// the sheet's row and under the column's name.
    @Test func unformattedSerialOutsideThe1904RangeNamesIt() throws {
        let rows: [[TestCell]] = [[.text("Numéro"), .text("Date")], [.text("F-1"), .number("72000")]]
        let result = Self.importBytes(Self.workbook([("Ventes 2025", rows)], date1904: true), file: "b.xlsx")
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.location.sheet) == ["Ventes 2025"])
        #expect(result.rejections.map(\.location.line) == [2])
        #expect(result.rejections.map(\.location.element) == ["Date"])
        #expect(result.rejections.map(\.location.description) == ["b.xlsx:'Ventes 2025'!2"])
        #expect(
            result.rejections.map(\.reason) == [
                LocalizedText(
                    fr: "nombre '72000' dans la colonne de date 'Date' : ce classeur compte les dates depuis 1904, et seuls ses numéros de série de 27759 à 71588 (1980-01-01 à 2099-12-31) sont lus comme des dates, donnez à la colonne un format de date comme 31/01/2025",
                    en: "number '72000' in date column 'Date': this workbook counts dates from 1904, and only its serial numbers from 27759 to 71588 (1980-01-01 to 2099-12-31) are read as dates, give the column a date format such as 31/01/2025")
            ])
    }

    @Test func serialSixtyIsTheFebruaryTwentyNinthThatNeverWas() throws {
        #expect(XLSXDateSerial.date(59, uses1904: false) == "1900-02-28")
        #expect(XLSXDateSerial.date(60, uses1904: false) == "1900-02-29")
        #expect(XLSXDateSerial.date(61, uses1904: false) == "1900-03-01")
        #expect(XLSXDateSerial.date(1, uses1904: false) == "1900-01-01")
        #expect(XLSXDateSerial.date(0, uses1904: true) == "1904-01-01")
        #expect(XLSXDateSerial.date(2_958_466, uses1904: false) == nil)
        let rows: [[TestCell]] = [[.text("Numéro"), .text("Date")], [.text("F-1"), .number("60", style: 1)]]
        let result = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        #expect(result.documents.isEmpty)
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location.description == "a.xlsx:A!2")
        #expect(rejection.reason.en.contains("'1900-02-29'"))
    }

    @Test func numberTextIsExactToFifteenDigits() {
        let cases: [(String, String)] = [
            ("1234.5", "1234.5"), ("1.2E-3", "0.0012"), ("19.989999999999998", "19.99"),
            ("0.30000000000000004", "0.3"), ("-4.5999999999999996", "-4.6"), ("1E+20", "100000000000000000000"),
            ("123456789012345678", "123456789012346000"), ("0", "0"), ("-0.0", "0"), ("99999.999999999999", "100000"),
            ("7.0000000000000007E-2", "0.07"),
        ]
        for (raw, expected) in cases {
            #expect(XLSXNumberText(raw)?.text() == expected, "\(raw)")
        }
        #expect(XLSXNumberText("12")?.text(decimalMark: ",", minimumDecimals: 2) == "12,00")
        #expect(XLSXNumberText("12.5")?.text(minimumDecimals: 2) == "12.50")
        #expect(XLSXNumberText("12.345")?.text(minimumDecimals: 2) == "12.345")
        #expect(XLSXNumberText("1234.5678")?.rounded(toDecimals: 2).text() == "1234.57")
        #expect(XLSXNumberText("-0.125")?.rounded(toDecimals: 2).text() == "-0.13")
        #expect(XLSXNumberText("0.5")?.rounded(toDecimals: 0).text() == "1")
        #expect(XLSXNumberText("0.049")?.rounded(toDecimals: 1).text() == "0")
        #expect(XLSXNumberText("12.5")?.rounded(toDecimals: 2).text() == "12.5")
        #expect(XLSXNumberText("1.2.3") == nil)
        #expect(XLSXNumberText("1E+999") == nil)
        #expect(XLSXNumberText("#DIV/0!") == nil)
    }

    @Test func numbersRoundToTheirFormatDecimals() throws {
        let rows: [[TestCell]] = [
            [.text("Numéro"), .text("Total HT"), .text("TVA"), .text("Total TTC"), .text("Montant payé"), .text("Taux TVA"), .text("Quantité")],
            [.text("F-1"), .number("16.658333333333331", style: 2), .number("3.3316666666666670", style: 5), .number("1234.5678", style: 2),
             .number("-411.5250", style: 5), .number("0.05555", style: 4), .number("2.123456789", style: 0)],
            [.text("F-2"), .number("0.004", style: 2), .number("-0.005", style: 2), .number("999.995", style: 2),
             .number("12", style: 2), .number("0.0555", style: 3), .number("1234.5678", style: 6)],
        ]
        let result = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        let sheetRows = try XLSXWorkbookReader.read(Self.workbook([("A", rows)]), limits: ZipLimits(maximumFileSize: 1 << 20))
        let texts = try #require(sheetRows.first).rows.map { $0.cells.map { $0.value.text(decimalMark: ".") } }
        #expect(texts[1] == ["F-1", "16.66", "3.33", "1234.57", "-411.53", "5.555%", "2.123456789"])
        #expect(texts[2] == ["F-2", "0.00", "-0.01", "1000.00", "12.00", "5.55%", "1234.5678"])
        let first = try #require(result.documents.first)
        #expect(first.totals.taxExclusive?.description == "16.66")
        #expect(first.totals.taxInclusive?.description == "1234.57")
    }

    @Test func numbersFollowTheDecimalCommaOfTextCells() throws {
        // Text amounts with a decimal comma decide the mark; number cells are then written with it.
        let rows: [[TestCell]] = [
            [.text("Numéro"), .text("Total HT"), .text("Total TTC")],
            [.text("F-1"), .text("1 250,50"), .number("1500.6")],
        ]
        let result = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        let invoice = try #require(result.documents.first)
        #expect(invoice.totals.taxExclusive?.description == "1250.50")
        #expect(invoice.totals.taxInclusive?.description == "1500.6")
    }

    @Test func cellsLeftOutOfTheXMLStayInTheirColumns() throws {
        let book = XLSXTestWorkbook(
            sheets: [("A", #"""
                <row r="2"><c r="A2" t="inlineStr"><is><t>Numéro</t></is></c><c r="B2" t="inlineStr"><is><t>Client</t></is></c><c r="D2" t="inlineStr"><is><t>Total TTC</t></is></c></row>
                <row r="4"><c r="A4" t="inlineStr"><is><t>F-1</t></is></c><c r="D4"><v>120</v></c></row>
                <row><c t="inlineStr"><is><t>F-2</t></is></c><c t="inlineStr"><is><t>Durand</t></is></c></row>
                """#)])
        let result = Self.importBytes(book.bytes, file: "a.xlsx")
        #expect(result.documents.map(\.number) == ["F-1", "F-2"])
        #expect(result.documents.map(\.source.line) == [4, 5])
        #expect(result.documents.map { $0.buyer?.name } == [nil, "Durand"])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["120", nil])
        #expect(result.warnings.isEmpty)
    }

    @Test func uncomputedFormulasAreNamed() throws {
        let book = XLSXTestWorkbook(
            sheets: [("A", #"""
                <row r="1"><c r="A1" t="inlineStr"><is><t>Numéro</t></is></c><c r="B1" t="inlineStr"><is><t>Total HT</t></is></c><c r="C1" t="inlineStr"><is><t>Total TTC</t></is></c></row>
                <row r="2"><c r="A2" t="inlineStr"><is><t>F-1</t></is></c><c r="B2"><v>100</v></c><c r="C2"><f>B2*1.2</f></c></row>
                <row r="3"><c r="A3" t="inlineStr"><is><t>F-2</t></is></c><c r="B3"><v>50</v></c><c r="C3"><f>B3*1.2</f><v>60</v></c></row>
                """#)])
        let result = Self.importBytes(book.bytes, file: "a.xlsx")
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == [nil, "60"])
        #expect(result.warnings.map(\.location.description) == ["a.xlsx:A!2"])
        #expect(
            result.warnings.first?.reason.en
                == "cell C2 contains a formula that was never computed, read as empty: open and save the workbook in Excel, then import it again")
        #expect(XLSXMessages.uncomputedFormulas(["C2", "C3", "C4", "C5", "C6", "C7"]).en.hasPrefix("6 cells contain formulas that were never computed, read as empty (C2, C3, C4, C5, C6 and 1 more)"))
        #expect(XLSXMessages.uncomputedFormulas(["C2", "C3"]).fr.hasPrefix("2 cellules contiennent des formules jamais calculées, lues comme vides (C2, C3) : "))
    }

    @Test func valueRightOfTheHeaderIsReportedWithItsColumn() throws {
        let rows: [[TestCell]] = [
            [.text("Numéro"), .text("Client")],
            [.text("F-1"), .text("Durand"), .absent, .text("oubli")],
        ]
        let result = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        let rejection = try #require(result.rejections.first)
        #expect(rejection.reason.en.contains("column D but the header stops at column B"))
        #expect(rejection.location.description == "a.xlsx:A!2")
    }

    @Test func everyInvoiceSheetIsImportedAndTheOthersNamed() throws {
        let january: [[TestCell]] = [Self.headerRow, Self.invoiceRows[1]]
        let february: [[TestCell]] = [Self.headerRow, Self.invoiceRows[2]]
        let notes: [[TestCell]] = [[.text("Remarque")], [.text("envoyé au cabinet le 3 février")]]
        let bytes = Self.workbook([("Janvier", january), ("Notes", notes), ("Vide", []), ("Février", february)])
        let result = Self.importBytes(bytes, file: "2025.xlsx")
        #expect(result.documents.map(\.number) == ["F-2025-001", "F-2025-002"])
        #expect(result.documents.map(\.source.description) == ["2025.xlsx:Janvier!2", "2025.xlsx:Février!2"])
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.map(\.location.description) == ["2025.xlsx:Notes!1", "2025.xlsx"])
        #expect(result.warnings.first?.reason.en.hasPrefix("sheet 'Notes' not imported: no invoice number column") == true)
        #expect(result.warnings.last?.reason.en.hasPrefix("2 sheets imported ('Janvier', 'Février')") == true)
    }

    @Test func customerSheetBesideInvoicesIsLeftOut() throws {
        let customers: [[TestCell]] = [
            [.text("Numéro"), .text("Nom client"), .text("Ville")], [.text("C001"), .text("Dupont"), .text("Paris")],
            [.text("C002"), .text("Martin"), .text("Lyon")],
        ]
        let bytes = Self.workbook([("Clients", customers), ("Factures", Self.invoiceRows)])
        let result = Self.importBytes(bytes, file: "c.xlsx")
        #expect(result.documents.map(\.number) == ["F-2025-001", "F-2025-002", "AV-2025-001"])
        #expect(result.rejections.isEmpty)
        #expect(result.columns.map(\.header) == ["Numéro", "Date", "Client", "Total HT", "TVA", "Total TTC"])
        #expect(result.warnings.map(\.location.description) == ["c.xlsx:Clients!1"])
        let reason = XLSXMessages.sheetNotImported("Clients", reason: XLSXMessages.numberColumnOnly("Numéro"))
        #expect(result.warnings.map(\.reason) == [reason])
        #expect(
            reason.en
                == "sheet 'Clients' not imported: it has a number column ('Numéro') but no date or amount column, so it is likely a list of customers or products; if it contains invoices, add a date or amount column, or name the columns in a mapping file (--mapping)")
        #expect(
            reason.fr
                == "feuille 'Clients' non importée : elle a une colonne de numéro ('Numéro') mais ni date ni montant, c'est sans doute une liste de clients ou d'articles ; si elle contient des factures, ajoutez une colonne de date ou de montant, ou nommez les colonnes dans un fichier de correspondance (--mapping)")
    }

    @Test func numberOnlySheetAloneIsStillRead() {
        // Without an invoice list beside it, the sheet is read and the rules judge its rows.
        let rows: [[TestCell]] = [[.text("Numéro"), .text("Client")], [.text("F-1"), .text("Durand")]]
        let result = Self.importBytes(Self.workbook([("A", rows)]), file: "a.xlsx")
        #expect(result.documents.map(\.number) == ["F-1"])
        #expect(result.warnings.isEmpty)
    }

    @Test func hiddenSheetsAreNamedNotImported() throws {
        let current: [[TestCell]] = [Self.headerRow, Self.invoiceRows[1]]
        var old = Self.invoiceRows[1]
        old[5] = .number("1600", style: 2)
        let bytes = Self.workbook(
            [("Factures", current), ("Ancien export", [Self.headerRow, old]), ("Brouillon", [Self.headerRow, old])],
            states: ["Ancien export": "hidden", "Brouillon": "veryHidden"])
        let result = Self.importBytes(bytes, file: "x.xlsx")
        #expect(result.documents.map(\.source.description) == ["x.xlsx:Factures!2"])
        #expect(result.documents.first?.totals.taxInclusive?.description == "1500.00")
        #expect(result.rejections.isEmpty)
        #expect(result.warnings.map(\.location.description) == ["x.xlsx"])
        #expect(result.warnings.first?.reason.en.hasPrefix("2 hidden sheets not imported ('Ancien export', 'Brouillon')") == true)
        #expect(result.warnings.first?.reason.fr.hasPrefix("2 feuilles masquées non importées ('Ancien export', 'Brouillon')") == true)

        let onlyHidden = Self.importBytes(Self.workbook([("Vide", []), ("Old", current)], states: ["Old": "hidden"]), file: "y.xlsx")
        #expect(onlyHidden.documents.isEmpty)
        #expect(onlyHidden.rejections.first?.reason.en.hasPrefix("empty workbook: no sheet ('Vide') holds a cell") == true)
        #expect(onlyHidden.warnings.map(\.reason.en).first?.hasPrefix("hidden sheet 'Old' not imported") == true)
    }

    @Test func sheetNamesAreQuotedLikeExcel() throws {
        let rows: [[TestCell]] = [Self.headerRow, Self.invoiceRows[1]]
        let result = Self.importBytes(Self.workbook([("Factures T1", rows), ("L'an 2025", rows), ("Février_2", rows)]), file: "q.xlsx")
        #expect(result.documents.map(\.source.description) == ["q.xlsx:'Factures T1'!2", "q.xlsx:'L''an 2025'!2", "q.xlsx:Février_2!2"])
        #expect(result.documents.map(\.source.sheet) == ["Factures T1", "L'an 2025", "Février_2"])
        #expect(SourceLocation(file: "q.xlsx", sheet: "2025").description == "q.xlsx:'2025'")
    }

    @Test func workbookWithoutInvoiceSheetIsRejectedNamingTheSheets() throws {
        let notes: [[TestCell]] = [[.text("Remarque")], [.text("rien")]]
        let rates: [[TestCell]] = [[.text("Taux"), .text("Libellé")], [.number("0.2"), .text("normal")]]
        let result = Self.importBytes(Self.workbook([("Notes", notes), ("Taux", rates)]), file: "a.xlsx")
        #expect(result.documents.isEmpty)
        let rejection = try #require(result.rejections.first)
        #expect(result.rejections.count == 1)
        #expect(rejection.reason.en.hasPrefix("no sheet of the workbook is an invoice list (sheets 'Notes', 'Taux')"))
        #expect(rejection.reason.fr.hasPrefix("aucune feuille du classeur n'est une liste de factures (feuilles 'Notes', 'Taux')"))
        #expect(result.warnings.count == 2)

        let single = Self.importBytes(Self.workbook([("Notes", notes)]), file: "b.xlsx")
        #expect(single.rejections.map(\.location.description) == ["b.xlsx:Notes!1"])
        #expect(single.rejections.first?.reason.en.hasPrefix("no invoice number column recognised among the headers 'Remarque'") == true)

        let empty = Self.importBytes(Self.workbook([("Feuil1", [])]), file: "c.xlsx")
        #expect(empty.rejections.first?.reason.en.hasPrefix("empty workbook: no sheet ('Feuil1') holds a cell") == true)
    }

    @Test func mappingFileNamesTheColumnsOfAWorkbook() throws {
        let rows: [[TestCell]] = [[.text("Pièce"), .text("Tiers")], [.text("X-9"), .text("Durand")]]
        let bytes = Self.workbook([("A", rows)])
        #expect(Self.importBytes(bytes, file: "a.xlsx").documents.isEmpty)
        let mapped = Self.importBytes(bytes, file: "a.xlsx", mapping: CSVMapping(columns: ["number": "Pièce", "buyerName": "Tiers"]))
        #expect(mapped.documents.map(\.number) == ["X-9"])
        #expect(mapped.documents.map { $0.buyer?.name } == ["Durand"])
    }

    @Test func formatIsDetectedFromContentNotName() {
        let bytes = Self.workbook([("Factures", Self.invoiceRows)])
        #expect(FormatDetector.detect(bytes) == .xlsx)
        #expect(Self.importBytes(bytes, file: "export.csv").documents.count == 3)
        var macro = XLSXTestWorkbook(sheets: [("A", "")])
        macro.mainContentType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        #expect(Self.importBytes(macro.bytes, file: "m.xlsm").rejections.first?.reason.en.hasPrefix("empty workbook") == true)
    }
}
