import Foundation
import Testing

@testable import InvoiceImport

@Suite struct CSVColumnRecognitionTests {
    @Test(arguments: [
        ("N° facture", CSVField.number), ("Numéro", .number), ("Numero facture", .number), ("Invoice number", .number),
        ("Invoice #", .number), ("Number", .number), ("invoice_number", .number), ("DocumentNumber", .number),
        ("Référence", .number), ("ref", .number), ("f.ref", .number), ("NUMÉRO DE FACTURE", .number),
        ("Date", .issueDate), ("Date facture", .issueDate), ("Date d'émission", .issueDate), ("Invoice date", .issueDate),
        ("invoice_date", .issueDate), ("Date Issued", .issueDate), ("datef", .issueDate), ("f.datef", .issueDate),
        ("Échéance", .dueDate), ("Date d'échéance", .dueDate), ("Due date", .dueDate), ("due_date", .dueDate),
        ("deadline", .dueDate), ("date_lim_reglement", .dueDate),
        ("Type", .type), ("Type de document", .type), ("Document type", .type), ("move_type", .type), ("f.type", .type),
        ("Total HT", .netTotal), ("Montant HT", .netTotal), ("HT", .netTotal), ("Net", .netTotal), ("Subtotal", .netTotal),
        ("amount_untaxed", .netTotal), ("total_ht", .netTotal), ("f.total_ht", .netTotal),
        ("TVA", .vatTotal), ("Total TVA", .vatTotal), ("Montant TVA", .vatTotal), ("VAT", .vatTotal), ("Tax", .vatTotal),
        ("Total tax", .vatTotal), ("amount_tax", .vatTotal), ("total_tva", .vatTotal),
        ("Total TTC", .grossTotal), ("Montant TTC", .grossTotal), ("TTC", .grossTotal), ("Total", .grossTotal),
        ("Amount", .grossTotal), ("amount_total", .grossTotal), ("total_ttc", .grossTotal),
        ("Facture d'origine", .originalInvoice), ("Facture origine", .originalInvoice),
        ("Facture d'avoir", .originalInvoice), ("Avoir sur", .originalInvoice), ("Original invoice", .originalInvoice),
        ("Credited invoice", .originalInvoice), ("reversed_entry_id", .originalInvoice),
        ("fk_facture_source", .originalInvoice),
        ("Date facture d'origine", .originalInvoiceDate), ("Original invoice date", .originalInvoiceDate),
        ("Statut", .status), ("État", .status), ("Status", .status), ("state", .status), ("Invoice Status", .status),
        ("Devise", .currency), ("Currency", .currency), ("currency_id", .currency), ("Currency Code", .currency),
        ("Client", .buyerName), ("Nom client", .buyerName), ("Customer", .buyerName), ("Client Name", .buyerName),
        ("partner_id", .buyerName), ("SIREN client", .buyerSiren), ("SIRET client", .buyerSiret),
        ("TVA intracom client", .buyerVatId), ("N° TVA client", .buyerVatId), ("Customer VAT", .buyerVatId),
        ("Émetteur", .sellerName), ("Vendeur", .sellerName), ("Fournisseur", .sellerName), ("Seller", .sellerName),
        ("Société", .sellerName), ("SIREN émetteur", .sellerSiren), ("SIREN vendeur", .sellerSiren),
        ("Seller SIREN", .sellerSiren), ("SIREN", .sellerSiren), ("TVA intracom émetteur", .sellerVatId),
        ("Seller VAT", .sellerVatId), ("Montant payé", .amountPaid), ("Payé", .amountPaid), ("Paid", .amountPaid),
        ("amount_paid", .amountPaid), ("Date de paiement", .paymentDate), ("Date paid", .paymentDate),
        ("Désignation", .lineDescription), ("Description", .lineDescription), ("Libellé", .lineDescription),
        ("Item", .lineDescription), ("Item Name", .lineDescription), ("Produit", .lineDescription),
        ("Quantité", .lineQuantity), ("Qté", .lineQuantity), ("Quantity", .lineQuantity), ("Qty", .lineQuantity),
        ("Unité", .lineUnit), ("Unit", .lineUnit), ("Prix unitaire HT", .lineUnitPrice), ("PU HT", .lineUnitPrice),
        ("Prix unitaire", .lineUnitPrice), ("Unit price", .lineUnitPrice), ("Rate", .lineUnitPrice),
        ("Item Cost", .lineUnitPrice), ("Montant ligne HT", .lineNetAmount), ("Total ligne HT", .lineNetAmount),
        ("Line total", .lineNetAmount), ("Line Subtotal", .lineNetAmount), ("Line amount", .lineNetAmount),
        ("Taux TVA", .lineVatRate), ("Taux de TVA", .lineVatRate), ("VAT rate", .lineVatRate), ("Tax rate", .lineVatRate),
        ("TVA %", .lineVatRate), ("Taux TVA (%)", .lineVatRate), ("Total HT (€)", .netTotal), ("Montant TTC en EUR", .grossTotal),
    ])
    func headerIsRecognised(header: String, field: CSVField) {
        #expect(CSVColumnRecognition.field(forHeader: header) == field)
    }

    @Test(arguments: ["Foo", "Commentaire", "Notes", "Email", ""])
    func unrelatedHeaderIsNotRecognised(header: String) {
        #expect(CSVColumnRecognition.field(forHeader: header) == nil)
    }

    @Test(arguments: [
        ("N° facture", "n facture"), ("Date d'émission", "date d emission"), ("DocumentNumber", "document number"),
        ("f.total_ht", "f total ht"), ("TVA %", "tva pct"), ("Invoice #", "invoice"), ("Montant HT (EUR)", "montant ht"),
        ("Qte\u{301}", "qte"), ("ŒUVRE", "oeuvre"),
    ])
    func headerNormalisation(header: String, expected: String) {
        #expect(CSVColumnRecognition.normalise(header) == expected)
    }

    @Test func mostSpecificHeaderWins() throws {
        let headers = ["Total", "Numéro", "Total HT", "Référence", "Total TTC", "Date", "Date facture"]
        let recognised = try CSVColumnRecognition.recognise(headers: headers, mapping: [:]).get()
        #expect(recognised.layout.column(.grossTotal) == 4)
        #expect(recognised.layout.column(.netTotal) == 2)
        #expect(recognised.layout.column(.number) == 1)
        #expect(recognised.layout.column(.issueDate) == 6)
        #expect(Set(recognised.ignored.map(\.header)) == ["Total", "Référence", "Date"])
        #expect(recognised.layout.isLineLevel == false)
    }

    @Test func mappingTakesPrecedence() throws {
        let headers = ["Number", "Pièce", "Total"]
        let recognised = try CSVColumnRecognition.recognise(headers: headers, mapping: [.number: "Pièce"]).get()
        #expect(recognised.layout.column(.number) == 1)
        #expect(recognised.ignored.isEmpty)
    }

    @Test func lineColumnMakesFileLineLevel() throws {
        let recognised = try CSVColumnRecognition.recognise(headers: ["Number", "Qty"], mapping: [:]).get()
        #expect(recognised.layout.isLineLevel)
        let unitOnly = try CSVColumnRecognition.recognise(headers: ["Number", "Unit"], mapping: [:]).get()
        #expect(unitOnly.layout.isLineLevel == false)
    }

    @Test func catalogueNamesBelongToOneField() {
        var owners: [String: CSVField] = [:]
        for entry in CSVFieldCatalog.entries {
            for header in entry.headers {
                let key = CSVColumnRecognition.normalise(header)
                if let owner = owners[key], owner != entry.field {
                    Issue.record("'\(header)' matches both \(owner) and \(entry.field)")
                }
                owners[key] = entry.field
            }
        }
        #expect(Set(CSVFieldCatalog.entries.map(\.field)) == Set(CSVField.allCases))
        #expect(CSVFieldCatalog.entries.count == CSVField.allCases.count)
    }

    @Test func fieldOrdinalsFollowAllCases() {
        #expect(CSVField.allCases.map(\.ordinal) == Array(0..<CSVField.allCases.count))
        let layout = ColumnLayout(headers: ["a", "b"], columns: [.grossTotal: 1, .number: 0])
        #expect(layout.column(.grossTotal) == 1)
        #expect(layout.column(.number) == 0)
        #expect(layout.column(.issueDate) == nil)
    }

    @Test(arguments: [("csv-columns.md", "en"), ("csv-columns.fr.md", "fr")])
    func documentationListsEveryName(file: String, language: String) throws {
        let root = URL(filePath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let text = try String(contentsOf: root.appending(path: "docs/\(file)"), encoding: .utf8)
        for entry in CSVFieldCatalog.entries {
            let description = language == "fr" ? entry.descriptionFR : entry.descriptionEN
            let names = entry.headers.map { "`\($0)`" }.joined(separator: ", ")
            let row = "| `\(entry.field.rawValue)` | \(description) | \(names) |"
            #expect(text.contains(row), "missing row: \(row)")
        }
    }
}
