/// The structure of a SpreadsheetML workbook: its sheets in tab order, where each is stored, the
/// date system, and the shared strings and styles parts.
///
/// The workbook part is the one `[Content_Types].xml` declares with a workbook content type
/// (`.xlsx`, `.xlsm`, templates), usually `xl/workbook.xml`; the other parts are found through its
/// relationships part, `xl/_rels/workbook.xml.rels`.
struct XLSXPackage {
    struct Sheet: Sendable, Hashable {
        var name: String
        /// The worksheet part; `nil` for a chart sheet or a sheet whose part is not a worksheet.
        var part: String?
        /// True for a sheet the workbook hides (`state="hidden"` or `"veryHidden"`).
        var isHidden = false
    }

    var sheets: [Sheet] = []
    /// True for the 1904 date system (`workbookPr date1904`), used by old Mac workbooks.
    var uses1904DateSystem = false
    var sharedStringsPart: String?
    var stylesPart: String?

    /// Main content types of workbooks that hold their cells in SpreadsheetML.
    static let workbookContentTypes: Set<String> = [
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
        "application/vnd.ms-excel.template.macroEnabled.main+xml",
    ]

    /// Reads the package structure of `archive`, unpacking its small structural parts.
    static func open(_ archive: ZipArchive, budget: inout ZipBudget) throws(XLSXError) -> XLSXPackage {
        let workbookPart = try mainPart(archive, budget: &budget)
        var workbook = WorkbookHandler()
        try XLSXPartReader.read(try unpack(workbookPart, archive, budget: &budget), part: workbookPart, into: &workbook)

        let relationshipsPart = XLSXPath.relationshipsPart(of: workbookPart)
        var relationships = RelationshipsHandler()
        if archive.entry(named: relationshipsPart) != nil {
            try XLSXPartReader.read(
                try unpack(relationshipsPart, archive, budget: &budget), part: relationshipsPart, into: &relationships)
        }
        func target(_ relationship: RelationshipsHandler.Relationship) throws(XLSXError) -> String {
            guard let path = XLSXPath.resolve(relationship.target, from: workbookPart) else {
                throw .badTarget(part: relationshipsPart, target: relationship.target)
            }
            return path
        }

        var package = XLSXPackage(uses1904DateSystem: workbook.uses1904)
        for relationship in relationships.items {
            if relationship.type.hasSuffix("/sharedStrings") { package.sharedStringsPart = try target(relationship) }
            if relationship.type.hasSuffix("/styles") { package.stylesPart = try target(relationship) }
        }
        for sheet in workbook.sheets {
            let relationship = relationships.items.first { $0.id == sheet.relationshipID }
            var part: String?
            if let relationship, relationship.type.hasSuffix("/worksheet") { part = try target(relationship) }
            package.sheets.append(Sheet(name: sheet.name, part: part, isHidden: sheet.isHidden))
        }
        return package
    }

    /// Unpacks the part named `name`, which must exist.
    static func unpack(_ name: String, _ archive: ZipArchive, budget: inout ZipBudget) throws(XLSXError) -> [UInt8] {
        guard let entry = archive.entry(named: name) else { throw .missingPart(name) }
        do {
            return try archive.extract(entry, budget: &budget)
        } catch {
            throw .zip(error)
        }
    }

    /// Returns the workbook part that `[Content_Types].xml` declares, or says what else the archive is.
    private static func mainPart(_ archive: ZipArchive, budget: inout ZipBudget) throws(XLSXError) -> String {
        let contentTypesPart = "[Content_Types].xml"
        guard archive.entry(named: contentTypesPart) != nil else {
            if let mimetype = archive.entry(named: "mimetype"),
                let text = try? archive.extract(mimetype, budget: &budget),
                String(decoding: text, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument.spreadsheet")
            {
                throw .notWorkbook(.openDocumentSpreadsheet)
            }
            throw .notWorkbook(.plainZip)
        }
        var types = ContentTypesHandler()
        try XLSXPartReader.read(try unpack(contentTypesPart, archive, budget: &budget), part: contentTypesPart, into: &types)
        if let main = types.overrides.first(where: { workbookContentTypes.contains($0.contentType) }) {
            guard let path = XLSXPath.resolve(main.partName, from: "") else {
                throw .badTarget(part: contentTypesPart, target: main.partName)
            }
            return path
        }
        if types.overrides.contains(where: { $0.contentType.hasPrefix("application/vnd.ms-excel.sheet.binary") }) {
            throw .notWorkbook(.binaryWorkbook)
        }
        if let other = types.overrides.first(where: { $0.contentType.hasSuffix(".main+xml") }) {
            throw .notWorkbook(.otherOffice(other.contentType))
        }
        throw .notWorkbook(.plainZip)
    }
}

/// `[Content_Types].xml`: the declared content type of each part.
private struct ContentTypesHandler: XLSXPartHandler {
    var overrides: [(partName: String, contentType: String)] = []

    mutating func start(_ tag: XMLStartTag, parent: String) {
        guard tag.localName == "Override", let name = tag.attribute("PartName"), let type = tag.attribute("ContentType") else {
            return
        }
        overrides.append((name, type.trimmingSpaces))
    }

    mutating func text(_ text: String) {}
    mutating func end(_ name: String) {}
}

/// The workbook part: sheet names with their relationship ids, and the date system.
private struct WorkbookHandler: XLSXPartHandler {
    var sheets: [(name: String, relationshipID: String, isHidden: Bool)] = []
    var uses1904 = false

    mutating func start(_ tag: XMLStartTag, parent: String) {
        switch (parent, tag.localName) {
        case ("workbook", "workbookPr"):
            let flag = tag.attribute("date1904")
            uses1904 = flag == "1" || flag == "true"
        case ("sheets", "sheet"):
            // `r:id` is the only attribute with local name `id`.
            let state = tag.attribute("state")
            sheets.append((tag.attribute("name") ?? "", tag.attribute("id") ?? "", state == "hidden" || state == "veryHidden"))
        default:
            break
        }
    }

    mutating func text(_ text: String) {}
    mutating func end(_ name: String) {}
}

/// A relationships part: id, type and target of each internal relationship.
private struct RelationshipsHandler: XLSXPartHandler {
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    var items: [Relationship] = []

    mutating func start(_ tag: XMLStartTag, parent: String) {
        guard tag.localName == "Relationship", tag.attribute("TargetMode") != "External",
            let id = tag.attribute("Id"), let type = tag.attribute("Type"), let target = tag.attribute("Target")
        else { return }
        items.append(Relationship(id: id, type: type, target: target))
    }

    mutating func text(_ text: String) {}
    mutating func end(_ name: String) {}
}
