import InvoiceModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The source of the times recorded for batches and seals, injectable so tests get fixed times.
public struct StoreClock: Sendable {
    private let secondsSinceEpoch: @Sendable () -> Int64

    public init(secondsSinceEpoch: @escaping @Sendable () -> Int64) {
        self.secondsSinceEpoch = secondsSinceEpoch
    }

    /// The system clock (`time(2)`).
    public static let system = StoreClock { Int64(time(nil)) }

    /// A clock that always returns `seconds` after 1970-01-01T00:00:00Z.
    public static func fixed(_ seconds: Int64) -> StoreClock {
        StoreClock { seconds }
    }

    /// The current time as ISO 8601 UTC text, `yyyy-mm-ddThh:mm:ssZ`.
    public func timestamp() -> String {
        StoreClock.timestamp(secondsSinceEpoch: secondsSinceEpoch())
    }

    static func timestamp(secondsSinceEpoch seconds: Int64) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let date = CivilDate(dayNumber: Int(days)).description
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(date)T\(pad(secondOfDay / 3600)):\(pad(secondOfDay % 3600 / 60)):\(pad(secondOfDay % 60))Z"
    }
}
