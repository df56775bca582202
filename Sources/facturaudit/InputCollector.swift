import FoundationEssentials
import InvoiceModel

/// One file to import: where to read it and how the journal names it.
struct InputFile: Sendable {
    let path: String
    let displayPath: String
}

/// Expands the command's paths into files, in a stable order.
enum InputCollector {
    /// Extensions read inside folders; files named on the command line are always read.
    static let folderExtensions: Set<String> = ["csv", "tsv", "txt", "xml", "json", "pdf"]

    /// The files to import and a report for every path that does not exist.
    static func collect(_ paths: [String]) -> (files: [InputFile], missing: [String]) {
        var files: [InputFile] = []
        var missing: [String] = []
        for path in paths {
            let status = FileStatus(path: path)
            guard status != .missing else {
                missing.append(path)
                continue
            }
            guard status == .directory else {
                files.append(InputFile(path: path, displayPath: path))
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            var found: [String] = []
            collectFolder(base, relative: "", into: &found)
            for relative in found.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                files.append(InputFile(path: "\(base)/\(relative)", displayPath: "\(base)/\(relative)"))
            }
        }
        return (files, missing)
    }

    private static func collectFolder(_ base: String, relative: String, into found: inout [String]) {
        let manager = FileManager.default
        let folder = relative.isEmpty ? base : "\(base)/\(relative)"
        guard let names = try? manager.contentsOfDirectory(atPath: folder) else { return }
        for name in names where !name.hasPrefix(".") {
            let child = relative.isEmpty ? name : "\(relative)/\(name)"
            switch FileStatus(path: "\(base)/\(child)") {
            case .missing:
                continue
            case .directory:
                collectFolder(base, relative: child, into: &found)
            case .file:
                if let dot = name.lastIndex(of: "."),
                    folderExtensions.contains(name[name.index(after: dot)...].lowercased())
                {
                    found.append(child)
                }
            }
        }
    }
}
