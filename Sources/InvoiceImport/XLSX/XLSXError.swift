import InvoiceModel

/// A reason a workbook is not read at all.
enum XLSXError: Error, Sendable, Hashable {
    case zip(ZipError)
    /// A ZIP archive that is some other kind of document, named for the message.
    case notWorkbook(XLSXOtherArchive)
    /// A part the workbook needs and does not have.
    case missingPart(String)
    case malformed(part: String, line: Int?, detail: String)
    case doctype(part: String, line: Int?)
    /// A cell or row reference that is not one, such as `A0` or `XFE1`.
    case badReference(sheet: String, reference: String)
    /// A string cell whose index names no shared string.
    case badSharedString(sheet: String, cell: String, index: String)
    /// A relationship whose target leaves the archive or is not a part of it.
    case badTarget(part: String, target: String)

    /// The message for the journal, in both languages.
    var message: LocalizedText {
        switch self {
        case .zip(let error):
            return error.message
        case .notWorkbook(let kind):
            return kind.message
        case .missingPart(let part):
            return LocalizedText(
                fr: "classeur incomplet : la partie '\(part)' manque, enregistrez de nouveau le classeur depuis le tableur ou exportez-le en CSV",
                en: "incomplete workbook: the part '\(part)' is missing, save the workbook again from the spreadsheet program or export it as CSV")
        case .malformed(let part, let line, let detail):
            let place = line.map { " (\($0))" } ?? ""
            return LocalizedText(
                fr: "XML mal formé dans la partie '\(part)'\(place) : \(detail) ; enregistrez de nouveau le classeur depuis le tableur ou exportez-le en CSV",
                en: "malformed XML in the part '\(part)'\(place): \(detail); save the workbook again from the spreadsheet program or export it as CSV")
        case .doctype(let part, _):
            return LocalizedText(
                fr: "la partie '\(part)' déclare un DOCTYPE ou des entités, ce qu'aucun tableur n'écrit : le fichier n'est pas lu",
                en: "the part '\(part)' declares a DOCTYPE or entities, which no spreadsheet program writes: the file is not read")
        case .badReference(let sheet, let reference):
            return LocalizedText(
                fr: "référence de cellule '\(reference)' invalide dans la feuille '\(sheet)' : enregistrez de nouveau le classeur depuis le tableur ou exportez-le en CSV",
                en: "invalid cell reference '\(reference)' in the sheet '\(sheet)': save the workbook again from the spreadsheet program or export it as CSV")
        case .badSharedString(let sheet, let cell, let index):
            return LocalizedText(
                fr: "la cellule \(cell) de la feuille '\(sheet)' renvoie au texte partagé '\(index)', qui n'existe pas : enregistrez de nouveau le classeur depuis le tableur ou exportez-le en CSV",
                en: "the cell \(cell) of the sheet '\(sheet)' refers to shared string '\(index)', which does not exist: save the workbook again from the spreadsheet program or export it as CSV")
        case .badTarget(let part, let target):
            return LocalizedText(
                fr: "la partie '\(part)' renvoie à '\(target)', hors du classeur : le fichier n'est pas lu",
                en: "the part '\(part)' points to '\(target)', outside the workbook: the file is not read")
        }
    }
}

/// Files that look like a workbook but are not a SpreadsheetML one.
enum XLSXOtherArchive: Sendable, Hashable {
    /// An Excel 97-2003 `.xls` (BIFF in an OLE compound file), or a password-protected workbook,
    /// which Excel also stores as a compound file.
    case compoundFile
    /// An OpenDocument spreadsheet (`.ods`).
    case openDocumentSpreadsheet
    /// An Excel binary workbook (`.xlsb`).
    case binaryWorkbook
    /// An Office Open XML document of another kind, with its main content type.
    case otherOffice(String)
    /// A ZIP archive that is no Office document.
    case plainZip

    var message: LocalizedText {
        let fix = (fr: "enregistrez-le au format .xlsx ou exportez-le en CSV", en: "save it as .xlsx or export it as CSV")
        switch self {
        case .compoundFile:
            return LocalizedText(
                fr: "classeur Excel 97-2003 (.xls) ou classeur protégé par mot de passe : ce format binaire n'est pas lu, \(fix.fr) sans mot de passe",
                en: "Excel 97-2003 workbook (.xls) or password-protected workbook: this binary format is not read, \(fix.en) without a password")
        case .openDocumentSpreadsheet:
            return LocalizedText(
                fr: "classeur OpenDocument (.ods) non pris en charge : \(fix.fr)",
                en: "OpenDocument spreadsheet (.ods) not supported: \(fix.en)")
        case .binaryWorkbook:
            return LocalizedText(
                fr: "classeur binaire Excel (.xlsb) non pris en charge : \(fix.fr)",
                en: "Excel binary workbook (.xlsb) not supported: \(fix.en)")
        case .otherOffice(let contentType):
            return LocalizedText(
                fr: "document Office '\(contentType)' : ce n'est pas un classeur, exportez les factures en .xlsx ou en CSV",
                en: "Office document '\(contentType)' is not a workbook: export the invoices as .xlsx or CSV")
        case .plainZip:
            return LocalizedText(
                fr: "archive ZIP qui n'est pas un classeur Excel (pas de [Content_Types].xml de classeur) : décompressez-la et donnez les fichiers de factures qu'elle contient",
                en: "ZIP archive that is not an Excel workbook (no workbook [Content_Types].xml): unpack it and give the invoice files it holds")
        }
    }
}
