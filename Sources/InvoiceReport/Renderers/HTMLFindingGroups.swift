import InvoiceAudit
import InvoiceModel

/// The findings of a journal, arranged as the HTML page shows them.
///
/// There is one group per numbering series that has findings, in the journal's series order, then
/// one group for the documents outside any series (drafts, unnumbered documents, findings about no
/// known document). A group has one block per document, in source order, and each block has the
/// document's findings in journal order.
struct HTMLFindingGroups {
    struct DocumentBlock {
        let title: String
        let date: CivilDate?
        let location: SourceLocation
        var findings: [Finding]
    }

    struct Group {
        /// The series, or `nil` for the documents outside any series.
        let series: SeriesSummary?
        /// The id of the group's heading in the finding list, such as `series-2`.
        let anchor: String
        let blocks: [DocumentBlock]

        /// The file every finding of the group points into, or `nil` when they point into several.
        var commonFile: String? {
            let files = Set(blocks.flatMap { $0.findings.map(\.location.file) })
            return files.count == 1 ? files.first : nil
        }
    }

    let groups: [Group]

    init(_ journal: Journal) {
        let lookup = DocumentLookup(journal.documents)
        var blocks: [String: DocumentBlock] = [:]
        var seriesOfBlock: [String: SeriesKey] = [:]

        for finding in journal.findings {
            let document = lookup.document(for: finding)
            let location = document?.location ?? finding.location
            let key = "\(location.file)\u{0}\(location.line ?? 0)\u{0}\(location.element ?? "")\u{0}\(document?.number ?? "")"
            if blocks[key] == nil {
                blocks[key] = DocumentBlock(
                    title: document?.name ?? finding.documentNumber ?? location.fullDescription, date: document?.issueDate,
                    location: location, findings: [])
                if let series = document?.series { seriesOfBlock[key] = series }
            }
            blocks[key]?.findings.append(finding)
        }

        let known = Set(journal.series.map(\.key))
        var bySeries: [SeriesKey: [DocumentBlock]] = [:]
        var outside: [DocumentBlock] = []
        for key in blocks.keys.sorted() {
            guard let block = blocks[key] else { continue }
            if let series = seriesOfBlock[key], known.contains(series) {
                bySeries[series, default: []].append(block)
            } else {
                outside.append(block)
            }
        }

        let order: (DocumentBlock, DocumentBlock) -> Bool = {
            $0.location != $1.location ? $0.location < $1.location : $0.title < $1.title
        }

        var groups: [Group] = []
        for series in journal.series {
            guard let seriesBlocks = bySeries[series.key] else { continue }
            groups.append(Group(series: series, anchor: "series-\(groups.count + 1)", blocks: seriesBlocks.sorted(by: order)))
        }
        if !outside.isEmpty {
            groups.append(Group(series: nil, anchor: "outside-series", blocks: outside.sorted(by: order)))
        }
        self.groups = groups
    }

    /// Returns the group's heading as markup: seller and series name, or "outside any series".
    static func heading(_ group: Group, words: JournalWords) -> String {
        guard let series = group.series else { return escapedMarkup(words.outsideSeries) }
        return "\(escapedMarkup(words.seller(series))) · <code>\(escapedMarkup(words.seriesName(series)))</code>"
    }
}
