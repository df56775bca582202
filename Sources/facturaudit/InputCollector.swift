import FoundationEssentials
import InvoiceModel

/// One file to import: where to read it and how the journal names it.
struct InputFile: Sendable {
    let path: String
    let displayPath: String
    /// The position of the command-line path it came from: each path is one source.
    var sourceIndex = 0
    /// That command-line path, as typed.
    var sourceName = ""
}

/// A command-line path that gave nothing to import, with the reason shown in the journal.
struct InputProblem: Sendable {
    let path: String
    let reason: LocalizedText
}

/// Expands the command's paths into files, in a stable order, each real file once.
///
/// Symbolic links are followed, but a file or folder reached twice (through a link, or named twice
/// on the command line) is read only once, so a link loop cannot repeat documents.
enum InputCollector {
    /// Extensions read inside folders; files named on the command line are always read.
    static let folderExtensions: Set<String> = ["csv", "tsv", "txt", "xml", "json", "pdf"]

    struct Collection {
        var files: [InputFile] = []
        var problems: [InputProblem] = []
        /// Files inside folders that were not read because of their extension.
        var skipped: [String] = []
    }

    static func collect(_ paths: [String]) -> Collection {
        var collection = Collection()
        var seen: Set<FileIdentity> = []
        for (index, path) in paths.enumerated() {
            let source = (index: index, name: path)
            switch FileStatus(path: path) {
            case .missing:
                collection.problems.append(InputProblem(path: path, reason: InputMessages.pathNotFound))
            case .file(let identity):
                if seen.insert(identity).inserted {
                    collection.files.append(InputFile(path: path, displayPath: path, sourceIndex: index, sourceName: path))
                }
            case .directory(let identity):
                guard seen.insert(identity).inserted else { continue }
                let base = path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
                var candidates = 0
                collectFolder(base, relative: "", source: source, seen: &seen, candidates: &candidates, into: &collection)
                if candidates == 0 {
                    collection.problems.append(InputProblem(path: path, reason: InputMessages.noInvoiceFile))
                }
            }
        }
        return collection
    }

    private static func collectFolder(
        _ base: String, relative: String, source: (index: Int, name: String), seen: inout Set<FileIdentity>,
        candidates: inout Int,
        into collection: inout Collection
    ) {
        let folder = relative.isEmpty ? base : "\(base)/\(relative)"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            collection.problems.append(InputProblem(path: folder, reason: InputMessages.folderUnreadable))
            return
        }
        let sorted = names.filter { !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        for name in sorted {
            let child = relative.isEmpty ? name : "\(relative)/\(name)"
            let path = "\(base)/\(child)"
            switch FileStatus(path: path) {
            case .missing:
                // A dangling symbolic link: nothing to read, so it is reported.
                collection.problems.append(InputProblem(path: path, reason: InputMessages.danglingLink))
            case .directory(let identity):
                if seen.insert(identity).inserted {
                    collectFolder(
                        base, relative: child, source: source, seen: &seen, candidates: &candidates, into: &collection)
                }
            case .file(let identity):
                // The configuration file sits beside the exports but is not one.
                if name == "facturaudit.json" { continue }
                guard let dot = name.lastIndex(of: "."),
                    folderExtensions.contains(name[name.index(after: dot)...].lowercased())
                else {
                    if !isDocumentation(name) { collection.skipped.append(path) }
                    continue
                }
                candidates += 1
                if seen.insert(identity).inserted {
                    collection.files.append(
                        InputFile(path: path, displayPath: path, sourceIndex: source.index, sourceName: source.name))
                }
            }
        }
    }
}

/// True for notes and images that sit beside exports (README.md, a logo): skipped without a remark.
private func isDocumentation(_ name: String) -> Bool {
    guard let dot = name.lastIndex(of: ".") else { return false }
    let documentationExtensions: Set<String> = ["md", "markdown", "rst", "html", "htm", "png", "jpg", "jpeg", "gif", "svg"]
    return documentationExtensions.contains(name[name.index(after: dot)...].lowercased())
}

/// Messages about command-line paths.
enum InputMessages {
    static let pathNotFound = LocalizedText(
        fr: "chemin introuvable : vérifiez l'orthographe et le dossier courant",
        en: "path not found: check the spelling and the current directory")

    static let danglingLink = LocalizedText(
        fr: "lien symbolique cassé trouvé dans le dossier : sa cible n'existe pas, supprimez le lien ou rétablissez la cible",
        en: "broken symbolic link found in the folder: its target does not exist, remove the link or restore the target")

    static let folderUnreadable = LocalizedText(
        fr: "dossier illisible : vérifiez ses droits d'accès",
        en: "folder could not be read: check its permissions")

    static let noInvoiceFile = LocalizedText(
        fr: "aucun fichier de factures dans ce dossier (extensions lues : .csv, .tsv, .txt, .xml, .json, .pdf)",
        en: "no invoice file in this folder (extensions read: .csv, .tsv, .txt, .xml, .json, .pdf)")
}
