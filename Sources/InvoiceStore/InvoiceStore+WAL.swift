#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension InvoiceStore {
    /// Switches the file to WAL, retrying while another connection holds the write lock, until
    /// `busyTimeout` milliseconds have passed.
    ///
    /// SQLite's busy handler does not cover this statement. It reads the header, then needs the
    /// write lock. When another connection took that lock in between, as several first imports
    /// into one new store do, SQLite returns `SQLITE_BUSY` at once to avoid a deadlock. The
    /// statement releases its read lock when it fails, so a retry succeeds once the other
    /// connection commits. On a file already in WAL the statement changes nothing.
    func switchToWAL(busyTimeout: Int32) throws {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(Int(busyTimeout)))
        var pauseMicroseconds: UInt32 = 1_000
        while true {
            do {
                _ = try connection.scalarString("PRAGMA journal_mode = WAL")
                return
            } catch {
                guard error.isBusy, clock.now < deadline else { throw error }
            }
            usleep(pauseMicroseconds)
            pauseMicroseconds = min(pauseMicroseconds * 2, 50_000)
        }
    }
}
