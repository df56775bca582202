import Foundation
import InvoiceStore
import Testing

/// Creating a store while another connection holds the write lock of the new file, as several
/// first imports into one new store do: the creation waits for the lock instead of failing.
@Suite struct StoreCreationLockTests {
    /// Opens a new store at `path` on another thread and returns its error message, or `nil`.
    private static func createStore(at path: String, busyTimeout: Int32) -> Task<String?, Never> {
        Task.detached {
            do {
                let store = try InvoiceStore(path: path, access: .create, busyTimeout: busyTimeout)
                store.close()
                return nil
            } catch let error as StoreError {
                return error.message.en
            } catch {
                return "\(error)"
            }
        }
    }

    @Test func creationWaitsForWriteLock() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("new.db")
        // SQLite fails a switch to WAL with SQLITE_BUSY at once, without calling the busy handler,
        // when another connection takes the write lock between the switch's read and its write.
        let holder = try SQLiteConnection(path: path, create: true)
        try holder.executeScript("BEGIN IMMEDIATE")
        let creation = Self.createStore(at: path, busyTimeout: 60_000)
        try await Task.sleep(for: .milliseconds(300))
        try holder.executeScript("COMMIT")
        holder.close()

        #expect(await creation.value == nil)
        let store = try InvoiceStore(path: path, access: .readOnly)
        defer { store.close() }
        #expect(try store.latestBatch() == nil)
    }

    @Test func creationGivesUpAfterBusyTimeout() async throws {
        let folder = try TemporaryFolder()
        let path = folder.path("new.db")
        let holder = try SQLiteConnection(path: path, create: true)
        try holder.executeScript("BEGIN IMMEDIATE")
        defer { holder.close() }
        let started = ContinuousClock.now
        let message = await Self.createStore(at: path, busyTimeout: 200).value

        #expect(message?.hasPrefix("store '\(path)' is locked by another process (a facturaudit import or seal") == true)
        #expect(ContinuousClock.now - started >= .milliseconds(200))
        try holder.executeScript("ROLLBACK")
    }
}
