import InvoiceModel

/// Imports a ZUGFeRD 1.0 `CrossIndustryDocument` (BASIC, COMFORT and EXTENDED profiles).
///
/// ZUGFeRD 1.0 uses the UN/CEFACT schema modules of 2012 and 2015, whose structure is that of
/// CII D16B under other element names, so ``CIIImporter`` maps it with ``CIIVocabulary/zugferd1``.
/// Its logistics service charges become document-level charges (BG-21).
struct ZUGFeRD1Importer {
    static let namespace = "urn:ferd:CrossIndustryDocument:invoice:1p0"

    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let stream = CIIImporter.lineStream(file: file, vocabulary: .zugferd1, check: .zugferd1, cardinality: .zugferd1)
        return XMLDocumentImport.importDocument(bytes, file: file, format: .zugferd1, stream: stream) {
            root throws(XMLImportFailure) in
            guard root.element.localName == "CrossIndustryDocument", root.element.namespaceURI == ZUGFeRD1Importer.namespace
            else {
                throw XMLDocumentImport.unexpectedRoot(
                    root, expected: "'{\(ZUGFeRD1Importer.namespace)}CrossIndustryDocument'")
            }
            try XMLNamespaceCheck.zugferd1.verify(root, stream: stream)
            try XMLCardinalityCheck.zugferd1.verify(root, stream: stream)
            return CIIImporter.document(from: root, file: file, vocabulary: .zugferd1, stream: stream)
        }
    }
}
