import InvoiceModel

/// Imports a UN/CEFACT Cross Industry Invoice D16B (Factur-X and ZUGFeRD 2.x, every profile, and
/// XRechnung CII) into one ``Document``. ``ZUGFeRD1Importer`` reuses the mapping for ZUGFeRD 1.0.
///
/// Elements are matched by local name, so any namespace prefix works. MINIMUM and BASIC WL
/// profiles carry no lines and give `lines == []`. Values are kept as the source wrote them; a
/// value that cannot be read (an amount, a date) is imported as missing with a warning naming
/// the element.
struct CIIImporter {
    static let namespace = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"

    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let stream = CIIImporter.lineStream(file: file, vocabulary: .d16b, check: .cii, cardinality: .cii)
        return XMLDocumentImport.importDocument(bytes, file: file, format: .cii, stream: stream) {
            root throws(XMLImportFailure) in
            guard root.element.localName == "CrossIndustryInvoice", root.element.namespaceURI == CIIImporter.namespace
            else {
                throw XMLDocumentImport.unexpectedRoot(root, expected: "'{\(CIIImporter.namespace)}CrossIndustryInvoice'")
            }
            try XMLNamespaceCheck.cii.verify(root, stream: stream)
            try XMLCardinalityCheck.cii.verify(root, stream: stream)
            return CIIImporter.document(from: root, file: file, vocabulary: .d16b, stream: stream)
        }
    }

    /// Maps a CII root element whose name was already checked, using `vocabulary`'s element names;
    /// `stream` contains the lines when they were mapped during parsing.
    static func document(from root: XMLNode, file: String, vocabulary: CIIVocabulary, stream: XMLLineStream? = nil)
        -> Document
    {
        let context = root.child(vocabulary.context)
        let header = root.child(vocabulary.header)
        let transaction = root.child(vocabulary.transaction)
        let agreement = transaction?.child(vocabulary.agreement)
        let delivery = transaction?.child(vocabulary.delivery)
        let settlement = transaction?.child(vocabulary.settlement)
        let typeCode = header?.string("TypeCode")
        let currency = settlement?.string("InvoiceCurrencyCode")

        var document = Document(
            number: header?.string("ID"),
            kind: typeCode.flatMap { DocumentKind(untdid: $0) } ?? .invoice,
            typeCode: typeCode,
            issueDate: header?.date(.format102, "IssueDateTime", "DateTimeString"),
            currency: currency,
            specification: context?.string("GuidelineSpecifiedDocumentContextParameter", "ID"),
            seller: party(agreement?.child("SellerTradeParty")),
            buyer: party(agreement?.child("BuyerTradeParty")),
            source: SourceLocation(file: file, line: root.line),
            sourceFormat: vocabulary.syntax)
        document.businessProcess = context?.string("BusinessProcessSpecifiedDocumentContextParameter", "ID")
        document.operationCategory = document.businessProcess.flatMap { OperationCategory(billingFramework: $0) }
        document.notes = notes(header)
        document.lines = lines(transaction, file: file, vocabulary: vocabulary, stream: stream)
        document.buyerReference = agreement?.string("BuyerReference")
        document.taxRepresentative = party(agreement?.child("SellerTaxRepresentativeTradeParty"))
        document.references = references(agreement: agreement, delivery: delivery, vocabulary: vocabulary)
        document.references.buyerAccounting = settlement?.string("ReceivableSpecifiedTradeAccountingAccount", "ID")
        PartialConstructionInvoice.note(&document)
        document.supportingDocuments = supportingDocuments(agreement, vocabulary: vocabulary)
        document.delivery = deliveryInformation(delivery, vocabulary: vocabulary)
        if let settlement {
            readSettlement(settlement, currency: currency, vocabulary: vocabulary, file: file, into: &document)
        }
        // The CII artefact reads the issue date only from a DateTimeString with format 102 (BR-03).
        if let written = header?.child("IssueDateTime")?.child("DateTimeString"),
            written.element.attribute("format") != "102"
        {
            var facts = document.sourceFacts ?? SourceFacts()
            facts.issueDateWithoutFormat102 = true
            document.sourceFacts = facts
        }
        return document
    }

    /// Reads the notes (BG-1): each `ram:IncludedNote` with its subject code and its content lines.
    static func notes(_ header: XMLNode?) -> [Note] {
        guard let header else { return [] }
        return header.children("IncludedNote").compactMap { note in
            let text = XMLNode.joinedText(note.children("Content"))
            let subject = note.string("SubjectCode")
            if text == nil && subject == nil { return nil }
            return Note(subject: subject, text: text ?? "")
        }
    }

    /// Reads a period (BG-14, BG-26) from its `ram:StartDateTime` and `ram:EndDateTime`.
    static func period(_ node: XMLNode?) -> Period? {
        guard let node else { return nil }
        let period = Period(
            start: node.periodDate("StartDateTime", isEnd: false),
            end: node.periodDate("EndDateTime", isEnd: true))
        return period == Period() ? nil : period
    }
}
