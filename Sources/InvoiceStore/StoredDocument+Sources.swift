extension StoredDocument {
    /// Sets ``sourceIndex`` and ``source`` of each document. Sources are numbered in import order:
    /// by the first batch that imported a file through them (`firstUses` by source key, else the
    /// documents' own batches), then by their place on that batch's command line. Each is named as
    /// its first import spelt it, so `import OLD/` then `import NEW/` gives the sources of
    /// `check OLD/ NEW/`, and importing OLD/ again later keeps it first.
    static func numberSources(_ documents: inout [StoredDocument], firstUses: [String: SourceUse] = [:]) {
        var uses = firstUses
        for document in documents {
            let use = SourceUse(batch: document.batch, position: document.sourcePosition, name: document.source)
            if let known = uses[document.sourceKey], known <= use { continue }
            uses[document.sourceKey] = use
        }
        let keys = Set(documents.map(\.sourceKey)).sorted { lhs, rhs in
            let (left, right) = (uses[lhs], uses[rhs])
            if let left, let right, left != right { return left < right }
            return lhs < rhs
        }
        let index = Dictionary(uniqueKeysWithValues: keys.enumerated().map { ($0.element, $0.offset) })
        // In place, because a copy would hold every document twice.
        for position in documents.indices {
            let key = documents[position].sourceKey
            documents[position].sourceIndex = index[key] ?? 0
            documents[position].source = uses[key]?.name ?? documents[position].source
        }
    }

    /// Returns the positions of `documents` in the order `check` reads files: by source, then by
    /// batch, then as the batch's import read its files, then by line. The first of two documents
    /// with one number is the first in this order.
    public static func readingOrder(_ documents: [StoredDocument]) -> [Int] {
        // Small keys, so the sort does not copy whole documents at each comparison.
        let keys = documents.map { document in
            ReadingKey(
                source: document.sourceIndex, batch: document.batch, file: document.filePosition, path: document.filePath,
                line: document.document.source.line ?? 0, id: document.id)
        }
        return keys.indices.sorted { keys[$0] < keys[$1] }
    }
}

/// The place of a document in the reading order of ``StoredDocument/readingOrder(_:)``.
private struct ReadingKey: Comparable {
    var source: Int
    var batch: Int
    var file: Int
    var path: String
    var line: Int
    var id: Int64

    static func < (lhs: ReadingKey, rhs: ReadingKey) -> Bool {
        (lhs.source, lhs.batch, lhs.file, lhs.path, lhs.line, lhs.id) < (rhs.source, rhs.batch, rhs.file, rhs.path, rhs.line, rhs.id)
    }
}

/// The first import through a source: its batch, its place on that batch's command line, and
/// the path as that command line spelt it.
struct SourceUse: Hashable, Comparable {
    var batch: Int
    var position: Int
    var name: String

    static func < (lhs: SourceUse, rhs: SourceUse) -> Bool {
        (lhs.batch, lhs.position, lhs.name) < (rhs.batch, rhs.position, rhs.name)
    }
}
