/// Part names inside an Open Packaging archive: `/xl/workbook.xml` is the entry `xl/workbook.xml`.
enum XLSXPath {
    /// The relationships part of `part`: `xl/workbook.xml` gives `xl/_rels/workbook.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        let directory = directory(of: part)
        let name = part.dropFirst(directory.count)
        return "\(directory)_rels/\(name).rels"
    }

    /// Resolves a relationship target against the part that contains the relationship, or returns
    /// `nil` for a target that climbs above the archive's root or is a URI with a scheme.
    ///
    /// An absolute target (`/xl/worksheets/sheet1.xml`) starts from the root.
    static func resolve(_ target: String, from source: String) -> String? {
        let target = target.removingPercentEncodedSpaces
        if target.contains(":") || target.contains("\\") { return nil }
        var segments: [Substring] = target.hasPrefix("/") ? [] : directory(of: source).split(separator: "/")
        for segment in target.split(separator: "/", omittingEmptySubsequences: true) {
            switch segment {
            case ".": continue
            case "..":
                if segments.popLast() == nil { return nil }
            default: segments.append(segment)
            }
        }
        return segments.isEmpty ? nil : segments.joined(separator: "/")
    }

    /// The directory of `part` with its trailing slash, or an empty string at the root.
    private static func directory(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }
}

extension String {
    /// The text with `%20` read as a space, the one escape Office writes in part names.
    fileprivate var removingPercentEncodedSpaces: String {
        contains("%20") ? replacing("%20", with: " ") : self
    }
}
