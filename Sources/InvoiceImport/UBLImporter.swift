import InvoiceModel

struct UBLImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        ImportResult(file: file, format: .unknown)
    }
}
