/// The date parts the text before a counter may hide, worked out once per root because many
/// numbers share one (see ``DatePartReading``).
struct RootDateParts {
    /// The root with some of its literal digits read as date parts: `FA-2501-` as `FA-{yy}{mm}-`,
    /// `F{yyyy}-02-` as `F{yyyy}-{mm}-`, `FA-25-` as `FA-{yy}-`.
    struct Rewrite {
        let root: String
        /// The year the digits give, or `nil` when the root already had one.
        let year: Int?
        let month: Int?
    }

    /// The root cut before a counter that a two-digit year follows: `FA-001/` in `FA-001/25` gives
    /// root `FA-`, counter 1 of width 3 and separator `/`.
    struct CounterBeforeYear {
        let root: String
        let separator: String
        let counter: Int
        let width: Int
    }

    private(set) var rewrites: [Rewrite] = []
    /// The root ends with a year part and has no month: `{yyyy}` + `02003`.
    private(set) var monthMayLeadCounter = false
    /// The root has no date part: `FA` + `2501001`.
    private(set) var yearAndMonthMayLeadCounter = false
    private(set) var counterBeforeYear: CounterBeforeYear?

    /// True when the root can hide no date part, the usual case.
    var isEmpty: Bool {
        rewrites.isEmpty && !monthMayLeadCounter && !yearAndMonthMayLeadCounter && counterBeforeYear == nil
    }

    private enum Piece: Equatable {
        case text(UInt8)
        case digits([UInt8])
        /// `{yyyy}` when `fourDigits`, else `{yy}`.
        case year(fourDigits: Bool)
        case month

        var isYear: Bool { if case .year = self { true } else { false } }
    }

    private static let separators: Set<UInt8> = Set("-/_. ".utf8)

    init(root: String) {
        let pieces = RootDateParts.pieces(Array(root.utf8))
        let hasYear = pieces.contains(where: \.isYear)
        guard !pieces.contains(.month) else { return }
        if hasYear {
            monthMayLeadCounter = pieces.last?.isYear == true
            // A two-digit month after the year and one separator: `F{yyyy}-02-`, `{yyyy}/12/`.
            for index in pieces.indices.dropLast(2) where pieces[index].isYear {
                guard case .text(let separator) = pieces[index + 1], RootDateParts.separators.contains(separator),
                    case .digits(let digits) = pieces[index + 2], digits.count == 2
                else { continue }
                var rewritten = pieces
                rewritten[index + 2] = .month
                rewrites.append(
                    Rewrite(root: RootDateParts.text(rewritten), year: nil, month: InferredNumber.value(digits[...])))
            }
            return
        }
        yearAndMonthMayLeadCounter = true
        for index in pieces.indices {
            guard case .digits(let digits) = pieces[index] else { continue }
            let value = InferredNumber.value(digits[...])
            var rewritten = pieces
            if digits.count == 4 {
                rewritten[index] = .year(fourDigits: false)
                rewritten.insert(.month, at: index + 1)
                rewrites.append(Rewrite(root: RootDateParts.text(rewritten), year: 2000 + value / 100, month: value % 100))
            } else if digits.count == 2 {
                rewritten[index] = .year(fourDigits: false)
                // `FA-25-01-`: the month may follow the year after one separator.
                if index + 2 < pieces.count, case .text(let separator) = pieces[index + 1],
                    RootDateParts.separators.contains(separator), case .digits(let month) = pieces[index + 2], month.count == 2
                {
                    var withMonth = rewritten
                    withMonth[index + 2] = .month
                    rewrites.append(
                        Rewrite(root: RootDateParts.text(withMonth), year: 2000 + value, month: InferredNumber.value(month[...])))
                }
                rewrites.append(Rewrite(root: RootDateParts.text(rewritten), year: 2000 + value, month: nil))
            }
        }
        // `001/25`: the root ends with a counter and separators, and the two digits after are a year.
        var end = pieces.count
        while end > 0, case .text(let byte) = pieces[end - 1], RootDateParts.separators.contains(byte) { end -= 1 }
        if end > 0, end < pieces.count, case .digits(let digits) = pieces[end - 1], digits.count <= 18 {
            counterBeforeYear = CounterBeforeYear(
                root: RootDateParts.text(Array(pieces[..<(end - 1)])), separator: RootDateParts.text(Array(pieces[end...])),
                counter: InferredNumber.value(digits[...]), width: digits.count)
        }
    }

    private static func pieces(_ bytes: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var index = 0
        while index < bytes.count {
            let rest = bytes[index...]
            if rest.starts(with: "{yyyy}".utf8) {
                pieces.append(.year(fourDigits: true))
                index += 6
            } else if rest.starts(with: "{yy}".utf8) {
                pieces.append(.year(fourDigits: false))
                index += 4
            } else if rest.starts(with: "{mm}".utf8) {
                pieces.append(.month)
                index += 4
            } else if InferredNumber.isDigit(bytes[index]) {
                var end = index
                while end < bytes.count && InferredNumber.isDigit(bytes[end]) { end += 1 }
                pieces.append(.digits(Array(bytes[index..<end])))
                index = end
            } else {
                pieces.append(.text(bytes[index]))
                index += 1
            }
        }
        return pieces
    }

    /// The root text of `pieces`, date parts written as tokens.
    private static func text(_ pieces: [Piece]) -> String {
        var bytes: [UInt8] = []
        for piece in pieces {
            switch piece {
            case .text(let byte): bytes.append(byte)
            case .digits(let digits): bytes += digits
            case .year(let fourDigits): bytes += Array((fourDigits ? "{yyyy}" : "{yy}").utf8)
            case .month: bytes += Array("{mm}".utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
