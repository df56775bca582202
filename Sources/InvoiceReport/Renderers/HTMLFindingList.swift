import InvoiceAudit
import InvoiceModel

/// The HTML journal's finding list: one group per numbering series (then one for documents
/// outside any series), one block per document, and each finding with its location, legal
/// reference and the rule's title, linked to the rule's explanation in ``HTMLRuleGlossary``.
struct HTMLFindingList {
    let journal: Journal
    let words: JournalWords

    private struct DocumentBlock {
        let title: String
        let date: CivilDate?
        let location: SourceLocation
        var findings: [Finding]
    }

    func render() -> String {
        var out = "<section id=\"findings\">\n<h2>\(escapedMarkup(words.findingsHeading))</h2>\n"
        guard !journal.findings.isEmpty else { return out + "<p class=\"empty\">\(escapedMarkup(words.noFinding))</p>\n</section>\n" }
        let (bySeries, outside) = groups()
        for series in journal.series {
            guard let blocks = bySeries[series.key] else { continue }
            out += "<div class=\"group\">\n<h3>\(escapedMarkup(words.seller(series))) · <code>\(escapedMarkup(words.seriesName(series)))</code></h3>\n"
            out += blocks.map(render).joined()
            out += "</div>\n"
        }
        if !outside.isEmpty {
            out += "<div class=\"group\">\n<h3>\(escapedMarkup(words.outsideSeries))</h3>\n"
            out += outside.map(render).joined()
            out += "</div>\n"
        }
        return out + "</section>\n"
    }

    /// Document blocks per series key, and the blocks of documents in no series (drafts,
    /// unnumbered documents, findings about no known document), each in source order.
    private func groups() -> (bySeries: [SeriesKey: [DocumentBlock]], outside: [DocumentBlock]) {
        let lookup = DocumentLookup(journal.documents)
        var blocks: [String: DocumentBlock] = [:]
        var seriesOfBlock: [String: SeriesKey] = [:]
        for finding in journal.findings {
            let document = lookup.document(for: finding)
            let location = document?.location ?? finding.location
            let key = "\(location.file)\u{0}\(location.line ?? 0)\u{0}\(document?.number ?? "")"
            if blocks[key] == nil {
                blocks[key] = DocumentBlock(
                    title: document?.name ?? finding.documentNumber ?? location.description, date: document?.issueDate,
                    location: location, findings: [])
                if let series = document?.series { seriesOfBlock[key] = series }
            }
            blocks[key]?.findings.append(finding)
        }
        var bySeries: [SeriesKey: [DocumentBlock]] = [:]
        var outside: [DocumentBlock] = []
        for key in blocks.keys.sorted() {
            guard let block = blocks[key] else { continue }
            if let series = seriesOfBlock[key], journal.series.contains(where: { $0.key == series }) {
                bySeries[series, default: []].append(block)
            } else {
                outside.append(block)
            }
        }
        let order: (DocumentBlock, DocumentBlock) -> Bool = {
            $0.location != $1.location ? $0.location < $1.location : $0.title < $1.title
        }
        for key in bySeries.keys { bySeries[key]?.sort(by: order) }
        return (bySeries, outside.sorted(by: order))
    }

    private func render(_ block: DocumentBlock) -> String {
        var meta = [block.location.description]
        if let date = block.date { meta.insert(date.description, at: 0) }
        var out = "<div class=\"doc\">\n<h4>\(escapedMarkup(block.title)) <span class=\"meta\">· \(escapedMarkup(meta.joined(separator: " · ")))</span></h4>\n"
        for finding in block.findings {
            let language = words.language
            let reference = words.ruleReference(finding.ruleID)
            out += "<div class=\"finding \(finding.severity.rawValue)\">\n"
            out += "<p><span class=\"badge \(finding.severity.rawValue)\">\(escapedMarkup(finding.severity.label(language)))</span> "
            out += "<code>\(escapedMarkup(finding.ruleID))</code> \(escapedMarkup(finding.message.text(language)))</p>\n<dl>"
            out += "<dt>\(escapedMarkup(words.location))</dt><dd><code>\(escapedMarkup(Self.describe(finding.location)))</code></dd>"
            if !reference.isEmpty {
                out += "<dt>\(escapedMarkup(words.reference))</dt><dd>\(escapedMarkup(reference))</dd>"
            }
            out += "<dt>\(escapedMarkup(words.pick("règle", "rule")))</dt><dd><a href=\"#\(escapedAttribute(HTMLRuleGlossary.anchor(finding.ruleID)))\">"
            out += "\(escapedMarkup(words.ruleTitle(finding.ruleID)))</a></dd>"
            out += "</dl>\n</div>\n"
        }
        return out + "</div>\n"
    }

    /// `file:line`, followed by the element or column when the source named one.
    static func describe(_ location: SourceLocation) -> String {
        guard let element = location.element, !element.isEmpty else { return location.description }
        return "\(location.description) (\(element))"
    }
}
