#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import FoundationEssentials
import InvoiceModel

extension InvoiceStore {
    /// The use a command makes of the store.
    public enum Access: Sendable {
        /// `import`: reads and writes, and creates the store when the file does not exist.
        case create
        /// `seal`: reads and writes an existing store.
        case write
        /// `check`, `verify`, `export`: reads only. A store that this process may write, file and
        /// folder, is opened for writing all the same, so SQLite removes its `-wal` and `-shm` files
        /// on close and an older schema is upgraded. Otherwise it is opened read-only.
        case read
        /// Reads only, whatever the permissions: never creates a file and never upgrades.
        case readOnly
    }

    /// Throws when `path` is a folder, or when its folder does not exist.
    static func checkLocation(_ path: String) throws(StoreError) {
        var isFolder = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder {
            throw StoreError.isFolder(path)
        }
        let folder = folder(of: path)
        var folderIsFolder = false
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &folderIsFolder) || !folderIsFolder {
            throw StoreError.missingFolder(folder, store: path)
        }
    }

    /// Returns the SQLite mode for `access`. A read-only store is read as immutable when no `-wal`
    /// file contains changes. SQLite cannot create the `-shm` file that a WAL read needs beside a
    /// file this process may not write, and would leave it behind where it can.
    static func openMode(path: String, access: Access) -> SQLiteConnection.OpenMode {
        switch access {
        case .create: return .readWrite(create: true)
        case .write: return .readWrite(create: false)
        case .read where canWrite(path, exists: true): return .readWrite(create: false)
        case .read, .readOnly:
            // NOTE: immutable skips locking, so a process with write access that imports into this
            // store at the same time can make this read fail or see a half-written batch.
            var wal = stat()
            return stat(path + "-wal", &wal) == 0 && wal.st_size > 0 ? .readOnly : .immutable
        }
    }

    /// Returns the message for a failure to open the file in `mode` or to read it first.
    static func openError(_ path: String, _ error: SQLiteError, mode: SQLiteConnection.OpenMode) -> StoreError {
        if error.isNotADatabase { return StoreError.notADatabase(path, error) }
        if case .readOnly = mode, error.code == SQLiteError.readOnly || error.code == SQLiteError.cannotOpen {
            return StoreError.readOnlyPendingWAL(path, error)
        }
        return StoreError.sqlite(path, error)
    }

    /// Tells whether this process may write the store: its folder, and the file when it exists.
    static func canWrite(_ path: String, exists: Bool) -> Bool {
        (!exists || isWritable(path)) && isWritable(folder(of: path))
    }

    private static func isWritable(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }
}
