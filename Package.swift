// swift-tools-version:6.0
import PackageDescription

// Dependencies point one way: facturaudit → InvoiceReport → InvoiceAudit → InvoiceModel, and
// facturaudit → InvoiceImport → InvoiceModel, and facturaudit → InvoiceStore → InvoiceAudit; the audit
// never sees file formats or the store, only documents.
// C libraries come from Debian's -dev packages (scripts/setup installs them) and are wrapped by
// system-library targets with project-prefixed names, so they never clash with other module maps.
let package = Package(
    name: "facturaudit",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "facturaudit", targets: ["facturaudit"]),
    ],
    targets: [
        .systemLibrary(name: "CFALibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CFALibCSV", providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(name: "CFASQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CFAQPDF", pkgConfig: "libqpdf", providers: [.apt(["libqpdf-dev"])]),
        .systemLibrary(name: "CFACrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CFAZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),

        .target(name: "InvoiceModel"),
        .target(name: "InvoiceImport", dependencies: ["InvoiceModel", "CFALibXML2", "CFALibCSV", "CFAQPDF", "CFAZlib"]),
        .target(name: "InvoiceAudit", dependencies: ["InvoiceModel"]),
        .target(name: "InvoiceReport", dependencies: ["InvoiceAudit", "InvoiceModel"]),
        .target(name: "InvoiceStore", dependencies: ["InvoiceAudit", "InvoiceModel", "CFASQLite", "CFACrypto"]),
        .executableTarget(
            name: "facturaudit",
            dependencies: ["InvoiceReport", "InvoiceAudit", "InvoiceImport", "InvoiceModel", "InvoiceStore"]),
        // Measures import throughput; Benchmarks/import-benchmark.sh runs it against xmllint.
        .executableTarget(
            name: "ImportBenchmark", dependencies: ["InvoiceImport", "InvoiceModel"], path: "Benchmarks/ImportBenchmark"),

        .testTarget(name: "InvoiceModelTests", dependencies: ["InvoiceModel"]),
        .testTarget(
            name: "InvoiceImportTests", dependencies: ["InvoiceImport", "InvoiceModel", "CFAZlib"],
            resources: [.copy("Fixtures")]),
        .testTarget(name: "InvoiceAuditTests", dependencies: ["InvoiceAudit", "InvoiceImport", "InvoiceModel"]),
        .testTarget(
            name: "InvoiceReportTests", dependencies: ["InvoiceReport", "InvoiceAudit", "InvoiceImport", "InvoiceModel"],
            exclude: ["Golden"]),
        .testTarget(name: "InvoiceStoreTests", dependencies: ["InvoiceStore", "InvoiceAudit", "InvoiceModel"]),
        .testTarget(name: "EndToEndTests", dependencies: ["facturaudit", "InvoiceStore"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
