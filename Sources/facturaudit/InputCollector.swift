import FoundationEssentials
import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One file to import: where to read it and how the journal names it.
struct InputFile: Sendable {
    let path: String
    let displayPath: String
    /// The path as the file system stores it, to open the file even when its name is not UTF-8.
    var pathBytes: [UInt8]
    /// The position of the command-line path it came from: each path is one source.
    var sourceIndex = 0
    /// That command-line path, as typed.
    var sourceName = ""
    /// True for a file found inside a folder, whose text is skipped when clearly no table.
    var foundInFolder = false
}

/// A command-line path that gave nothing to import, with the reason shown in the journal.
struct InputProblem: Sendable {
    let path: String
    let reason: LocalizedText
    /// True when the path does not exist, which the journal counts apart from rejected records.
    var notFound = false
    /// True when the path is a folder with no invoice file in it, also counted apart.
    var emptyFolder = false
}

/// Expands the command's paths into files, in a stable order, each real file once.
///
/// Symbolic links are followed, but a file or folder reached twice (through a link, or named twice
/// on the command line) is read only once, so a link loop cannot repeat documents.
enum InputCollector {
    /// Extensions read inside folders; files named on the command line are always read.
    static let folderExtensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "xlsm", "xml", "json", "jsonl", "ndjson", "pdf"]

    struct Collection {
        var files: [InputFile] = []
        var problems: [InputProblem] = []
        /// Files inside folders that were not read because of their extension.
        var skipped: [String] = []
        /// Lock files of open workbooks found inside folders (`~$ventes.xlsx`), not read.
        var lockFiles: [String] = []
        /// The command-line paths by the file or folder they lead to.
        fileprivate var roots: [FileIdentity: Int] = [:]
        /// Sources found inside a later command-line folder, mapped to that folder's source.
        fileprivate var mergedInto: [Int: Int] = [:]

        /// Merges the source of `identity`, met again while reading `source`, into `source` when
        /// `identity` is a command-line path: `check exports/2025 exports` reads one tool. Returns
        /// true when it was one.
        fileprivate mutating func merge(_ identity: FileIdentity, into source: Int) -> Bool {
            guard let root = roots[identity], root != source else { return false }
            mergedInto[root] = source
            return true
        }
    }

    static func collect(_ paths: [String]) -> Collection {
        var collection = Collection()
        var seen: Set<FileIdentity> = []
        for (index, path) in paths.enumerated() {
            let source = (index: index, name: path)
            switch FileStatus(path: path) {
            case .missing:
                let reason = path == "-" ? InputMessages.standardInput : InputMessages.pathNotFound
                collection.problems.append(InputProblem(path: path, reason: reason, notFound: path != "-"))
            case .file where !isRegularFile(PathBytes.bytes(of: path)):
                // A pipe (`/dev/stdin`, a FIFO) or a device has no size to check before reading.
                collection.problems.append(InputProblem(path: path, reason: InputMessages.notRegularFile))
            case .file where OfficeLockFile.matches(baseName(path)):
                collection.problems.append(InputProblem(path: path, reason: InputMessages.lockFileGiven))
            case .file(let identity):
                if seen.insert(identity).inserted {
                    collection.roots[identity] = index
                    collection.files.append(
                        InputFile(
                            path: path, displayPath: path, pathBytes: PathBytes.bytes(of: path), sourceIndex: index,
                            sourceName: path))
                }
            case .directory(let identity):
                guard seen.insert(identity).inserted else { continue }
                collection.roots[identity] = index
                let trimmed = path.count > 1 && path.hasSuffix("/")
                let base = trimmed ? String(path.dropLast()) : path
                var baseBytes = PathBytes.bytes(of: path)
                if trimmed { baseBytes.removeLast() }
                var candidates = 0
                collectFolder(
                    (base, baseBytes), relative: ("", []), source: source, seen: &seen, candidates: &candidates,
                    into: &collection)
                if candidates == 0 {
                    collection.problems.append(InputProblem(path: path, reason: InputMessages.noInvoiceFile, emptyFolder: true))
                }
            }
        }
        for position in collection.files.indices {
            var source = collection.files[position].sourceIndex
            while let outer = collection.mergedInto[source] { source = outer }
            collection.files[position].sourceIndex = source
            collection.files[position].sourceName = paths[source]
        }
        return collection
    }

    /// Adds the files under `base/relative`, each path given both as displayed and as bytes.
    private static func collectFolder(
        _ base: (display: String, bytes: [UInt8]), relative: (display: String, bytes: [UInt8]),
        source: (index: Int, name: String), seen: inout Set<FileIdentity>, candidates: inout Int,
        into collection: inout Collection
    ) {
        let folder = relative.display.isEmpty ? base.display : "\(base.display)/\(relative.display)"
        let folderBytes = relative.bytes.isEmpty ? base.bytes : base.bytes + [0x2F] + relative.bytes
        guard let names = FolderListing.names(in: folderBytes) else {
            collection.problems.append(InputProblem(path: folder, reason: InputMessages.folderUnreadable))
            return
        }
        let sorted = names.filter { $0.first != 0x2E }.sorted { $0.lexicographicallyPrecedes($1) }
        for nameBytes in sorted {
            let name = PathBytes.shown(nameBytes)
            let child = (
                display: relative.display.isEmpty ? name : "\(relative.display)/\(name)",
                bytes: relative.bytes.isEmpty ? nameBytes : relative.bytes + [0x2F] + nameBytes
            )
            let path = "\(base.display)/\(child.display)"
            let pathBytes = base.bytes + [0x2F] + child.bytes
            switch FileStatus(bytes: pathBytes) {
            case .missing:
                // A dangling symbolic link: nothing to read, so it is reported.
                collection.problems.append(InputProblem(path: path, reason: InputMessages.danglingLink))
            case .directory(let identity):
                if seen.insert(identity).inserted {
                    collectFolder(
                        base, relative: child, source: source, seen: &seen, candidates: &candidates, into: &collection)
                } else if collection.merge(identity, into: source.index) {
                    candidates += 1
                }
            case .file(let identity):
                // A file also named on the command line was read then, as part of this source.
                if collection.merge(identity, into: source.index) {
                    candidates += 1
                    continue
                }
                // The configuration file sits beside the exports but is not one.
                if name == "facturaudit.json" { continue }
                if OfficeLockFile.matches(name) {
                    collection.lockFiles.append(path)
                    continue
                }
                guard let dot = name.lastIndex(of: "."),
                    folderExtensions.contains(name[name.index(after: dot)...].lowercased())
                else {
                    if !isDocumentation(name) { collection.skipped.append(path) }
                    continue
                }
                candidates += 1
                if seen.insert(identity).inserted {
                    collection.files.append(
                        InputFile(
                            path: path, displayPath: path, pathBytes: pathBytes, sourceIndex: source.index,
                            sourceName: source.name, foundInFolder: true))
                }
            }
        }
    }
}

/// Returns the last component of `path`.
private func baseName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

/// The lock file Excel (`~$ventes.xlsx`) or LibreOffice (`.~lock.ventes.xlsx#`) writes beside a
/// workbook while it is open: a few bytes naming the user, not a workbook.
enum OfficeLockFile {
    static func matches(_ name: String) -> Bool {
        name.hasPrefix("~$") || (name.hasPrefix(".~lock.") && name.hasSuffix("#"))
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
    static let standardInput = LocalizedText(
        fr: "'-' (l'entrée standard) n'est pas lu : enregistrez l'export dans un fichier et donnez son chemin",
        en: "'-' (standard input) is not read: save the export to a file and give its path")

    static let notRegularFile = LocalizedText(
        fr: "lecture depuis un tube ou un périphérique non prise en charge : enregistrez l'export dans un fichier et donnez son chemin",
        en: "reading from a pipe or a device is not supported: save the export to a file and give its path")

    static let pathNotFound = LocalizedText(
        fr: "chemin introuvable : vérifiez l'orthographe et le dossier courant",
        en: "path not found: check the spelling and the current directory")

    static let danglingLink = LocalizedText(
        fr: "lien symbolique cassé trouvé dans le dossier : sa cible n'existe pas, supprimez le lien ou rétablissez la cible",
        en: "broken symbolic link found in the folder: its target does not exist, remove the link or restore the target")

    static let folderUnreadable = LocalizedText(
        fr: "dossier illisible : vérifiez ses droits d'accès",
        en: "folder could not be read: check its permissions")

    static let lockFileGiven = LocalizedText(
        fr: "fichier de verrou d'un classeur ouvert dans Excel ou LibreOffice, pas un classeur : donnez le chemin du classeur lui-même (sans `~$` ni `.~lock.`)",
        en: "lock file of a workbook open in Excel or LibreOffice, not a workbook: give the path of the workbook itself (without `~$` or `.~lock.`)")

    /// Returns the note for the lock files skipped in folders, `example` being the first one's path.
    static func lockFilesSkipped(_ count: Int, example: String) -> LocalizedText {
        LocalizedText(
            fr: "\(LocalizedText.countFR(count, "fichier de verrou ignoré", "fichiers de verrou ignorés")), par exemple \(example) : Excel ou LibreOffice l'écrit à côté d'un classeur ouvert ; le classeur lui-même est lu, enregistrez-le avant l'audit",
            en: "\(LocalizedText.countEN(count, "lock file", "lock files")) skipped, for example \(example): Excel or LibreOffice writes one beside an open workbook; the workbook itself is read, save it before the audit")
    }

    static let noInvoiceFile = LocalizedText(
        fr: "aucun fichier de factures dans ce dossier (extensions lues : .csv, .tsv, .txt, .xlsx, .xlsm, .xml, .json, .jsonl, .ndjson, .pdf)",
        en: "no invoice file in this folder (extensions read: .csv, .tsv, .txt, .xlsx, .xlsm, .xml, .json, .jsonl, .ndjson, .pdf)")
}

/// True when `bytes` name a regular file, following symbolic links.
private func isRegularFile(_ bytes: [UInt8]) -> Bool {
    var info = stat()
    let found = (bytes + [0]).withUnsafeBufferPointer { buffer in
        buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
    }
    return found && (info.st_mode & S_IFMT) == S_IFREG
}
