import InvoiceModel
import Testing

@testable import InvoiceImport

/// JSON that is valid but cannot be read as written: nesting past the parser's limit, a key
/// written twice in one object, and records of types a sales audit leaves out.
@Suite struct JSONRecordsSyntaxTests {
    static func importJSON(_ text: String, mapping: CSVMapping? = nil) -> ImportResult {
        DocumentImporter.importBytes(Array(text.utf8), file: "records.json", options: ImportOptions(csvMapping: mapping))
    }

    @Test(arguments: [200, 1_000, 100_000])
    func nestingMessageAtAnyDepth(depth: Int) {
        let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        // The parser stops at the 129th bracket, byte 128, whatever the depth.
        #expect(result.rejections == [
            Rejection(location: SourceLocation(file: "records.json", line: 1), reason: JSONRecordMessages.tooDeep(offset: 128))
        ])
    }

    @Test func invalidSyntaxKeepsItsMessage() {
        let result = Self.importJSON("[[[[ {\"a\": } ]]]]")
        #expect(result.rejections.map(\.reason) == [CanonicalJSONError(path: "", problem: .invalidSyntax).message])
    }

    @Test func duplicateKeyRejectsItsRecord() {
        let text = """
            {"invoices": [
              {"number": "K-1", "date": "2025-01-02", "total": 10, "status": "sent"},
              {"number": "K-2", "date": "2025-01-03", "total": 10,
               "customer": {"name": "A", "name": "B"}, "status": "sent"},
              {"number": "K-3", "number": "K-4", "date": "2025-01-04", "total": 10, "status": "sent"}
            ]}
            """
        let result = Self.importJSON(text)
        #expect(result.documents.map(\.number) == ["K-1"])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "records.json", line: 4, element: "invoices[1].customer.name"),
                    reason: JSONRecordMessages.duplicateKey("name", path: "invoices[1].customer.name", line: 4, inRecord: true)),
                Rejection(
                    location: SourceLocation(file: "records.json", line: 5, element: "invoices[2].number"),
                    reason: JSONRecordMessages.duplicateKey("number", path: "invoices[2].number", line: 5, inRecord: true)),
            ])
        #expect(
            result.rejections.last?.reason.en
                == "key 'number' written twice in the same object, at 'invoices[2].number' (line 5): which value to read is unclear, so the record is not imported; fix the export so that each key appears once per object")
        #expect(
            result.rejections.last?.reason.fr
                == "clé 'number' écrite deux fois dans le même objet, à 'invoices[2].number' (ligne 5) : on ne sait pas quelle valeur lire, l'enregistrement n'est pas importé ; corrigez l'export pour que chaque clé n'apparaisse qu'une fois par objet")
    }

    @Test func duplicateKeyOutsideTheRecordsRejectsTheFile() {
        let text = """
            {"page": 1,
             "invoices": [{"number": "K-1", "date": "2025-01-02", "total": 10, "status": "sent"}],
             "page": 2}
            """
        let result = Self.importJSON(text)
        #expect(result.documents == [])
        #expect(
            result.rejections == [
                Rejection(
                    location: SourceLocation(file: "records.json", line: 3, element: "page"),
                    reason: JSONRecordMessages.duplicateKey("page", path: "page", line: 3, inRecord: false))
            ])
    }

    @Test func sameKeyInTwoObjectsIsNoDuplicate() throws {
        let parsed = try JSONParser.parseRecordingElements(Array(#"[{"a": 1, "b": {"a": 2}}, {"a": 3}]"#.utf8)).get()
        #expect(parsed.duplicateKeys == [])
        let twice = try JSONParser.parseRecordingElements(Array(#"[{"a": 1}, {"b": [{"c": 1, "c": 2}]}]"#.utf8)).get()
        #expect(twice.duplicateKeys == [JSONParser.DuplicateKey(key: "c", offset: 27, objectPath: [.index(1), .key("b"), .index(0)])])
    }

    static let xero = #"""
        {"Invoices": [
          {"InvoiceNumber": "INV-1", "Type": "ACCREC", "Date": "2025-01-02", "Total": 120, "Status": "AUTHORISED"},
          {"InvoiceNumber": "BILL-7", "Type": "ACCPAY", "Date": "2025-01-03", "Total": 50, "Status": "AUTHORISED"},
          {"InvoiceNumber": "BILL-8", "Type": "ACCPAYCREDIT", "Date": "2025-01-04", "Total": 5, "Status": "AUTHORISED"},
          {"InvoiceNumber": "INV-2", "Type": "ACCREC", "Date": "2025-01-05", "Total": 80, "Status": "AUTHORISED"}
        ]}
        """#

    @Test func purchaseDocumentsAreSkippedWithOneWarning() {
        let result = Self.importJSON(Self.xero)
        #expect(result.documents.map(\.number) == ["INV-1", "INV-2"])
        #expect(result.rejections == [])
        #expect(result.recordsRead == 4)
        #expect(result.skipped == 2)
        let warning = SkippedDocumentTally.message(.purchase, count: 2, types: ["ACCPAY", "ACCPAYCREDIT"], firstLine: 3)
        #expect(result.warnings == [Rejection(location: SourceLocation(file: "records.json", line: 3, element: "Invoices[1]"), reason: warning)])
        #expect(
            warning.en
                == #"2 purchase documents skipped (type 'ACCPAY', 'ACCPAYCREDIT', the first at line 3): supplier bills and credit notes are purchases, left out of a sales audit; export them apart to check them, and if one of them is a sales invoice, give its type in a mapping file, for example {"values": {"type": {"ACCPAY": "invoice"}}}"#)
        #expect(
            warning.fr
                == #"2 documents d'achat ignorés (type 'ACCPAY', 'ACCPAYCREDIT', le premier à la ligne 3) : factures et avoirs de fournisseurs, laissés hors d'un audit des ventes ; exportez-les à part pour les contrôler, et si l'un d'eux est une facture de vente, donnez son type dans un fichier de correspondance, par exemple {"values": {"type": {"ACCPAY": "invoice"}}}"#)
    }

    @Test func aMappedPurchaseTypeIsRead() {
        let mapping = CSVMapping(values: CSVMapping.ValueTranslations(type: ["ACCPAY": .invoice]))
        let result = Self.importJSON(Self.xero, mapping: mapping)
        #expect(result.documents.map(\.number) == ["INV-1", "BILL-7", "INV-2"])
        #expect(result.warnings.map(\.reason) == [SkippedDocumentTally.message(.purchase, count: 1, types: ["ACCPAYCREDIT"], firstLine: 4)])
    }

    @Test func unknownTypeSuggestsAPlaceholderKindAndListsThem() {
        let reason = JSONRecordMessages.unknownType("creditnote", path: "[0].type")
        #expect(
            reason.en
                == #"unknown document type 'creditnote' at '[0].type': the types read are words such as Invoice, Credit note, Deposit, Corrective, Self-billed, out_invoice or ACCREC, and UNTDID 1001 codes such as 380; otherwise give its kind under "values" › "type" in a mapping file, one of invoice, creditNote, corrective, deposit, selfBilled, for example {"values": {"type": {"creditnote": "KIND"}}} where KIND is one of these values"#)
        #expect(reason.fr.contains(#"parmi invoice, creditNote, corrective, deposit, selfBilled, par exemple {"values": {"type": {"creditnote": "NATURE"}}} où NATURE est l'une de ces valeurs"#))
        #expect(reason.fr.contains("les types reconnus sont des mots comme Facture"))
        let result = Self.importJSON(#"[{"number": "T-1", "date": "2025-01-02", "total": 1, "type": "creditnote"}]"#)
        #expect(result.rejections.map(\.reason) == [reason])
    }

    @Test func unknownDolibarrCodeSuggestsItsKind() {
        let credit = JSONRecordMessages.unknownType("2", path: "[0].type")
        #expect(credit.en.hasSuffix(#"; in Dolibarr, code 2 means a credit note: {"values": {"type": {"2": "creditNote"}}}"#))
        #expect(credit.fr.hasSuffix(#"; dans Dolibarr, le code 2 désigne un avoir : {"values": {"type": {"2": "creditNote"}}}"#))
        let deposit = JSONRecordMessages.unknownType("3", path: "[0].type")
        #expect(deposit.en.hasSuffix(#"code 3 means a deposit invoice: {"values": {"type": {"3": "deposit"}}}"#))
    }
}
