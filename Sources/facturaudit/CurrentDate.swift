import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The current calendar day (UTC) for rules that compare with today (FR-MENT-12).
enum CurrentDate {
    /// Today from the system clock, or the day of `SOURCE_DATE_EPOCH` (seconds since 1970, the
    /// convention the store's clock follows too) when that variable gives a valid time, so tests
    /// can fix the date.
    static func fromEnvironment(_ environment: [String: String]) -> CivilDate {
        let seconds = SourceDateEpoch.seconds(environment) ?? Int64(time(nil))
        // Floor division, for a system clock set before 1970.
        let days = seconds >= 0 ? seconds / 86_400 : -((-(seconds + 1)) / 86_400) - 1
        return CivilDate(dayNumber: Int(days))
    }
}
