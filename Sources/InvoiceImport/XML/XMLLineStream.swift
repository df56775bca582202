import InvoiceModel

/// Maps the invoice lines of one document while it is parsed, each as soon as its element
/// closes, so that the element tree never holds every line at once.
///
/// A 56 MB UBL invoice of 100,000 lines made a tree of 1.3 million elements, about 9 times the
/// file in memory; streamed, the tree keeps the header and one childless stub per line
/// (``XMLElement/streamedIndex``). What the importers read from the whole tree is taken from the
/// line when it closes and given back in document order: the mapped ``Line`` and its warnings
/// (``takeLines(into:)``), the first namespace failure (``namespaceFailure(at:)``) and, for
/// UBL, the syntax-wide values (``takeSyntaxValues()``).
///
/// A line's path holds its position among same-named siblings only when there are several
/// (`InvoiceLine[2]`), which is known at the end: the first line of each name is kept whole and
/// mapped again without position in ``finish()`` when it stays alone.
///
/// Used by one import in one task, like the ``XMLReader`` that feeds it.
final class XMLLineStream {
    /// Local names from below the root down to the parent of the lines, each the first child of
    /// its name (`SupplyChainTradeTransaction` in CII). Empty when the lines are the root's children.
    let parents: [String]
    /// Local names of the streamed elements.
    let names: Set<String>
    private let check: XMLNamespaceCheck
    private let cardinality: XMLCardinalityCheck
    private let map: (XMLNode) -> Line
    /// Returns the syntax-wide values in a streamed element, given the local name of its parent
    /// and the local names from the root down to that parent.
    private let syntaxValues: ((XMLElement, _ parentName: String, _ trail: [String]) -> [(rule: String, value: SourceValue)])?

    private var lines: [Line] = []
    /// The warnings of each line that has any, by line index.
    private var lineNotes: [Int: XMLImportNotes] = [:]
    private var firstNamespaceFailure: (index: Int, failure: XMLImportFailure)?
    /// The repeated elements found in each line that has any, by line index, then by entry of ``cardinality``.
    private var repetitions: [Int: [Int: [XMLCardinalityCheck.Outcome]]] = [:]
    private var counts: [String: Int] = [:]
    /// The first line of each name while no second one was met, to be mapped again without position.
    private var loneLines: [String: (index: Int, element: XMLElement, rootName: String)] = [:]
    private var stagedValues: [String: [SourceValue]] = [:]
    /// For each value in ``stagedValues``, the index of its line.
    private var stagedLineIndices: [String: [Int]] = [:]

    init(
        parents: [String], names: Set<String>, check: XMLNamespaceCheck, cardinality: XMLCardinalityCheck,
        syntaxValues: ((XMLElement, _ parentName: String, _ trail: [String]) -> [(rule: String, value: SourceValue)])? = nil,
        map: @escaping (XMLNode) -> Line
    ) {
        self.parents = parents
        self.names = names
        self.check = check
        self.cardinality = cardinality
        self.syntaxValues = syntaxValues
        self.map = map
    }

    /// Maps `element`, a streamed element that just closed below the root `rootName`, and returns
    /// its index among the streamed elements.
    func receive(_ element: XMLElement, rootName: String) -> Int {
        let index = lines.count
        let name = element.localName
        let position = (counts[name] ?? 0) + 1
        counts[name] = position
        if position == 1 {
            loneLines[name] = (index, element, rootName)
        } else {
            loneLines[name] = nil
        }
        lines.append(mapLine(element, at: index, rootName: rootName, position: position))

        let parentName = parents.last ?? rootName
        if firstNamespaceFailure == nil {
            let path = "/" + ([rootName] + parents + [name]).joined(separator: "/")
            if let failure = check.firstFailure(in: element, depth: parents.count + 1, parentName: parentName, path: path) {
                firstNamespaceFailure = (index, failure)
            }
        }
        for (rule, value) in syntaxValues?(element, parentName, [rootName] + parents) ?? [] {
            stagedValues[rule, default: []].append(value)
            stagedLineIndices[rule, default: []].append(index)
        }
        return index
    }

    /// Maps again, without position in its path, each line that stayed alone of its name.
    func finish() {
        for (index, element, rootName) in loneLines.values {
            lines[index] = mapLine(element, at: index, rootName: rootName, position: nil)
        }
        loneLines = [:]
    }

    /// Maps the line at `index` and records its warnings and repeated elements, which name its path.
    private func mapLine(_ element: XMLElement, at index: Int, rootName: String, position: Int?) -> Line {
        let notes = XMLImportNotes()
        let node = XMLNode(streamed: element, rootName: rootName, parents: parents, position: position, notes: notes)
        let line = map(node)
        lineNotes[index] = notes.isEmpty ? nil : notes
        let found = cardinality.outcomes(inStreamed: node, parents: parents)
        repetitions[index] = found.isEmpty ? nil : found
        return line
    }

    /// Returns what the entry at `entry` of the cardinality check found in the line at `line`.
    func cardinalityOutcomes(line: Int, entry: Int) -> [XMLCardinalityCheck.Outcome] {
        repetitions[line]?[entry] ?? []
    }

    /// Returns the failure found in the content of the streamed element at `index`, when that
    /// failure is the first one of all streamed elements.
    func namespaceFailure(at index: Int) -> XMLImportFailure? {
        firstNamespaceFailure?.index == index ? firstNamespaceFailure?.failure : nil
    }

    /// Returns every mapped line in document order, leaving none here, after adding their warnings
    /// to `notes` in the same order.
    func takeLines(into notes: XMLImportNotes) -> [Line] {
        for index in lines.indices {
            if let lineNote = lineNotes[index] { notes.append(lineNote) }
        }
        lineNotes = [:]
        defer { lines = [] }
        return lines
    }

    /// Returns the syntax-wide values of the streamed elements by rule, each with the index of its
    /// line, leaving none here.
    func takeSyntaxValues() -> (values: [String: [SourceValue]], lineIndices: [String: [Int]]) {
        defer {
            stagedValues = [:]
            stagedLineIndices = [:]
        }
        return (stagedValues, stagedLineIndices)
    }

    /// Reserves room for as many lines as `bytes` has start tags of a streamed name, so that the
    /// array of lines is never copied to grow: a copy would need its old and new storage at once.
    func reserveCapacity(forDocument bytes: [UInt8]) {
        let count = names.reduce(0) { $0 + Self.startTagCount(of: $1, in: bytes) }
        lines.reserveCapacity(count)
    }

    /// Counts `<name` and `<prefix:name` followed by a blank, `>` or `/`. Tags in comments count
    /// too, so the count is at least the number of such elements.
    private static func startTagCount(of name: String, in bytes: [UInt8]) -> Int {
        let pattern = Array(name.utf8)
        guard let first = pattern.first else { return 0 }
        var count = 0
        bytes.withUnsafeBufferPointer { buffer in
            var index = 1
            let end = buffer.count - pattern.count
            while index < end {
                defer { index += 1 }
                guard buffer[index] == first, buffer[index - 1] == UInt8(ascii: "<") || buffer[index - 1] == UInt8(ascii: ":")
                else { continue }
                guard (0..<pattern.count).allSatisfy({ buffer[index + $0] == pattern[$0] }) else { continue }
                let next = buffer[index + pattern.count]
                guard [UInt8(ascii: ">"), UInt8(ascii: "/"), 0x20, 0x09, 0x0A, 0x0D].contains(next) else { continue }
                if isStartTag(endingBefore: index, in: buffer) { count += 1 }
            }
        }
        return count
    }

    /// True when the name starting at `index` follows `<` or `<prefix:`, not `</`.
    private static func isStartTag(endingBefore index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        var start = index - 1
        if buffer[start] == UInt8(ascii: ":") {
            let limit = max(0, start - 64)
            while start > limit && buffer[start] != UInt8(ascii: "<") { start -= 1 }
        }
        return buffer[start] == UInt8(ascii: "<") && start + 1 < buffer.count && buffer[start + 1] != UInt8(ascii: "/")
    }
}

@available(*, unavailable, message: "an XMLLineStream is fed by one XMLReader and must stay within one task")
extension XMLLineStream: Sendable {}
