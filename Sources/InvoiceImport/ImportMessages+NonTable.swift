import InvoiceModel

extension ImportMessages {
    public static let notAnInvoiceFile = LocalizedText(
        fr: "pas un fichier de factures (texte sans colonnes ni en-tête reconnu), ignoré ; nommez le fichier sur la ligne de commande pour le lire comme un CSV",
        en: "not an invoice file (text without columns or a recognised header), skipped; name the file on the command line to read it as a CSV")

    public static let jsonComment = LocalizedText(
        fr: "fichier JSON commençant par un commentaire '//' ou '/*' : JSON n'admet pas de commentaires, supprimez-les avant l'audit",
        en: "JSON file starting with a '//' or '/*' comment: JSON does not allow comments, remove them before the audit")
}
