import FoundationEssentials

/// Runs `transform` on every element, at most one task per processor at a time, and returns the
/// results in input order whatever order the tasks finish in.
///
/// `weight` estimates the memory an element's task takes (for files, the bytes it reads). Tasks
/// start in input order while the weights of the running tasks plus the next one stay within
/// `budget`, so large files do not all run at once. A single element heavier than the
/// budget still runs, alone.
///
/// `onResult` receives each result as it arrives, in completion order, so callers can report progress.
func orderedParallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], width: Int = max(1, ProcessInfo.processInfo.activeProcessorCount),
    weight: (Element) -> Int = { _ in 0 }, budget: Int = .max,
    transform: @escaping @Sendable (Element) -> Result, onResult: (Result) -> Void = { _ in }
) async -> [Result] {
    let weights = elements.map(weight)
    return await withTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: elements.count)
        var next = 0
        var running = 0
        var runningWeight = 0
        func canSubmit() -> Bool {
            guard next < elements.count, running < max(1, width) else { return false }
            return running == 0 || weights[next] <= budget - runningWeight
        }
        func submit() {
            let index = next
            let element = elements[index]
            next += 1
            running += 1
            runningWeight += weights[index]
            group.addTask { (index, transform(element)) }
        }
        while canSubmit() { submit() }
        while let (index, result) = await group.next() {
            results[index] = result
            running -= 1
            runningWeight -= weights[index]
            onResult(result)
            while canSubmit() { submit() }
        }
        return results.compactMap { $0 }
    }
}
