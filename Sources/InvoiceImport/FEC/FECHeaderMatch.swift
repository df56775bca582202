import InvoiceModel

/// Matches a header line against the standard FEC field names, tolerating the faults FR-FEC-01
/// reports: a name in another case or with an accent (`Crédit`), a name misspelt by one or two
/// letters, a missing name, or a name out of place.
///
/// Names are compared folded: lower case, without accents, spaces, `_` or `-`. Each field is
/// matched first by equal folded names, then to the nearest name within two letters (Levenshtein
/// distance). A standard name still unmatched takes the field at its own position when that
/// field matched nothing, as a name misspelt beyond recognition. Columns are then read where the
/// header puts them.
struct FECHeaderMatch {
    /// The standard names a header must match to be read as a FEC; fewer means another kind of file.
    static let minimumMatches = 12

    var amountColumns: FECLayout.AmountColumns
    var positions: [Int?]
    var faults: [FECFault.Kind] = []
    var missingEssentials: [String] = []
    var matches: Int

    /// The columns without which lines cannot be grouped into entries or given amounts.
    private static let essentials: [FECColumn] = [
        .journalCode, .entryNumber, .entryDate, .accountNumber, .debitOrAmount, .creditOrDirection,
    ]

    init?(_ names: [String]) {
        let folded = names.map(Self.fold)
        amountColumns = folded.contains("montant") && folded.contains("sens") ? .amountAndDirection : .debitCredit
        var expected = FECLayout.standardNames
        if amountColumns == .amountAndDirection {
            expected[FECColumn.debitOrAmount.rawValue] = "Montant"
            expected[FECColumn.creditOrDirection.rawValue] = "Sens"
        }
        let expectedFolded = expected.map(Self.fold)

        var positions = [Int?](repeating: nil, count: expected.count)
        var assigned = Set<Int>()
        for (position, name) in folded.enumerated() {
            if let column = expectedFolded.indices.first(where: { expectedFolded[$0] == name && positions[$0] == nil }) {
                positions[column] = position
                assigned.insert(position)
            }
        }
        for (position, name) in folded.enumerated() where !assigned.contains(position) && !name.isEmpty {
            let candidates = expectedFolded.indices.filter { positions[$0] == nil }
                .map { (column: $0, distance: Self.distance(name, expectedFolded[$0])) }
                .filter { $0.distance <= 2 }
            guard let nearest = candidates.min(by: { $0.distance < $1.distance }) else { continue }
            positions[nearest.column] = position
            assigned.insert(position)
        }
        matches = positions.compactMap { $0 }.count
        guard matches >= Self.minimumMatches else { return nil }
        for column in expected.indices where positions[column] == nil && column < names.count && !assigned.contains(column) {
            positions[column] = column
            assigned.insert(column)
        }

        var furthest = -1
        for column in expected.indices {
            guard let position = positions[column] else {
                faults.append(.headerNameMissing(position: column + 1, expected: expected[column]))
                continue
            }
            if position < furthest {
                faults.append(.headerMisplaced(name: names[position], position: position + 1, expectedPosition: column + 1))
            } else if names[position] != expected[column] {
                faults.append(.headerName(position: position + 1, found: names[position], expected: expected[column]))
            }
            furthest = max(furthest, position)
        }
        missingEssentials = Self.essentials.filter { positions[$0.rawValue] == nil }.map { expected[$0.rawValue] }
        self.positions = positions
    }

    /// Returns the header field as text: UTF-8 when valid, else one character per byte (Latin-1),
    /// without surrounding spaces.
    static func text(_ field: some Collection<UInt8>) -> String {
        let text = String(validating: field, as: UTF8.self) ?? String(field.map { Character(Unicode.Scalar($0)) })
        return text.trimmingSpaces
    }

    /// Folds a name for comparison: lower case, no accents, no spaces, `_` or `-`.
    static func fold(_ name: String) -> String {
        var folded = ""
        for character in name.lowercased() {
            switch character {
            case " ", "_", "-", "\t": continue
            case "é", "è", "ê", "ë": folded.append("e")
            case "à", "â", "ä": folded.append("a")
            case "î", "ï": folded.append("i")
            case "ô", "ö": folded.append("o")
            case "ù", "û", "ü": folded.append("u")
            case "ç": folded.append("c")
            default: folded.append(character)
            }
        }
        return folded
    }

    /// Returns the Levenshtein distance between two short names.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs)
        let b = Array(rhs)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            previous = current
        }
        return previous[b.count]
    }
}
