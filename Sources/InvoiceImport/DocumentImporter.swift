import FoundationEssentials
import InvoiceModel

/// Reads one input file, detects its format and hands it to the matching importer.
public enum DocumentImporter {
    /// Imports the file at `path`; `displayPath` is how locations name it in the journal.
    ///
    /// Never throws: a file that cannot be read, is too large or has an unknown format comes back
    /// as a result with one file-level rejection, so the caller can count it and exit with code 2.
    public static func importFile(path: String, displayPath: String, options: ImportOptions) -> ImportResult {
        let location = SourceLocation(file: displayPath)
        let bytes: [UInt8]
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if let size = attributes[.size] as? Int, size > options.maximumFileSize {
                return ImportResult(
                    file: displayPath, format: .unknown,
                    rejections: [Rejection(location: location, reason: ImportMessages.fileTooLarge(size, options.maximumFileSize))])
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                return ImportResult(
                    file: displayPath, format: .unknown,
                    rejections: [Rejection(location: location, reason: ImportMessages.unreadable)])
            }
            bytes = [UInt8](data)
        } catch {
            return ImportResult(
                file: displayPath, format: .unknown,
                rejections: [Rejection(location: location, reason: ImportMessages.unreadable)])
        }
        return importBytes(bytes, file: displayPath, options: options)
    }

    /// Imports in-memory content; `file` names the source in locations.
    public static func importBytes(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        let location = SourceLocation(file: file)
        if bytes.count > options.maximumFileSize {
            return ImportResult(
                file: file, format: .unknown,
                rejections: [Rejection(location: location, reason: ImportMessages.fileTooLarge(bytes.count, options.maximumFileSize))])
        }
        let format = FormatDetector.detect(bytes)
        var result = importDetected(bytes, format: format, file: file, options: options)
        for index in result.documents.indices where result.documents[index].sourceFormat == nil {
            result.documents[index].sourceFormat = format
        }
        return result
    }

    private static func importDetected(
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
        case .pdf:
            return PDFImporter().importDocuments(bytes, file: file, options: options)
        case .json:
            return CanonicalJSONImporter().importDocuments(bytes, file: file, options: options)
        case .unknown:
            return ImportResult(
                file: file, format: format,
                rejections: [Rejection(location: location, reason: ImportMessages.unsupportedFormat(format))])
        }
    }
}

/// Messages shared by all importers.
public enum ImportMessages {
    public static let unreadable = LocalizedText(
        fr: "fichier illisible : vérifiez qu'il existe et que ses droits permettent de le lire",
        en: "file could not be read: check that it exists and that its permissions allow reading it")

    public static func fileTooLarge(_ size: Int, _ limit: Int) -> LocalizedText {
        LocalizedText(
            fr: "fichier trop volumineux (\(size) octets, limite \(limit)) : augmentez --max-file-size si le fichier est sûr",
            en: "file too large (\(size) bytes, limit \(limit)): raise --max-file-size if the file is trusted")
    }

    public static func unsupportedFormat(_ format: InputFormat) -> LocalizedText {
        switch format {
        case .unknown:
            LocalizedText(
                fr: "format non reconnu : attendu un CSV, un XML UBL 2.1 ou CII (Factur-X, ZUGFeRD, XRechnung)",
                en: "unrecognised format: expected CSV, UBL 2.1 XML or CII XML (Factur-X, ZUGFeRD, XRechnung)")
        default:
            LocalizedText(
                fr: "format '\(format.rawValue)' reconnu mais pas encore importé",
                en: "format '\(format.rawValue)' recognised but not imported yet")
        }
    }
}
