import Foundation
import InvoiceStore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Kills the importer with SIGKILL at random moments of a large import, then checks that the
/// store reopens consistent and holds whole batches only.
@Suite(.serialized) struct StoreCrashTests {
    static let rowsPerFile = 5_000

    /// Writes a CSV export of `rowsPerFile` invoices whose numbers start with `prefix`, so each
    /// file has its own content and SHA-256.
    static func writeExport(_ path: String, prefix: String) throws {
        var text = "N° facture;Date;Type;Émetteur;SIREN émetteur;Client;SIREN client;Total HT;TVA;Total TTC;Statut\n"
        text.reserveCapacity(rowsPerFile * 120)
        for counter in 1...rowsPerFile {
            let number = String(counter).leftPadded(to: 5)
            text += "\(prefix)-\(number);15/01/2025;Facture;Atelier Test SARL;812476356;Client SAS;794381020;100,00;20,00;120,00;Payée\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// A small seeded generator (SplitMix64), so a failing run can be replayed from its seed.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func launchImport(_ file: String, database: String) throws -> Process {
        let process = Process()
        process.executableURL = ToolRunner.executable
        process.arguments = ["import", file, "--db", database, "--quiet"]
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test func killedImportsLeaveWholeBatches() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("facturaudit-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("store.db").path

        // One import to completion gives the first batch and the duration the kills are spread over.
        let first = folder.appendingPathComponent("run-0.csv").path
        try Self.writeExport(first, prefix: "FA-R0")
        let start = Date()
        let baseline = try Self.launchImport(first, database: database)
        baseline.waitUntilExit()
        let duration = Date().timeIntervalSince(start)
        #expect(baseline.terminationStatus == 0)

        let seed = UInt64(Date().timeIntervalSince1970)
        var generator = SplitMix64(state: seed)
        var batches = 1
        var killedWhileRunning = 0
        for run in 1...10 {
            let file = folder.appendingPathComponent("run-\(run).csv").path
            try Self.writeExport(file, prefix: "FA-R\(run)")
            let process = try Self.launchImport(file, database: database)
            // Kills spread over the import, beyond its end now and then, so some land in the write phase.
            let delay = duration * Double.random(in: 0.05...1.1, using: &generator)
            Thread.sleep(forTimeInterval: delay)
            if process.isRunning {
                kill(process.processIdentifier, SIGKILL)
                killedWhileRunning += 1
            }
            process.waitUntilExit()

            let store = try InvoiceStore(path: database, create: false)
            defer { store.close() }
            #expect(try store.consistencyProblems() == [], "run \(run), seed \(seed), delay \(delay)")
            let latest = try store.latestBatch() ?? 0
            #expect(latest == batches || latest == batches + 1, "run \(run), seed \(seed)")
            if latest == batches + 1 {
                let numbers = try store.documents(asOfBatch: latest).filter { $0.batch == latest }
                #expect(numbers.count == Self.rowsPerFile, "run \(run), seed \(seed)")
            }
            batches = latest
        }
        // NOTE: how many kills hit the write transaction depends on the machine's speed; the
        // assertions above hold whichever phase the kill interrupts.
        print("StoreCrashTests: seed \(seed), \(killedWhileRunning) of 10 imports killed, \(batches - 1) completed")
        #expect(killedWhileRunning > 0, "seed \(seed): every import ended before its kill")
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
