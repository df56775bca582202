import FoundationEssentials
import InvoiceModel

/// Reads one input file, detects its format and hands it to the matching importer.
///
/// The streaming entry points deliver each document to a closure as soon as it is complete and
/// return an ``ImportSummary``. A caller that keeps only what it needs of each document then has
/// one document in memory at a time (CSV exports) or one file's documents (XML, PDF, JSON). The
/// collecting entry points return every document in an ``ImportResult``.
public enum DocumentImporter {
    /// Imports the file at `path`; `displayPath` is how locations name it in the journal.
    ///
    /// Never throws: a file that cannot be read, is too large or has an unknown format comes back
    /// as a result with one file-level rejection, so the caller can count it and exit with code 2.
    public static func importFile(path: String, displayPath: String, options: ImportOptions) -> ImportResult {
        var documents: [Document] = []
        let summary = importFile(path: path, displayPath: displayPath, options: options) { documents.append($0) }
        return ImportResult(summary, documents: documents)
    }

    /// Imports in-memory content; `file` names the source in locations.
    public static func importBytes(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        var documents: [Document] = []
        let summary = importBytes(bytes, file: file, options: options) { documents.append($0) }
        return ImportResult(summary, documents: documents)
    }

    /// Imports the file at `path`, handing each document to `onDocument` in file order.
    ///
    /// A file-level rejection (unreadable, too large, unknown format, malformed CSV quoting) is
    /// found before any document is delivered, so a file either gives documents or is rejected
    /// whole. Record-level rejections come between delivered documents.
    public static func importFile(
        path: String, displayPath: String, options: ImportOptions, onDocument: (Document) -> Void
    ) -> ImportSummary {
        importFile(pathBytes: Array(path.utf8), displayPath: displayPath, options: options, onDocument: onDocument)
    }

    /// Imports the file whose path is `pathBytes`, a name that need not be valid UTF-8; the
    /// journal shows it as `displayPath`.
    public static func importFile(
        pathBytes: [UInt8], displayPath: String, options: ImportOptions, onDocument: (Document) -> Void
    ) -> ImportSummary {
        switch readFile(pathBytes: pathBytes, options: options) {
        case .success(let bytes): return importBytes(bytes, file: displayPath, options: options, onDocument: onDocument)
        case .failure(let failure):
            let rejection = Rejection(location: SourceLocation(file: displayPath), reason: failure.reason)
            return ImportSummary(file: displayPath, format: .unknown, rejections: [rejection])
        }
    }

    /// Reads a whole file within `options.maximumFileSize`, or gives the reason it cannot be read.
    public static func readFile(pathBytes: [UInt8], options: ImportOptions) -> Result<[UInt8], FileReadFailure> {
        switch FileBytes.load(pathBytes: pathBytes, limit: options.maximumFileSize) {
        case .success(let bytes): .success(bytes)
        case .failure(.tooLarge(let size)):
            .failure(FileReadFailure(reason: ImportMessages.fileTooLarge(size, options.maximumFileSize)))
        case .failure(.unreadable): .failure(FileReadFailure(reason: ImportMessages.unreadable))
        }
    }

    /// Imports in-memory content, handing each document to `onDocument` in file order.
    public static func importBytes(
        _ original: [UInt8], file: String, options: ImportOptions, onDocument: (Document) -> Void
    ) -> ImportSummary {
        let location = SourceLocation(file: file)
        if original.count > options.maximumFileSize {
            return ImportSummary(
                file: file, format: .unknown,
                rejections: [Rejection(location: location, reason: ImportMessages.fileTooLarge(original.count, options.maximumFileSize))])
        }
        // Workbooks are binary: they go to their importer before any text decoding.
        if FormatDetector.isWorkbookContainer(original) {
            return XLSXImporter().importDocuments(original, file: file, options: options, onDocument: onDocument)
        }
        let bytes: [UInt8]
        switch TextEncoding.prepare(original) {
        case .text(let text): bytes = text
        case .rejected(let line, let reason):
            let rejection = Rejection(location: SourceLocation(file: file, line: line), reason: reason)
            return ImportSummary(file: file, format: .unknown, rejections: [rejection])
        }
        if let report = OwnReport.format(of: bytes) {
            let reason = CSVNonInvoiceFile.ownReport(format: report).message
            return ImportSummary(file: file, format: .unknown, rejections: [Rejection(location: location, reason: reason)])
        }
        let format = FormatDetector.detect(bytes)
        func deliver(_ document: Document) {
            guard document.sourceFormat == nil else { return onDocument(document) }
            var stamped = document
            stamped.sourceFormat = format
            onDocument(stamped)
        }
        switch format {
        case .csv:
            if NonTableText.isJSONWithComments(bytes) {
                return ImportSummary(file: file, format: .json, rejections: [Rejection(location: location, reason: ImportMessages.jsonComment)])
            }
            if options.skipsProse, NonTableText.isProse(bytes) {
                return ImportSummary(file: file, format: .unknown, warnings: [Rejection(location: location, reason: ImportMessages.notAnInvoiceFile)])
            }
            // The importer sets the format as it builds each document, so none is copied to stamp it.
            return CSVImporter().importDocuments(bytes, file: file, options: options, sourceFormat: format, onDocument: deliver)
        case .fec:
            return FECImporter().importDocuments(bytes, file: file, options: options, onDocument: deliver)
        case .xlsx:
            return XLSXImporter().importDocuments(bytes, file: file, options: options, onDocument: deliver)
        case .ubl, .cii, .zugferd1, .pdf, .json, .stripe, .jsonRecords, .unknown:
            // One document per file (or one small JSON array): collect, then deliver.
            var result = importWhole(bytes, format: format, file: file, options: options)
            let documents = result.documents
            result.documents = []
            for document in documents { deliver(document) }
            var summary = ImportSummary(
                file: result.file, format: result.format, documentCount: documents.count, rejections: result.rejections,
                warnings: result.warnings)
            summary.skipped = result.skipped
            return summary
        }
    }

    private static func importWhole(
        _ bytes: [UInt8], format: InputFormat, file: String, options: ImportOptions
    ) -> ImportResult {
        let location = SourceLocation(file: file)
        switch format {
        case .ubl:
            return UBLImporter().importDocuments(bytes, file: file, options: options)
        case .cii:
            return CIIImporter().importDocuments(bytes, file: file, options: options)
        case .zugferd1:
            return ZUGFeRD1Importer().importDocuments(bytes, file: file, options: options)
        case .csv:
            return CSVImporter().importDocuments(bytes, file: file, options: options)
        case .fec:
            return FECImporter().importDocuments(bytes, file: file, options: options)
        case .xlsx:
            return XLSXImporter().importDocuments(bytes, file: file, options: options)
        case .pdf:
            return PDFImporter().importDocuments(bytes, file: file, options: options)
        case .json, .stripe, .jsonRecords:
            return CanonicalJSONImporter().importDocuments(bytes, file: file, options: options)
        case .unknown:
            let isBlank = bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            let reason =
                if isBlank {
                    ImportMessages.emptyFile
                } else if let root = FormatDetector.xmlRoot(bytes) {
                    ImportMessages.otherXMLDocument(root.localName, namespace: root.namespace)
                } else {
                    ImportMessages.unsupportedFormat(format)
                }
            return ImportResult(file: file, format: format, rejections: [Rejection(location: location, reason: reason)])
        }
    }
}

/// Messages shared by all importers.
/// A file that could not be read, with the reason the journal gives.
public struct FileReadFailure: Error, Sendable {
    public let reason: LocalizedText
}

public enum ImportMessages {
    public static let unreadable = LocalizedText(
        fr: "fichier illisible : vérifiez qu'il existe et que ses droits permettent de le lire",
        en: "file could not be read: check that it exists and that its permissions allow reading it")

    public static func fileTooLarge(_ size: Int, _ limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "fichier trop volumineux (\(size) octets, limite \(limit)) : augmentez --max-file-size si le fichier est sûr",
            en: "file too large (\(size) bytes, limit \(limit)): raise --max-file-size if the file is trusted")
    }

    public static let emptyFile = LocalizedText(
        fr: "fichier vide : l'export ne contient rien, vérifiez qu'il a été écrit en entier",
        en: "empty file: the export holds nothing, check that it was written completely")

    /// Returns the message for well-formed XML whose root is not an invoice, naming that root.
    public static func otherXMLDocument(_ localName: String, namespace: String) -> LocalizedText {
        let element = namespace.isEmpty ? localName : "{\(namespace)}\(localName)"
        return LocalizedText(
            fr: "document XML '\(element)' : pas une facture dans un format pris en charge ; facturaudit lit les éléments racines Invoice et CreditNote (UBL 2.1), CrossIndustryInvoice (CII, Factur-X, ZUGFeRD, XRechnung) et CrossIndustryDocument (ZUGFeRD 1.0) : exportez la facture ou l'avoir dans l'un de ces formats",
            en: "XML document '\(element)' is not an invoice in a supported format: facturaudit reads the root elements Invoice and CreditNote (UBL 2.1), CrossIndustryInvoice (CII, Factur-X, ZUGFeRD, XRechnung) and CrossIndustryDocument (ZUGFeRD 1.0): export the invoice or credit note in one of these formats")
    }

    public static func unsupportedFormat(_ format: InputFormat) -> LocalizedText {
        switch format {
        case .unknown:
            LocalizedText(
                fr: "format non reconnu : attendu un CSV, un classeur Excel .xlsx, un XML UBL 2.1, CII (Factur-X, ZUGFeRD, XRechnung) ou ZUGFeRD 1.0, un PDF Factur-X, le JSON canonique de facturaudit, le JSON des factures Stripe ou une liste de factures en JSON",
                en: "unrecognised format: expected CSV, an Excel .xlsx workbook, UBL 2.1 XML, CII XML (Factur-X, ZUGFeRD, XRechnung) or ZUGFeRD 1.0, a Factur-X PDF, facturaudit canonical JSON, Stripe invoice JSON, or an invoice list in JSON")
        default:
            LocalizedText(
                fr: "format '\(format.rawValue)' reconnu mais pas encore importé",
                en: "format '\(format.rawValue)' recognised but not imported yet")
        }
    }
}
