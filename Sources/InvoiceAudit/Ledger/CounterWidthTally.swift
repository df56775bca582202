/// Counts the counter widths of a series' numbers to find the width the series is written in.
///
/// A counter with leading zeros (`0042`) gives the width; one without (`42`, `10000`) fits every
/// width up to its own digit count. The series width is the one most numbers fit, so one
/// `FA-2025-5` among `FA-2025-0001`… keeps the series at `{counter:4}`. A series that never pads
/// takes the digit count of its shortest counter: `F-9`, `F-10` stay at `{counter}`, and
/// `FA-2025-995`…`FA-2025-1001`, whose counter grows past three digits, is `{counter:3}`.
struct CounterWidthTally {
    /// Numbers written with leading zeros, by width.
    private var padded: [Int: Int] = [:]
    /// Numbers written without leading zeros, by digit count.
    private var unpadded: [Int: Int] = [:]

    mutating func add(_ number: InferredNumber) {
        var digits = 1
        var rest = number.counter / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        if number.counterWidth > digits {
            padded[number.counterWidth, default: 0] += 1
        } else {
            unpadded[number.counterWidth, default: 0] += 1
        }
    }

    /// Adds the numbers another tally counted.
    mutating func merge(_ other: CounterWidthTally) {
        padded.merge(other.padded, uniquingKeysWith: +)
        unpadded.merge(other.unpadded, uniquingKeysWith: +)
    }

    /// The width of one period of a series whose periods together give `seriesWidth`.
    ///
    /// A period without zero padding (`2025-100` after `2024-099`) takes the series' width when
    /// all its numbers fit it. One series is then not written `{counter:3}` one year and
    /// `{counter}` the next.
    func width(inSeriesOf seriesWidth: Int) -> Int {
        guard padded.isEmpty, unpadded.keys.allSatisfy({ $0 >= seriesWidth }) else { return width }
        return seriesWidth
    }

    /// The width most numbers fit; the wider one on a tie, 1 when no number was added. Without
    /// padding, every number fits the digit count of the shortest one, which is the width.
    var width: Int {
        guard !padded.isEmpty else { return unpadded.keys.min() ?? 1 }
        var best = (width: 1, fitting: unpadded.values.reduce(0, +))
        for width in padded.keys.sorted() {
            let fitting = (padded[width] ?? 0) + unpadded.filter { $0.key >= width }.values.reduce(0, +)
            if fitting >= best.fitting { best = (width, fitting) }
        }
        return best.width
    }
}
