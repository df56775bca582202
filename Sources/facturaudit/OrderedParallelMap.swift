import FoundationEssentials

/// Runs `transform` on every element, at most one task per processor at a time, and returns the
/// results in input order whatever order the tasks finish in.
///
/// `onResult` receives each result as it arrives, in completion order, so callers can report progress.
func orderedParallelMap<Element: Sendable, Result: Sendable>(
    _ elements: [Element], transform: @escaping @Sendable (Element) -> Result,
    onResult: (Result) -> Void = { _ in }
) async -> [Result] {
    let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
    return await withTaskGroup(of: (Int, Result).self) { group in
        var results = [Result?](repeating: nil, count: elements.count)
        var next = 0
        func submit() {
            let index = next
            let element = elements[index]
            next += 1
            group.addTask { (index, transform(element)) }
        }
        while next < min(width, elements.count) { submit() }
        while let (index, result) = await group.next() {
            results[index] = result
            onResult(result)
            if next < elements.count { submit() }
        }
        return results.compactMap { $0 }
    }
}
