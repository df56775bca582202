import FoundationEssentials
import InvoiceImport
import InvoiceModel

#if canImport(Glibc)
    import Glibc
#endif

// Imports every file named on the command line, `--rounds N` times (default 1), through
// DocumentImporter as `check` and `export` do, and prints the counts and the in-process time.
// Benchmarks/import-benchmark.sh times this program against `xmllint --noout` on the same files.

func monotonicNanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var rounds = 1
if let index = arguments.firstIndex(of: "--rounds"), index + 1 < arguments.count, let value = Int(arguments[index + 1]) {
    rounds = max(1, value)
    arguments.removeSubrange(index...(index + 1))
}

let options = ImportOptions()
var documents = 0
var rejected = 0
var lines = 0
let start = monotonicNanoseconds()
for round in 0..<rounds {
    for path in arguments {
        let result = DocumentImporter.importFile(path: path, displayPath: path, options: options)
        if round == 0 {
            documents += result.documents.count
            rejected += result.rejections.count
            lines += result.documents.reduce(0) { $0 + $1.lines.count }
        }
    }
}
let elapsed = Double(monotonicNanoseconds() - start) / 1e9
let perFile = elapsed / Double(max(1, rounds * arguments.count)) * 1e6
print("files \(arguments.count), documents \(documents), lines \(lines), rejected \(rejected)")
print("rounds \(rounds), seconds \(elapsed), microseconds per file \(Int(perFile))")
