/// Finds the fewest documents whose dates break the order of a sequence, so a chronology finding
/// names the misdated document, not every document after it.
///
/// The kept documents form a longest run whose dates never go down (a longest non-decreasing
/// subsequence); the others are misplaced. Among runs of equal length the earliest documents are
/// kept, so of two swapped documents the later one in the sequence is named.
enum DateOrder {
    /// Returns, for each day number of `days` (in counter order), whether it is misplaced.
    static func misplaced(_ days: [Int]) -> [Bool] {
        guard days.count > 1 else { return Array(repeating: false, count: days.count) }
        // lengths[i]: length of the longest non-decreasing run that starts at i.
        var lengths = Array(repeating: 0, count: days.count)
        // starts[k]: the latest day that starts a run of length k + 1 among the positions seen.
        // Longer runs start no later, so the array never goes up.
        var starts: [Int] = []
        for index in days.indices.reversed() {
            let day = days[index]
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle] >= day { low = middle + 1 } else { high = middle }
            }
            lengths[index] = low + 1
            if low == starts.count { starts.append(day) } else { starts[low] = day }
        }
        var result = Array(repeating: true, count: days.count)
        var needed = starts.count
        var lastDay = Int.min
        for index in days.indices where needed > 0 && lengths[index] == needed && days[index] >= lastDay {
            result[index] = false
            lastDay = days[index]
            needed -= 1
        }
        return result
    }

    /// Counts the misplaced days in `days` (in counter order).
    static func misplacedCount(_ days: [Int]) -> Int {
        misplaced(days).lazy.filter { $0 }.count
    }
}
