import InvoiceImport

extension InputFile {
    /// Returns the import options for this file. A file found in a folder whose extension is not
    /// `.csv` or `.tsv`, such as a `LISEZMOI.txt`, is skipped when its text is clearly no table.
    func options(_ options: ImportOptions) -> ImportOptions {
        guard foundInFolder else { return options }
        let name = displayPath.split(separator: "/").last.map(String.init) ?? displayPath
        let fileExtension = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        var adjusted = options
        adjusted.skipsProse = fileExtension != "csv" && fileExtension != "tsv"
        return adjusted
    }
}
