import Foundation
import InvoiceModel
import Testing

@testable import InvoiceImport

@Suite struct CSVImporterTests {
    typealias Support = CSVTestSupport

    // MARK: French header-level export

    @Test func frenchExportReadsAllRows() throws {
        let result = Support.importCSV(try Support.fixture("factures-fr.csv"), file: "factures-fr.csv")
        #expect(result.format == .csv)
        #expect(result.documents.count == 5)
        #expect(result.rejections.count == 1)
        #expect(result.recordsRead == 6)
        #expect(result.documents.map(\.source.line) == [2, 3, 4, 5, 6])
        #expect(result.documents.allSatisfy { $0.lines.isEmpty && $0.totals.lineNet == nil })
    }

    @Test func frenchExportPaidInvoice() throws {
        let result = Support.importCSV(try Support.fixture("factures-fr.csv"), file: "factures-fr.csv")
        let invoice = try #require(result.documents.first)
        #expect(invoice.number == "F-2025-001")
        #expect(invoice.kind == .invoice)
        #expect(invoice.typeCode == "Facture")
        #expect(invoice.status == .paid)
        #expect(invoice.isDraft == false)
        #expect(invoice.issueDate == Support.date(2025, 1, 15))
        #expect(invoice.dueDate == Support.date(2025, 2, 14))
        #expect(invoice.currency == "EUR")
        #expect(invoice.buyer == Party(name: "Dupont SARL", siren: "123456789"))
        #expect(invoice.seller == nil)
        #expect(invoice.totals.taxExclusive?.description == "1250.00")
        #expect(invoice.totals.vat?.description == "250.00")
        #expect(invoice.totals.taxInclusive?.description == "1500.00")
        #expect(invoice.payments == [Payment(date: Support.date(2025, 2, 10), amount: try #require(Support.amount("1500.00")))])
        #expect(invoice.precedingInvoices.isEmpty)
        #expect(invoice.source == SourceLocation(file: "factures-fr.csv", line: 2))
    }

    @Test func frenchExportQuotedSeparatorAndSiret() throws {
        let result = Support.importCSV(try Support.fixture("factures-fr.csv"))
        let invoice = result.documents[1]
        #expect(invoice.buyer?.name == "Martin & Fils; Paris")
        #expect(invoice.buyer?.siret == "98765432100017")
        #expect(invoice.buyer?.siren == "987654321")
        #expect(invoice.totals.taxExclusive?.description == "19.90")
        #expect(invoice.totals.vat?.description == "3.98")
        #expect(invoice.status == .issued)
        #expect(invoice.payments.isEmpty)
    }

    @Test func frenchExportCreditNoteDraftAndDeposit() throws {
        let result = Support.importCSV(try Support.fixture("factures-fr.csv"))
        let creditNote = result.documents[2]
        #expect(creditNote.kind == .creditNote)
        #expect(creditNote.typeCode == "Avoir")
        #expect(creditNote.totals.taxInclusive?.description == "-120.00")
        #expect(creditNote.precedingInvoices == [InvoiceReference(number: "F-2025-001")])

        let draft = result.documents[3]
        #expect(draft.number == nil)
        #expect(draft.isDraft)
        #expect(draft.status == .draft)

        let deposit = result.documents[4]
        #expect(deposit.kind == .deposit)
        #expect(deposit.status == nil)
        #expect(deposit.totals.taxExclusive?.description == "1000.00")
        #expect(deposit.totals.taxInclusive?.description == "1200.00")
    }

    @Test func frenchExportRejectsUnreadableAmount() throws {
        let result = Support.importCSV(try Support.fixture("factures-fr.csv"), file: "factures-fr.csv")
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "factures-fr.csv", line: 7, element: "Total HT"))
        #expect(
            rejection.reason.fr
                == "montant illisible '12,3,4' dans la colonne 'Total HT' : attendu un nombre comme 1 250,00 ou 1250.00")
        #expect(
            rejection.reason.en
                == "unreadable amount '12,3,4' in column 'Total HT': expected a number such as 1 250,00 or 1250.00")
    }

    @Test func unknownStatusWarnsOncePerValue() throws {
        let result = Support.importCSV(try Support.fixture("factures-fr.csv"), file: "factures-fr.csv")
        let warnings = result.warnings.filter { $0.reason.en.contains("unknown status") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.location == SourceLocation(file: "factures-fr.csv", line: 6, element: "Statut"))
        #expect(warnings.first?.reason.en.contains("'En litige'") == true)
    }

    // MARK: English line-level export

    @Test func lineLevelGroupsConsecutiveRows() throws {
        let result = Support.importCSV(try Support.fixture("invoice-lines-en.csv"))
        #expect(result.documents.map(\.number) == ["INV-001", "INV-002", "INV-001"])
        #expect(result.documents.map(\.source.line) == [2, 5, 6])
        #expect(result.recordsRead == 4)

        let first = result.documents[0]
        #expect(first.lines.count == 2)
        #expect(first.lines.map(\.id) == ["1", "2"])
        #expect(first.lines.map(\.source?.line) == [2, 3])
        #expect(first.lines[0].description == "Consulting")
        #expect(first.lines[0].quantity?.description == "2")
        #expect(first.lines[0].unit == "HUR")
        #expect(first.lines[0].netPrice?.description == "100.00")
        #expect(first.lines[0].netAmount?.description == "200.00")
        #expect(first.lines[0].vatRate?.description == "20")
        #expect(first.lines[1].description == "Travel,\nsecond line")
        #expect(first.totals.taxExclusive?.description == "300.00")
        #expect(first.totals.vat?.description == "60.00")
        #expect(first.totals.taxInclusive?.description == "360.00")
        #expect(first.totals.lineNet == nil)
        #expect(first.status == .issued)
        #expect(first.issueDate == Support.date(2025, 3, 1))
        #expect(first.buyer?.name == "Acme Ltd")
    }

    @Test func lineLevelThousandsComma() throws {
        let result = Support.importCSV(try Support.fixture("invoice-lines-en.csv"))
        let licence = result.documents[1]
        #expect(licence.status == .paid)
        #expect(licence.lines.count == 1)
        #expect(licence.lines[0].netPrice?.description == "1020.00")
        #expect(licence.totals.taxInclusive?.description == "1224.00")
    }

    @Test func lineLevelBadRowRejectsWholeInvoice() throws {
        let result = Support.importCSV(try Support.fixture("invoice-lines-en.csv"))
        #expect(result.rejections.count == 1)
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 7, element: "Quantity"))
        #expect(
            rejection.reason.en
                == "unreadable amount 'x' in column 'Quantity': expected a number such as 1 250,00 or 1250.00 (line 7; invoice 'INV-003', lines 7 to 8, is rejected as a whole)"
        )
        #expect(rejection.reason.fr.hasPrefix("montant illisible 'x' dans la colonne 'Quantity'"))
        #expect(rejection.reason.fr.hasSuffix("(ligne 7 ; la facture 'INV-003', lignes 7 à 8, est rejetée en entier)"))
    }

    @Test func quotedNewlineShiftsLineNumbers() {
        let text = "Number,Description,Total\nA1,\"two\nlines\",1.00\nA2,plain,2.00\n\nA3,\"three\r\nlines\r\nhere\",3.00\nA4,x,4.00"
        let result = Support.importCSV(text)
        #expect(result.documents.map(\.number) == ["A1", "A2", "A3", "A4"])
        #expect(result.documents.map(\.source.line) == [2, 4, 6, 9])
    }

    @Test func lineEndsCRLFAndCROnly() {
        let crlf = Support.importCSV("Number;Date;Total\r\nA1;01/02/2025;1,50\r\nA2;02/02/2025;2,50\r\n")
        #expect(crlf.documents.map(\.source.line) == [2, 3])
        #expect(crlf.documents.map(\.number) == ["A1", "A2"])
        #expect(crlf.documents.map { $0.totals.taxInclusive?.description } == ["1.50", "2.50"])

        let crOnly = Support.importCSV("Number;Date;Total\rA1;01/02/2025;1,50\r\rA2;02/02/2025;2,50")
        #expect(crOnly.documents.map(\.source.line) == [2, 4])
        #expect(crOnly.documents.map(\.issueDate) == [Support.date(2025, 2, 1), Support.date(2025, 2, 2)])
    }

    @Test func issueDateChangeStartsNewInvoice() {
        let text = "Number,Date,Description,Line total\nA1,2025-01-01,x,1.00\nA1,2025-01-02,y,2.00\nA1,2025-01-02,z,3.00\n"
        let result = Support.importCSV(text)
        #expect(result.documents.map(\.number) == ["A1", "A1"])
        #expect(result.documents.map(\.lines.count) == [1, 2])
        #expect(result.documents.map(\.source.line) == [2, 3])
    }

    @Test func continuationRowsWithEmptyHeaderCells() {
        let text = "Number,Date,Total,Description,Unit,VAT rate,Line total\nA1,2025-01-01,3.00,x,C62,20,1.00\n,,,y,HUR,10,2.00\nA2,2025-01-02,5.00,z,C62,20,5.00\n"
        let result = Support.importCSV(text)
        #expect(result.documents.map(\.number) == ["A1", "A2"])
        #expect(result.documents.map(\.lines.count) == [2, 1])
        #expect(result.documents.first?.lines.map(\.description) == ["x", "y"])
        #expect(result.documents.first?.lines.map(\.unit) == ["C62", "HUR"])
        #expect(result.documents.first?.lines.map { $0.vatRate?.description } == ["20", "10"])
    }

    @Test func tabSeparatedFile() {
        let result = Support.importCSV("Invoice number\tInvoice date\tTotal\nT1\t2025-05-01\t12,50\n")
        #expect(result.documents.first?.number == "T1")
        #expect(result.documents.first?.totals.taxInclusive?.description == "12.50")
    }

    @Test func mappingOverridesSeparatorAndDecimal() {
        let mapping = CSVMapping(decimalSeparator: ".", separator: ",")
        let result = Support.importCSV("Number,Note;with;semicolons,Total\nA1,x;y;z,\"1,250.5\"\n", mapping: mapping)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.first?.totals.taxInclusive?.description == "1250.5")
    }

    @Test func largeFileKeepsLineNumbers() {
        var text = "Number;Date;Total HT\n"
        for index in 1...5000 { text += "F\(index);01/02/2025;\(index),00\n" }
        let result = Support.importCSV(text)
        #expect(result.documents.count == 5000)
        #expect(result.documents.last?.source.line == 5001)
        #expect(result.documents.last?.totals.taxExclusive?.description == "5000.00")
    }

    // MARK: Encodings

    @Test func windows1252FallbackWarns() throws {
        let result = Support.importCSV(try Support.fixture("cp1252.csv"))
        #expect(result.documents.count == 1)
        let invoice = try #require(result.documents.first)
        #expect(invoice.number == "F1")
        #expect(invoice.buyer?.name == "Société Générale")
        #expect(invoice.totals.taxInclusive?.description == "10.00")
        #expect(result.warnings.count == 1)
        #expect(result.warnings.first?.reason.en.hasPrefix("file read as Windows-1252") == true)
    }

    @Test func windows1252EuroSignByte() {
        let bytes: [UInt8] = Array("Number;Client;Total\nF1;".utf8) + [0x80, 0x20, 0xE9] + Array(";1,00\n".utf8)
        let result = Support.importCSV(bytes)
        #expect(result.documents.first?.buyer?.name == "€ é")
    }

    @Test func forcedUTF8RejectsInvalidBytes() {
        let bytes: [UInt8] = Array("Number;Client\nF1;ok\nF2;".utf8) + [0xE9] + Array("\n".utf8)
        let result = Support.importCSV(bytes, mapping: CSVMapping(encoding: "utf-8"))
        #expect(result.documents.isEmpty)
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.location.line == 3)
        #expect(result.rejections.first?.reason.en.contains("\"encoding\": \"windows-1252\"") == true)
    }

    @Test func byteOrderMarkIsStripped() {
        let result = Support.importCSV([0xEF, 0xBB, 0xBF] + Array("Number\nA1\n".utf8))
        #expect(result.documents.map(\.number) == ["A1"])
    }

    // MARK: Ragged and malformed files

    @Test func raggedRowsAreRejected() {
        let text = "Number;Date;Total\nA1;01/01/2025;1,00\nA2;01/01/2025;2,00;extra\nA3;01/01/2025\nA4;01/01/2025;4,00\n"
        let result = Support.importCSV(text)
        #expect(result.documents.map(\.number) == ["A1", "A4"])
        #expect(result.rejections.map(\.location.line) == [3, 4])
        #expect(
            result.rejections.first?.reason.en == "the row has 4 fields but the header has 3: check the separator ';' and the quotes")
        #expect(
            result.rejections.last?.reason.fr
                == "la ligne a 2 champs alors que l'en-tête en a 3 : vérifiez le séparateur ';' et les guillemets")
        #expect(result.recordsRead == 4)
    }

    @Test func strayQuoteRejectsFile() {
        let result = Support.importCSV("Number,Description\nA1,ok\nA2,12\" screen\n")
        #expect(result.documents.isEmpty)
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.location.line == 3)
        #expect(result.rejections.first?.reason.en.hasPrefix("malformed CSV at line 3") == true)
    }

    @Test func unterminatedQuoteRejectsFile() {
        let result = Support.importCSV("Number,Description\nA1,ok\nA2,\"never closed\nA3,x\n")
        #expect(result.documents.isEmpty)
        #expect(result.rejections.first?.location.line == 3)
        #expect(result.rejections.first?.reason.en.contains("record at line 3 is never closed") == true)
    }

    @Test func emptyFileIsRejected() {
        let result = Support.importCSV("")
        #expect(result.documents.isEmpty)
        #expect(result.rejections.map(\.reason) == [CSVMessages.emptyFile])
    }

    @Test func headerOnlyFileWarns() {
        let result = Support.importCSV("Number;Total\n")
        #expect(result.recordsRead == 0)
        #expect(result.warnings.map(\.reason) == [CSVMessages.noDataRows])
    }

    @Test func blankRowsAreSkippedWithWarning() {
        let result = Support.importCSV("Number;Total\nA1;1\n;\nA2;2\n")
        #expect(result.documents.map(\.number) == ["A1", "A2"])
        #expect(result.warnings.map(\.reason) == [CSVMessages.emptyRowsSkipped(1)])
    }

    @Test func missingNumberColumnRejectsFile() {
        let result = Support.importCSV("Foo;Bar\n1;2\n")
        #expect(result.documents.isEmpty)
        #expect(result.rejections.count == 1)
        #expect(result.rejections.first?.location == SourceLocation(file: "test.csv", line: 1))
        #expect(
            result.rejections.first?.reason.en
                == "no invoice number column recognised among the headers 'Foo', 'Bar' (the header is looked for in the first 10 non-blank rows): name it in a mapping file, for example {\"columns\": {\"number\": \"Réf. pièce\"}}"
        )
    }

    // MARK: Dates

    @Test func monthFirstDateExplainsMappingSetting() throws {
        let result = Support.importCSV("Number;Date\nA1;03/25/2025\n")
        let rejection = try #require(result.rejections.first)
        #expect(rejection.location == SourceLocation(file: "test.csv", line: 2, element: "Date"))
        #expect(
            rejection.reason.en
                == "date '03/25/2025' in column 'Date' read day first, so with a month 25 that does not exist: if the file writes the month first, set \"dateFormat\": \"mm/dd/yyyy\" in the mapping file"
        )
        #expect(rejection.reason.fr.contains("ajoutez \"dateFormat\": \"mm/dd/yyyy\" au fichier de correspondance"))
    }

    @Test func monthFirstDateFormatFromMapping() {
        let result = Support.importCSV("Number;Date\nA1;03/25/2025\n", mapping: CSVMapping(dateFormat: .monthDayYear))
        #expect(result.documents.first?.issueDate == Support.date(2025, 3, 25))
    }

    // MARK: Mapping

    @Test func mappingFileOverridesHeaders() throws {
        let mapping = try CSVMapping.load(path: try Support.fixturePath("sage-mapping.json"))
        let result = Support.importCSV(try Support.fixture("sage-export.csv"), mapping: mapping)
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["FA0001", "AV0001"])
        #expect(result.documents.map(\.kind) == [.invoice, .creditNote])
        #expect(result.documents.map(\.typeCode) == ["Facture client", "Avoir client"])
        #expect(result.documents.map(\.issueDate) == [Support.date(2025, 3, 25), Support.date(2025, 3, 26)])
        #expect(result.documents.map { $0.totals.taxInclusive?.description } == ["120.00", "-120.00"])
        #expect(result.documents.first?.seller == Party(name: "Ma Société SAS", siren: "552100554"))
        #expect(result.documents.first?.buyer?.name == "Client A")
        #expect(result.documents.first?.currency == "EUR")
    }

    @Test func mappedHeaderMissingRejectsFile() {
        let mapping = CSVMapping(columns: ["number": "Réf. pièce"])
        let result = Support.importCSV("Numéro;Total\nA1;1\n", mapping: mapping)
        #expect(result.documents.isEmpty)
        #expect(result.rejections.count == 1)
        #expect(
            result.rejections.first?.reason.en
                == "column 'Réf. pièce' from the mapping file (field 'number') not found in the file: headers found are 'Numéro', 'Total'"
        )
    }

    @Test func mappingWithUnknownFieldRejectsFile() {
        let result = Support.importCSV("Number\nA1\n", mapping: CSVMapping(columns: ["numero": "Number"]))
        #expect(result.documents.isEmpty)
        #expect(result.rejections.first?.reason.en.contains("unknown field 'numero'") == true)
    }

    @Test func mappingStatusTranslation() {
        let mapping = CSVMapping(values: .init(status: ["Litige": .overdue]))
        let result = Support.importCSV("Number;Statut\nA1;litige\n", mapping: mapping)
        #expect(result.documents.first?.status == .overdue)
        #expect(result.warnings.isEmpty)
    }

    @Test func mappingLoadReportsProblems() throws {
        let directory = FileManager.default.temporaryDirectory.appending(path: "csv-mapping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let cases: [(json: String, expected: String)] = [
            ("{\"columns\": ", "unexpected end of file on line 1, column 13: a string, an object { } or an array [ ] is not closed"),
            ("{\n  \"separator\": \";\"\n  \"dateFormat\": \"dd/mm/yyyy\"\n}", "missing comma before line 3, column 3: separate the items with a comma"),
            ("{\"separator\": \";\", // French export\n}", "comment on line 1, column 20: JSON does not allow comments, remove it"),
            ("{\"dateFormat\": \"dd-mm-yy\"}", "invalid value at 'dateFormat'"),
            ("{\"values\": {\"type\": {\"Avoir\": \"refund\"}}}", "invalid value at 'values.type.Avoir'"),
            ("{\"columns\": {\"nummer\": \"Nr\"}}", "unknown field 'nummer'"),
            ("{\"separator\": \"::\"}", "invalid value '::' for \"separator\""),
        ]
        for (index, testCase) in cases.enumerated() {
            let path = directory.appending(path: "mapping\(index).json").path
            try Data(testCase.json.utf8).write(to: URL(filePath: path))
            let error = #expect(throws: CSVMappingError.self) { try CSVMapping.load(path: path) }
            #expect(error?.reason.en.hasPrefix("CSV mapping file '\(path)' cannot be used: ") == true)
            #expect(error?.reason.en.contains(testCase.expected) == true, "\(error?.reason.en ?? "")")
        }
        let sirenPath = directory.appending(path: "siren.json").path
        try Data("{\"defaults\": {\"sellerSiren\": \"123\"}}".utf8).write(to: URL(filePath: sirenPath))
        let siren = #expect(throws: CSVMappingError.self) { try CSVMapping.load(path: sirenPath) }
        #expect(siren?.reason.en.hasSuffix("invalid value '123' for \"defaults.sellerSiren\": expected 9 digits") == true)
        #expect(siren?.reason.fr.hasSuffix("valeur '123' invalide pour \"defaults.sellerSiren\" : attendu 9 chiffres") == true)
        let missing = #expect(throws: CSVMappingError.self) { try CSVMapping.load(path: directory.appending(path: "none.json").path) }
        #expect(missing?.reason.en.contains("cannot be read") == true)
    }

    // MARK: Types, statuses and drafts

    @Test(arguments: [
        ("Facture", DocumentKind.invoice), ("Invoice", .invoice), ("380", .invoice),
        ("Avoir", .creditNote), ("Facture d'avoir", .creditNote), ("Credit note", .creditNote),
        ("Credit memo", .creditNote), ("381", .creditNote), ("out_refund", .creditNote),
        ("Acompte", .deposit), ("Facture d'acompte", .deposit), ("Deposit", .deposit), ("Down payment", .deposit),
        ("386", .deposit), ("Rectificative", .corrective), ("Facture rectificative", .corrective),
        ("Corrective", .corrective), ("384", .corrective), ("389", .selfBilled),
        ("Autofacture", .selfBilled),
    ])
    func typeCellsMapToKinds(cell: String, kind: DocumentKind) {
        let result = Support.importCSV("Number;Type\nA1;\(cell)\n")
        #expect(result.documents.first?.kind == kind)
        #expect(result.documents.first?.typeCode == cell)
    }

    @Test func unknownTypeIsRejected() {
        let result = Support.importCSV("Number;Type\nA1;Bon de livraison\n")
        #expect(result.documents.isEmpty)
        #expect(result.rejections.first?.location.element == "Type")
        #expect(result.rejections.first?.reason.en.hasPrefix("unknown document type 'Bon de livraison' in column 'Type'") == true)
    }

    @Test(arguments: [
        ("Brouillon", DocumentStatus.draft), ("Draft", .draft), ("Provisoire", .draft), ("draft", .draft),
        ("SUBMITTED", .draft), ("Awaiting approval", .draft), ("AUTHORISED", .issued),
        ("Émise", .issued), ("Validée", .issued), ("Envoyée", .issued), ("Issued", .issued), ("Sent", .issued),
        ("Open", .issued), ("Finalised", .issued), ("posted", .issued), ("Payée", .paid), ("Réglée", .paid),
        ("Paid", .paid), ("Partiellement payée", .partiallyPaid), ("Partially paid", .partiallyPaid),
        ("partial", .partiallyPaid), ("Annulée", .cancelled), ("Cancelled", .cancelled), ("Void", .cancelled),
        ("cancel", .cancelled), ("En retard", .overdue), ("Overdue", .overdue), ("late", .overdue),
    ])
    func statusCellsMapToStatuses(cell: String, status: DocumentStatus) {
        let result = Support.importCSV("Number;Status\nA1;\(cell)\n")
        #expect(result.documents.first?.status == status)
        #expect(result.documents.first?.isDraft == (status == .draft))
    }

    @Test func dolibarrStatusCodes() {
        let result = Support.importCSV("f.ref;f.fk_statut;f.type\n(PROV1);0;0\nFA1;1;0\nFA2;2;2\nFA3;3;3\n")
        #expect(result.documents.map(\.status) == [.draft, .issued, .paid, .cancelled])
        #expect(result.documents.map(\.kind) == [.invoice, .invoice, .creditNote, .deposit])
        #expect(result.documents.map(\.number) == [nil, "FA1", "FA2", "FA3"])
        #expect(result.documents.map(\.isDraft) == [true, false, false, false])
    }

    @Test func zeroStatusOutsideDolibarrIsUnknown() {
        let result = Support.importCSV("Number;Status\nA1;0\nA2;0\n")
        #expect(result.documents.first?.status == nil)
        #expect(result.warnings.count == 1)
    }

    @Test(arguments: ["/", "(PROV12)", "(prov7)"])
    func draftPlaceholderNumbers(cell: String) {
        let result = Support.importCSV("Number;Total\n\(cell);1.00\n")
        #expect(result.documents.first?.number == nil)
        #expect(result.documents.first?.isDraft == true)
    }

    @Test func emptyNumberOnDraft() {
        let result = Support.importCSV("Number;Status;Total\n;Brouillon;1.00\n")
        #expect(result.documents.first?.number == nil)
        #expect(result.documents.first?.isDraft == true)
    }

    // MARK: Parties and defaults

    @Test func sellerColumnsAndDefaults() {
        let mapping = CSVMapping(defaults: .init(sellerName: "Default SA", sellerSiren: "552100554", sellerVatId: "FR44552100554"))
        let withColumns = Support.importCSV(
            "Number;Vendeur;SIREN vendeur;Seller VAT\nA1;ACME;732 829 320 00074;FR00732829320\n", mapping: mapping)
        #expect(
            withColumns.documents.first?.seller
                == Party(name: "ACME", siren: "732829320", siret: "73282932000074", vatID: "FR00732829320"))

        let withoutColumns = Support.importCSV("Number\nA1\n", mapping: mapping)
        #expect(withoutColumns.documents.first?.seller == Party(name: "Default SA", siren: "552100554", vatID: "FR44552100554"))
        #expect(withoutColumns.documents.first?.currency == nil)
    }

    @Test func invalidSirenIsRejected() {
        let result = Support.importCSV("Number;SIREN client\nA1;12345\n")
        #expect(result.rejections.first?.location.element == "SIREN client")
        #expect(
            result.rejections.first?.reason.en
                == "unreadable company identifier '12345' in column 'SIREN client': expected 9 digits (SIREN) or 14 digits (SIRET)")
    }

    @Test func originalInvoiceWithDate() {
        let result = Support.importCSV("Number;Type;Facture d'origine;Date facture d'origine\nAV1;Avoir;F1;2025-01-31\n")
        #expect(result.documents.first?.precedingInvoices == [InvoiceReference(number: "F1", issueDate: Support.date(2025, 1, 31))])
    }

    @Test func zeroPaidAmountHasNoPayment() {
        let result = Support.importCSV("Number;Paid\nA1;0.00\nA2;5.00\n")
        #expect(result.documents.map(\.payments.count) == [0, 1])
        #expect(result.documents.last?.payments.first?.date == nil)
    }

    @Test func throughDocumentImporter() {
        let result = DocumentImporter.importBytes(Array("Number;Total\nA1;1,50\n".utf8), file: "x.csv", options: ImportOptions())
        #expect(result.format == .csv)
        #expect(result.documents.first?.totals.taxInclusive?.description == "1.50")
    }
}

@Suite struct CSVRefundColumnTests {
    @Test func refundBecomesANegativePayment() {
        let result = CSVTestSupport.importCSV("Number;Type;Montant remboursé;Date de paiement\nAV1;Avoir;25,00;2025-03-02\n")
        #expect(result.documents.first?.payments == [Payment(date: CSVTestSupport.date(2025, 3, 2), amount: CSVTestSupport.amount("-25.00")!)])
    }
}

@Suite struct CSVFormulaGuardTests {
    @Test func apostropheBeforeFormulaCharacterIsDropped() throws {
        let result = CSVTestSupport.importCSV(
            "N° facture;Date;Total TTC;Client;Émetteur\n'-12;02/01/2025;120,00;'@Home Services;'=Alpha\nF-2;03/01/2025;10,00;'Quoted';Beta\n")
        #expect(result.rejections.isEmpty)
        #expect(result.documents.map(\.number) == ["-12", "F-2"])
        #expect(result.documents.map { $0.buyer?.name } == ["@Home Services", "'Quoted'"])
        #expect(result.documents.first?.seller?.name == "=Alpha")
    }
}
