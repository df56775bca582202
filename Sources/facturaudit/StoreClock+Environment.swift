import InvoiceStore

extension StoreClock {
    /// The system clock, or the fixed time of `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// reproducible-builds convention) when that variable gives a valid time, so tests and
    /// documentation get stable batch and seal times.
    static func fromEnvironment(_ environment: [String: String]) -> StoreClock {
        if let seconds = SourceDateEpoch.seconds(environment) {
            return .fixed(seconds)
        }
        return .system
    }
}
