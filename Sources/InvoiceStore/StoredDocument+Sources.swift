extension StoredDocument {
    /// Sets ``sourceIndex`` and ``source`` of each document. Sources are numbered in import order:
    /// by the first batch that imported a file through them (`firstUses` by source key, else the
    /// documents' own batches), then by their place on that batch's command line. Each is named as
    /// its first import spelt it, so `import OLD/` then `import NEW/` gives the sources of
    /// `check OLD/ NEW/`, and importing OLD/ again later keeps it first.
    static func numberingSources(
        _ documents: [StoredDocument], firstUses: [String: SourceUse] = [:]
    ) -> [StoredDocument] {
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
        return documents.map { document in
            var numbered = document
            numbered.sourceIndex = index[document.sourceKey] ?? 0
            numbered.source = uses[document.sourceKey]?.name ?? document.source
            return numbered
        }
    }

    /// Returns `documents` in the order `check` reads files: by source, then by batch, then as the
    /// batch's import read its files, then by line. The first of two documents with one number
    /// is the first in this order.
    public static func readingOrder(_ documents: [StoredDocument]) -> [StoredDocument] {
        documents.sorted { lhs, rhs in
            if lhs.sourceIndex != rhs.sourceIndex { return lhs.sourceIndex < rhs.sourceIndex }
            if lhs.batch != rhs.batch { return lhs.batch < rhs.batch }
            if lhs.filePosition != rhs.filePosition { return lhs.filePosition < rhs.filePosition }
            if lhs.filePath != rhs.filePath { return lhs.filePath < rhs.filePath }
            let (left, right) = (lhs.document.source.line ?? 0, rhs.document.source.line ?? 0)
            return left != right ? left < right : lhs.id < rhs.id
        }
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
