#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import InvoiceImport

extension InputFile {
    /// The input bytes that files imported at once may add up to: two files of the default
    /// maximum size. Importing a UBL file took about nine times its size in memory (a 56 MB
    /// invoice of 100,000 lines peaked at 510 MB, measured with `/usr/bin/time -v`), so this
    /// bounds the peak near 1.2 GB whatever the number of processors.
    static let importBudget = 2 * ImportOptions.defaultMaximumFileSize

    /// Estimates the memory that importing this file takes, in bytes of input, for
    /// ``orderedParallelMap(_:width:weight:budget:transform:onResult:)``.
    ///
    /// A file's weight is its size. A PDF weighs what its attachment may decode to: Flate
    /// expands up to 1,032 times, and the decoded size is capped at `maximumFileSize`.
    /// NOTE: most Factur-X PDFs decode to far less than that bound, so a folder of PDFs is
    /// imported about two files at a time even on a machine with more processors.
    func importWeight(maximumFileSize: Int) -> Int {
        var info = stat()
        let found = (pathBytes + [0]).withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { stat($0.baseAddress!, &info) == 0 }
        }
        guard found else { return 0 }
        let size = min(Int(info.st_size), maximumFileSize)
        guard path.lowercased().hasSuffix(".pdf") else { return size }
        let (expanded, overflow) = size.multipliedReportingOverflow(by: 1_032)
        return overflow ? maximumFileSize : min(expanded, maximumFileSize)
    }
}
