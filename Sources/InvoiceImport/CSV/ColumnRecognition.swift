import InvoiceModel

/// The column of each canonical field, decided from the header row and the mapping.
struct ColumnLayout: Sendable {
    var headers: [String]
    var columns: [CSVField: Int] {
        didSet { columnByOrdinal = Self.columnsByOrdinal(columns) }
    }
    /// The column of each field by ``CSVField/ordinal``, or -1, because every cell read looks a
    /// column up and an array index costs far less than hashing the field.
    private var columnByOrdinal: [Int]
    /// The fields whose column is a Dolibarr code column, named by its field code. These are
    /// `f.type` (0 standard, 1 replacement, 2 credit note, 3 deposit, 5 situation), `f.fk_statut`
    /// (0 draft, 1 validated, 2 paid, 3 abandoned) and `f.paye` (1 paid in full).
    var dolibarrCodes: Set<CSVField> = []
    /// Date columns whose header says they hold Unix seconds (``CSVFieldCatalog/unixSecondsHeaders``).
    var unixSecondsColumns: Set<Int> = []

    init(headers: [String], columns: [CSVField: Int], dolibarrCodes: Set<CSVField> = [], unixSecondsColumns: Set<Int> = []) {
        self.headers = headers
        self.columns = columns
        self.columnByOrdinal = Self.columnsByOrdinal(columns)
        self.dolibarrCodes = dolibarrCodes
        self.unixSecondsColumns = unixSecondsColumns
    }

    private static func columnsByOrdinal(_ columns: [CSVField: Int]) -> [Int] {
        var table = [Int](repeating: -1, count: CSVField.allCases.count)
        for (field, index) in columns { table[field.ordinal] = index }
        return table
    }

    func column(_ field: CSVField) -> Int? {
        let index = columnByOrdinal[field.ordinal]
        return index < 0 ? nil : index
    }

    func header(_ field: CSVField) -> String {
        guard let index = column(field) else { return field.rawValue }
        return headers[index]
    }

    /// True when at least one column carries line data, so that each row is an invoice line.
    var isLineLevel: Bool { columns.keys.contains { $0.isLineField } }
}

/// Problems found while matching the header row.
enum ColumnRecognitionProblem: Error, Sendable, Hashable {
    /// A mapping names a header the file does not have.
    case mappedHeaderMissing(field: CSVField, header: String)
}

/// A header matched a field that another, more specific header already fills.
struct IgnoredColumn: Sendable, Hashable {
    var header: String
    var usedHeader: String
    var field: CSVField
    /// The 0-based positions of the ignored column and of the column read, so two columns with
    /// the same header can be distinguished.
    var index: Int
    var usedIndex: Int
}

/// The outcome of matching a header row: the layout and the columns left aside, or a problem.
typealias ColumnRecognitionResult = Result<(layout: ColumnLayout, ignored: [IgnoredColumn]), ColumnRecognitionProblem>

/// Matches header names to canonical fields.
enum CSVColumnRecognition {
    /// For each normalised header name: its field and its rank among that field's names.
    static let lookup: [String: (field: CSVField, rank: Int)] = {
        var table: [String: (field: CSVField, rank: Int)] = [:]
        for entry in CSVFieldCatalog.entries {
            for (rank, header) in entry.headers.enumerated() {
                let key = normalise(header)
                if table[key] == nil { table[key] = (entry.field, rank) }
            }
        }
        return table
    }()

    /// Returns the field a header name denotes, if any.
    static func field(forHeader header: String) -> CSVField? {
        lookup[normalise(header)]?.field
    }

    /// Assigns columns: mapped headers first, then recognised names, keeping for each field the
    /// header whose name ranks first in the catalogue.
    static func recognise(
        headers: [String], mapping: [CSVField: String]
    ) -> ColumnRecognitionResult {
        var columns: [CSVField: Int] = [:]
        var taken = Set<Int>()
        for field in CSVField.allCases {
            guard let wanted = mapping[field] else { continue }
            let index =
                headers.firstIndex(of: wanted.trimmingSpaces)
                ?? headers.firstIndex { normalise($0) == normalise(wanted) }
            guard let index else { return .failure(.mappedHeaderMissing(field: field, header: wanted)) }
            columns[field] = index
            taken.insert(index)
        }

        let normalised = headers.map(normalise)
        for contextual in CSVFieldCatalog.contextualHeaders where columns[contextual.field] == nil {
            let beside = Set(contextual.besideAnyOf.map(normalise))
            let header = normalise(contextual.header)
            guard normalised.contains(where: beside.contains),
                let index = normalised.indices.first(where: { normalised[$0] == header && !taken.contains($0) })
            else { continue }
            columns[contextual.field] = index
            taken.insert(index)
        }

        var best: [CSVField: (index: Int, rank: Int)] = [:]
        var candidates: [(index: Int, field: CSVField)] = []
        for (index, key) in normalised.enumerated() where !taken.contains(index) {
            guard let match = lookup[key], columns[match.field] == nil else { continue }
            candidates.append((index, match.field))
            if let current = best[match.field], current.rank <= match.rank { continue }
            best[match.field] = (index, match.rank)
        }
        for (field, choice) in best { columns[field] = choice.index }

        let ignored = candidates.compactMap { candidate -> IgnoredColumn? in
            guard let used = best[candidate.field], used.index != candidate.index else { return nil }
            return IgnoredColumn(
                header: headers[candidate.index], usedHeader: headers[used.index], field: candidate.field,
                index: candidate.index, usedIndex: used.index)
        }
        let unixHeaders = Set(CSVFieldCatalog.unixSecondsHeaders.map(normalise))
        let layout = ColumnLayout(
            headers: headers, columns: columns,
            dolibarrCodes: Set(
                columns.filter { CSVFieldCatalog.dolibarrCodeHeaders[$0.key]?.contains(normalise(headers[$0.value])) == true }
                    .map(\.key)),
            unixSecondsColumns: Set(
                columns.filter { $0.key.isDate && unixHeaders.contains(normalise(headers[$0.value])) }.map(\.value)))
        return .success((layout, ignored))
    }

    /// Folds a header name for comparison.
    ///
    /// Camel case is split into words, letters are lowercased and lose their accents, `%` becomes
    /// the word `pct`, `€` is dropped and other punctuation becomes a space. Runs of single
    /// letters are joined (`T.T.C.` reads `ttc`). A trailing `eur` or `en` unit word is dropped too.
    static func normalise(_ header: String) -> String {
        var spaced = ""
        var previous: Character?
        for character in header {
            if let previous, previous.isLowercase, character.isUppercase { spaced.append(" ") }
            spaced.append(character)
            previous = character
        }
        var folded = ""
        for scalar in spaced.lowercased().unicodeScalars {
            if let replacement = accentFolding[scalar] {
                folded += replacement
            } else if (0x300...0x36F).contains(scalar.value) {
                continue  // A combining accent of a decomposed letter.
            } else if scalar == "%" {
                folded += " pct "
            } else if scalar == "°" || scalar == "º" || scalar == "ª" || scalar == "€" {
                folded += " "
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                folded.unicodeScalars.append(scalar)
            } else {
                folded += " "
            }
        }
        var words = joiningSingleLetters(folded.split(separator: " "))
        while words.count > 1, let last = words.last, last == "eur" || last == "en" { words.removeLast() }
        return words.joined(separator: " ")
    }

    /// Joins runs of two single letters or more into one word, so that the dotted abbreviations
    /// `T.T.C.`, `H.T.` and `T.V.A.` read as `ttc`, `ht` and `tva`.
    private static func joiningSingleLetters(_ words: [Substring]) -> [Substring] {
        var result: [Substring] = []
        var run = ""
        func flush() {
            if !run.isEmpty { result.append(Substring(run)) }
            run = ""
        }
        for word in words {
            if word.count == 1, let letter = word.first, letter.isLetter {
                run.append(letter)
            } else {
                flush()
                result.append(word)
            }
        }
        flush()
        return result
    }

    private static let accentFolding: [Unicode.Scalar: String] = {
        let groups: [(String, String)] = [
            ("àáâãäå", "a"), ("ç", "c"), ("èéêë", "e"), ("ìíîï", "i"), ("ñ", "n"), ("òóôõöø", "o"),
            ("ùúûü", "u"), ("ýÿ", "y"), ("œ", "oe"), ("æ", "ae"), ("ß", "ss"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, replacement) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = replacement }
        }
        return table
    }()
}
