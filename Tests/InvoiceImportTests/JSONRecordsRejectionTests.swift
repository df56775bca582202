import InvoiceModel
import Testing

@testable import InvoiceImport

/// JSON invoice records that cannot be imported: each is rejected with its file, line, JSON path,
/// value and what to do, and the others of the file are still imported.
@Suite struct JSONRecordsRejectionTests {
    static func importJSON(_ text: String, mapping: CSVMapping? = nil, limit: Int = ImportOptions.defaultMaximumFileSize) -> ImportResult {
        DocumentImporter.importBytes(
            Array(text.utf8), file: "records.json", options: ImportOptions(maximumFileSize: limit, csvMapping: mapping))
    }

    static let records = #"""
        {"invoices": [
          {"number": "F-1", "date": "2025-01-02", "total": "120.00", "status": "sent"},
          {"date": "2025-01-03", "total": "80.00", "status": "sent"},
          {"number": "F-3", "date": "2025-01-04", "total": "12,50 €", "status": "sent"},
          {"number": "F-4", "date": "2025-01-05", "total": "douze", "status": "sent", "due_date": "demain"},
          {"number": "F-5", "date": "2025-01-06", "total": 1e3, "status": "sent"},
          {"number": "F-6", "date": "2025-01-07", "total": "10.00", "status": "en litige", "type": "note interne"},
          "F-7",
          {"number": "F-8", "date": "2025-01-09", "total": "30.00", "status": "en litige",
           "lines": [{"description": "Câble", "quantity": "deux", "amount": "30.00"}]},
          {"date": "2025-01-10", "total": "5.00", "status": "draft"}
        ]}
        """#

    @Test func everyRecordImportedOrRejected() {
        let result = Self.importJSON(Self.records)
        #expect(result.documents.map(\.number) == ["F-1", "F-5", nil])
        #expect(result.documents.map(\.isDraft) == [false, false, true])
        // A JSON number with an exponent is read exactly.
        #expect(result.documents[1].totals.taxInclusive == Amount(1000))
        #expect(result.recordsRead == 9)
        func rejection(_ line: Int, _ element: String, _ reason: LocalizedText, number: String? = nil) -> Rejection {
            Rejection(location: SourceLocation(file: "records.json", line: line, element: element), reason: reason, documentNumber: number)
        }
        let expected: [Rejection] = [
            rejection(3, "invoices[1]", JSONRecordMessages.missingNumber(path: "invoices[1]")),
            rejection(
                4, "invoices[2].total",
                JSONRecordMessages.unreadableAmount("12,50 €", path: "invoices[2].total", decimalCommaHint: true), number: "F-3"),
            rejection(
                5, "invoices[3].due_date",
                JSONRecordMessages.otherProblems(JSONRecordMessages.unreadableDate("demain", path: "invoices[3].due_date"), others: [JSONRecordMessages.unreadableAmount("douze", path: "invoices[3].total", decimalCommaHint: false)]),
                number: "F-4"),
            rejection(7, "invoices[5].type", JSONRecordMessages.unknownType("note interne", path: "invoices[5].type"), number: "F-6"),
            rejection(8, "invoices[6]", JSONRecordMessages.notAnObject("F-7", path: "invoices[6]")),
            rejection(
                9, "invoices[7].lines[0].quantity",
                JSONRecordMessages.unreadableAmount("deux", path: "invoices[7].lines[0].quantity", decimalCommaHint: false),
                number: "F-8"),
        ]
        #expect(result.rejections == expected)
        // The unknown status is reported once, where it first occurs; the record itself is read.
        #expect(
            result.warnings == [
                Rejection(
                    location: SourceLocation(file: "records.json", line: 7, element: "invoices[5].status"),
                    reason: JSONRecordMessages.unknownStatus("en litige", key: "status"))
            ])
    }

    @Test func messagesSayWhatToDo() {
        let missing = JSONRecordMessages.missingNumber(path: "invoices[1]")
        #expect(
            missing.en
                == "record 'invoices[1]' has no invoice number and is not a draft: export the number, or name the key holding it in a mapping file, for example {\"columns\": {\"number\": \"reference\"}}")
        #expect(
            missing.fr
                == "l'enregistrement 'invoices[1]' n'a pas de numéro de facture et n'est pas un brouillon : exportez le numéro, ou nommez la clé qui le porte dans un fichier de correspondance, par exemple {\"columns\": {\"number\": \"reference\"}}")
        let amount = JSONRecordMessages.unreadableAmount("douze", path: "invoices[3].total", decimalCommaHint: false)
        #expect(
            amount.en
                == "unreadable amount 'douze' at 'invoices[3].total': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent")
    }

    @Test func unixSecondsOnlyWhereTheKeySaysSo() {
        let result = Self.importJSON(
            #"""
            [{"number": "S-1", "created": 1736985599, "due_at": 1739577600, "total": 10},
             {"number": "S-2", "date": 1736985599, "total": 10}]
            """#)
        #expect(result.documents.map(\.number) == ["S-1"])
        #expect(result.documents.first?.issueDate == CivilDate(year: 2025, month: 1, day: 15))
        #expect(result.documents.first?.dueDate == CivilDate(year: 2025, month: 2, day: 15))
        #expect(result.rejections.map(\.location) == [SourceLocation(file: "records.json", line: 2, element: "[1].date")])
        #expect(result.rejections.first?.reason == JSONRecordMessages.unreadableDate("1736985599", path: "[1].date"))
    }

    @Test func structureWhereAmountIsExpected() {
        let result = Self.importJSON(
            #"""
            [{"number": "A-1", "date": "2025-01-02", "total": 10},
             {"number": "A-2", "date": "2025-01-03", "total": {"value": 10}},
             {"number": "A-3", "date": "2025-01-04", "total": [10, 20]}]
            """#)
        #expect(result.documents.map(\.number) == ["A-1"])
        #expect(result.rejections.map(\.location.element) == ["[1].total", "[2].total"])
        #expect(result.rejections.map(\.documentNumber) == ["A-2", "A-3"])
        #expect(
            result.rejections.first?.reason.en
                == "unreadable amount '{…}' at '[1].total': expected a JSON number such as 1250.5 or a text such as \"1250.50\", without an exponent")
    }

    @Test func trueWhereTextIsExpected() {
        let result = Self.importJSON(
            #"""
            [{"number": "T-1", "date": "2025-01-02", "total": 10, "customer": {"name": "Lumen SARL"}},
             {"number": "T-2", "date": "2025-01-03", "total": 10, "customer": {"name": true}}]
            """#)
        #expect(result.documents.map(\.number) == ["T-1"])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "records.json", line: 2, element: "[1].customer.name"),
                    reason: JSONRecordMessages.unexpectedValue("true", path: "[1].customer.name"), documentNumber: "T-2")
            ])
        #expect(
            result.rejections.first?.reason.en
                == "unexpected value 'true' at '[1].customer.name': expected a text or a number; fix the export, or name the key to read for this field in a mapping file")
    }

    // MARK: Whole files

    @Test func unrecognisedJSONNamesTheAcceptedShapes() {
        for text in [#"{"settings": {"theme": "dark"}, "tags": [{"label": "x"}]}"#, #"[{"name": "Lumen", "balance": 3}]"#, "[1, 2]"] {
            let result = Self.importJSON(text)
            #expect(result.documents == [])
            #expect(result.rejections == [Rejection(location: SourceLocation(file: "records.json"), reason: CanonicalJSONImporter.otherShape)])
        }
        #expect(CanonicalJSONImporter.otherShape.en.contains("an invoicing tool's invoice list: an array of objects"))
        #expect(CanonicalJSONImporter.otherShape.fr.contains("une liste de factures d'un logiciel de facturation"))
    }

    @Test func deepNestingIsRejectedByTheParserLimit() {
        let deep = String(repeating: "[", count: 200) + String(repeating: "]", count: 200)
        let text = #"{"invoices": [{"number": "F-1", "date": "2025-01-02", "total": 1, "extra": \#(deep)}]}"#
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        // The extra value starts at depth 3, so the depth limit of 128 stops the parser at its 126th bracket.
        let offset = text.utf8.count - deep.utf8.count - "}]}".utf8.count + 125
        #expect(result.rejections == [
            Rejection(location: SourceLocation(file: "records.json", line: 1), reason: JSONRecordMessages.tooDeep(offset: offset))
        ])
        #expect(result.rejections.first?.reason.en.hasPrefix("JSON unreadable at byte \(offset): more than 128 levels") == true)
    }

    @Test func trailingCommaRejectedWithItsPlace() {
        // Foundation's decoder tolerates the comma, so the parser finds it: at the bracket after it, byte 69.
        let text = "{\"invoices\": [\n {\"number\": \"F-1\", \"date\": \"2025-01-02\", \"total\": 1},\n]}"
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        #expect(result.rejections == [
            Rejection(location: SourceLocation(file: "records.json", line: 3), reason: JSONRecordMessages.invalidSyntax(offset: 69))
        ])
    }

    @Test func fileOverTheSizeLimitIsRejectedBeforeParsing() {
        let result = Self.importJSON(Self.records, limit: 100)
        #expect(result.documents == [])
        #expect(result.rejections == [
            Rejection(location: SourceLocation(file: "records.json"), reason: ImportMessages.fileTooLarge(Self.records.utf8.count, 100))
        ])
    }

    // MARK: Mapping file

    static let ownKeys = #"""
        {"pieces": [
          {"ref_piece": "V-2025-10", "emise_le": "03/02/2025", "ttc": "1 250,00", "etat": "Encaissée",
           "client": {"raison_sociale": "Lumen SARL"},
           "lines": [{"designation": "Étude", "montant_ligne": "1 041,67"}]}
        ]}
        """#

    @Test func mappingNamesJSONKeys() throws {
        let mapping = CSVMapping(
            columns: [
                "number": "ref_piece", "issueDate": "emise_le", "grossTotal": "ttc", "status": "etat",
                "buyerName": "client.raison_sociale", "lineNetAmount": "montant_ligne",
            ],
            decimalSeparator: ",", defaults: CSVMapping.Defaults(sellerName: "Atelier Brindille SAS", currency: "EUR"),
            values: CSVMapping.ValueTranslations(status: ["Encaissée": .paid]))
        let result = Self.importJSON(Self.ownKeys, mapping: mapping)
        #expect(result.rejections == [])
        let document = try #require(result.documents.first)
        #expect(document.number == "V-2025-10")
        #expect(document.issueDate == CivilDate(year: 2025, month: 2, day: 3))
        #expect(document.totals.taxInclusive?.description == "1250.00")
        #expect(document.status == .paid)
        #expect(document.buyer?.name == "Lumen SARL")
        #expect(document.seller?.name == "Atelier Brindille SAS")
        #expect(document.currency == "EUR")
        #expect(document.source.element == "pieces[0]")
        #expect(document.lines.map(\.description) == ["Étude"])
        #expect(document.lines.map { $0.netAmount?.description } == ["1041.67"])
    }

    @Test func mappedKeyMissingRejectsTheFile() {
        let mapping = CSVMapping(columns: ["number": "ref_piece", "issueDate": "emise_le", "grossTotal": "montant_ttc"])
        let result = Self.importJSON(Self.ownKeys, mapping: mapping)
        #expect(result.documents == [])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "records.json"),
                    reason: JSONRecordMessages.mappedKeyMissing(
                        field: .grossTotal, key: "montant_ttc",
                        keys: ["client.raison_sociale", "emise_le", "etat", "ref_piece", "ttc"]))
            ])
    }

    @Test func recordElementStartsAreRecordedThroughObjectsOnly() throws {
        let text = "{\"a\": {\"b\": [\n {\"x\": [1,\n 2]},\n 3]}, \"c\": [[4]]}"
        let parsed = try JSONParser.parseRecordingElements(Array(text.utf8)).get()
        #expect(parsed.elementStarts == [["a", "b"]: [15, 32], ["c"]: [43]])
    }
}
