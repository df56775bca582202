import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// The current calendar day for rules that compare with today (FR-MENT-12).
enum CurrentDate {
    /// Returns today in the process's time zone (`TZ`, else the system's), so that an invoice
    /// issued in Paris just after midnight is not after today. When `SOURCE_DATE_EPOCH` (seconds
    /// since 1970, as the store's clock reads it) gives a valid time, returns its UTC day instead,
    /// so that a reproducible run gives the same date in every time zone.
    static func fromEnvironment(_ environment: [String: String]) -> CivilDate {
        if let seconds = SourceDateEpoch.seconds(environment) { return utcDay(seconds) }
        return localDay(time(nil)) ?? utcDay(Int64(time(nil)))
    }

    /// Returns the UTC calendar day of `seconds` since 1970.
    static func utcDay(_ seconds: Int64) -> CivilDate {
        // Floor division, for a system clock set before 1970.
        let days = seconds >= 0 ? seconds / 86_400 : -((-(seconds + 1)) / 86_400) - 1
        return CivilDate(dayNumber: Int(days))
    }

    /// Returns the calendar day of `moment` in the process's time zone, or `nil` when the C
    /// library cannot convert it.
    static func localDay(_ moment: time_t) -> CivilDate? {
        tzset()
        var clock = moment
        var parts = tm()
        guard localtime_r(&clock, &parts) != nil else { return nil }
        return CivilDate(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }
}
