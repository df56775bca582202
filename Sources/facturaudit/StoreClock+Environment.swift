import InvoiceStore

extension StoreClock {
    /// The system clock, or the fixed time of `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// reproducible-builds convention) when that variable holds an integer, so tests and
    /// documentation get stable batch and seal times.
    static func fromEnvironment(_ environment: [String: String]) -> StoreClock {
        if let text = environment["SOURCE_DATE_EPOCH"], let seconds = Int64(text) {
            return .fixed(seconds)
        }
        return .system
    }
}
