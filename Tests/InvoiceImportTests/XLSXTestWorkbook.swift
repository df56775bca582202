import CFAZlib

/// Writes ZIP archives and small workbooks for the XLSX tests, so no binary fixture is needed.
enum TestZip {
    struct Entry {
        var name: String
        var bytes: [UInt8]
        var deflate = true
        /// Overrides the uncompressed size written in the headers, to test lying archives.
        var declaredSize: Int?
        var flags: UInt16 = 0
    }

    /// A ZIP archive of `entries`, deflated with zlib or stored.
    static func archive(_ entries: [Entry], comment: [UInt8] = []) -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let data = entry.deflate ? deflate(entry.bytes) : entry.bytes
            let crc = UInt32(truncatingIfNeeded: entry.bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
            let size = UInt32(entry.declaredSize ?? entry.bytes.count)
            let name = Array(entry.name.utf8)
            let offset = UInt32(out.count)
            let method: UInt16 = entry.deflate ? 8 : 0
            out += le32(0x0403_4B50) + le16(20) + le16(entry.flags) + le16(method) + le16(0) + le16(0)
            out += le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + name + data
            central += le32(0x0201_4B50) + le16(20) + le16(20) + le16(entry.flags) + le16(method) + le16(0) + le16(0)
            central += le32(crc) + le32(UInt32(data.count)) + le32(size) + le16(UInt16(name.count)) + le16(0) + le16(0)
            central += le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += central
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(directoryOffset) + le16(UInt16(comment.count)) + comment
        return out
    }

    /// Raw deflate (no zlib header), as ZIP entries hold it.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 16)
        var input = bytes
        let produced = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target -> Int in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = CFAZlib.deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output.prefix(produced))
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
}

/// A workbook built from sheet XML bodies, the way Excel lays it out.
struct XLSXTestWorkbook {
    var sheets: [(name: String, rows: String)]
    var sharedStrings: [String] = []
    /// The `<numFmts>` and `<cellXfs>` children of the styles part.
    var numberFormats = ""
    var cellFormats = #"<xf numFmtId="0"/>"#
    var date1904 = false
    /// The `state` attribute of sheets by name (`hidden`, `veryHidden`).
    var sheetStates: [String: String] = [:]
    var deflate = true
    var mainContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    var entries: [TestZip.Entry] {
        var overrides = #"<Override PartName="/xl/workbook.xml" ContentType="\#(mainContentType)"/>"#
        var sheetList = ""
        var rels = ""
        var parts: [TestZip.Entry] = []
        for (index, sheet) in sheets.enumerated() {
            let number = index + 1
            overrides += #"<Override PartName="/xl/worksheets/sheet\#(number).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
            let state = sheetStates[sheet.name].map { #" state="\#($0)""# } ?? ""
            sheetList += #"<sheet name="\#(sheet.name)" sheetId="\#(number)"\#(state) r:id="rId\#(number)"/>"#
            rels += #"<Relationship Id="rId\#(number)" Type="\#(Self.relationships)/worksheet" Target="worksheets/sheet\#(number).xml"/>"#
            let xml = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="\#(Self.main)"><sheetData>\#(sheet.rows)</sheetData></worksheet>"#
            parts.append(TestZip.Entry(name: "xl/worksheets/sheet\(number).xml", bytes: Array(xml.utf8), deflate: deflate))
        }
        rels += #"<Relationship Id="rIdS" Type="\#(Self.relationships)/sharedStrings" Target="sharedStrings.xml"/>"#
        rels += #"<Relationship Id="rIdY" Type="\#(Self.relationships)/styles" Target="/xl/styles.xml"/>"#
        let types = #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>\#(overrides)</Types>"#
        let dateSystem = date1904 ? #" date1904="1""# : ""
        let workbook = #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="\#(Self.main)" xmlns:r="\#(Self.relationships)"><workbookPr\#(dateSystem)/><sheets>\#(sheetList)</sheets></workbook>"#
        let workbookRels = #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels)</Relationships>"#
        let shared = sharedStrings.map { $0.hasPrefix("<") ? "<si>\($0)</si>" : "<si><t>\(Self.escaped($0))</t></si>" }.joined()
        let sst = #"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="\#(Self.main)" count="\#(sharedStrings.count)">\#(shared)</sst>"#
        let styles = #"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="\#(Self.main)">\#(numberFormats)<cellXfs>\#(cellFormats)</cellXfs></styleSheet>"#
        return [
            TestZip.Entry(name: "[Content_Types].xml", bytes: Array(types.utf8), deflate: deflate),
            TestZip.Entry(name: "xl/workbook.xml", bytes: Array(workbook.utf8), deflate: deflate),
            TestZip.Entry(name: "xl/_rels/workbook.xml.rels", bytes: Array(workbookRels.utf8), deflate: deflate),
            TestZip.Entry(name: "xl/sharedStrings.xml", bytes: Array(sst.utf8), deflate: deflate),
            TestZip.Entry(name: "xl/styles.xml", bytes: Array(styles.utf8), deflate: deflate),
        ] + parts
    }

    var bytes: [UInt8] { TestZip.archive(entries) }

    static func escaped(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    }
}
