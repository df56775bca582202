import InvoiceModel

struct CIIImporter {
    func importDocuments(_ bytes: [UInt8], file: String, options: ImportOptions) -> ImportResult {
        ImportResult(file: file, format: .unknown)
    }
}
