import InvoiceModel

/// Warning texts specific to UBL documents.
enum UBLMessages {
    /// Explains that lines of the other document kind (`InvoiceLine` in a CreditNote) were read.
    static func otherLineKind(found: String, count: Int, expected: String, root: String) -> LocalizedText {
        LocalizedText(
            fr: "\(LocalizedText.frenchInteger(count)) élément(s) '\(found)' dans un '\(root)' : lus comme ses lignes, mais le schéma UBL attend '\(expected)' et une plateforme de réception peut refuser le fichier ; renommez-les en '\(expected)'",
            en: "\(count) '\(found)' element(s) in a '\(root)': read as its lines, but the UBL schema expects '\(expected)' and a receiving platform may reject the file; rename them to '\(expected)'")
    }
}
