/// A canonical field with its description and the header names recognised for it.
struct CSVFieldEntry: Sendable {
    var field: CSVField
    /// The field's content, in French, for the documentation.
    var descriptionFR: String
    /// The field's content, in English, for the documentation.
    var descriptionEN: String
    /// Header names as exports write them, most specific first: when several headers of a file
    /// match one field, the one whose name comes first here is used.
    var headers: [String]
}

/// The header names recognised without a mapping file.
///
/// `docs/csv-columns.md` and `docs/csv-columns.fr.md` list the same names, and a test checks them.
/// Names are compared after ``CSVColumnRecognition/normalise(_:)``, so case, accents,
/// punctuation and camel case do not matter.
enum CSVFieldCatalog {
    /// Headers of columns known to hold Unix seconds (Stripe's names), the only columns where a
    /// nine- or ten-digit number is read as a date.
    static let unixSecondsHeaders: Set<String> = ["effective_at", "created"]

    /// Names that denote a field only beside other column names of the same tool. Odoo's
    /// technical export calls the invoice number `name`, which elsewhere may be any name.
    static let contextualHeaders: [(field: CSVField, header: String, besideAnyOf: Set<String>)] = [
        (.number, "name", ["move_type", "partner_id", "invoice_date_due", "amount_residual", "amount_untaxed"])
    ]

    /// Normalised headers of Dolibarr's code columns, the only ones where bare digits such as `2`
    /// are read as Dolibarr's type, status or paid codes (see ``ColumnLayout/dolibarrCodes``).
    static let dolibarrCodeHeaders: [CSVField: Set<String>] = [
        .type: ["f type"], .status: ["f fk statut", "fk statut"], .paymentStatus: ["f paye", "paye"],
    ]

    static let entries: [CSVFieldEntry] = [
        CSVFieldEntry(
            field: .number, descriptionFR: "numéro de facture (BT-1)", descriptionEN: "invoice number (BT-1)",
            headers: [
                "N° facture", "N° de facture", "Numéro de facture", "Numéro facture", "Invoice number", "Invoice No",
                "Invoice #", "Invoice ref", "Réf. facture", "DocumentNumber", "DocNumber", "CreditNoteNumber", "f.ref", "f.facnumber", "Numéro",
                "Number", "Référence", "Réf", "ref", "Details",
            ]),
        CSVFieldEntry(
            field: .provisionalNumber, descriptionFR: "numéro provisoire d'un brouillon, à la place du numéro",
            descriptionEN: "provisional number of a draft, in place of the number",
            headers: ["N° provisoire", "Numéro provisoire", "Provisional number", "Draft number"]),
        CSVFieldEntry(
            field: .issueDate, descriptionFR: "date d'émission (BT-2)", descriptionEN: "issue date (BT-2)",
            headers: [
                "Date facture", "Date de facture", "Date de facturation", "Date facturation", "Date d'émission",
                "Date émission", "Invoice date", "Invoice/Bill Date", "Date Issued", "Issue date", "DocumentDate", "TxnDate", "f.datef", "datef", "invoiced_at", "Date", "effective_at",
                "created",
            ]),
        CSVFieldEntry(
            field: .dueDate, descriptionFR: "date d'échéance (BT-9)", descriptionEN: "due date (BT-9)",
            headers: [
                "Date d'échéance", "Date échéance", "Échéance", "Due date", "invoice_date_due", "deadline",
                "f.date_lim_reglement", "date_lim_reglement", "due_at", "Due",
            ]),
        CSVFieldEntry(
            field: .type, descriptionFR: "type de document (facture, avoir, acompte…)",
            descriptionEN: "document type (invoice, credit note, deposit…)",
            headers: ["Type de document", "Type de facture", "Document type", "Invoice type", "move_type", "f.type", "Type"]),
        CSVFieldEntry(
            field: .status, descriptionFR: "statut déclaré par l'outil (brouillon, payée…)",
            descriptionEN: "status declared by the tool (draft, paid…)",
            headers: [
                "Statut de la facture", "Statut facture", "Invoice Status", "invoice_status_code", "DocumentStatus",
                "Statut", "État", "Status", "state", "f.fk_statut", "fk_statut",
            ]),
        CSVFieldEntry(
            field: .paymentStatus, descriptionFR: "état du paiement, qui précise le statut d'une facture émise",
            descriptionEN: "payment state, which refines the status of an issued invoice",
            headers: [
                "Statut du paiement", "État du paiement", "Statut de paiement", "Payment Status", "payment_state", "f.paye",
            ]),
        CSVFieldEntry(
            field: .currency, descriptionFR: "devise, code ISO 4217 (BT-5)", descriptionEN: "currency, ISO 4217 code (BT-5)",
            headers: ["Devise", "Code devise", "Currency", "Currency Code", "currency_id", "CurrencyRef.value"]),
        CSVFieldEntry(
            field: .netTotal, descriptionFR: "total HT (BT-109)", descriptionEN: "total without VAT (BT-109)",
            headers: [
                "Total HT", "Montant HT", "Montant total HT", "Sous-total HT", "Sous-total", "HT", "Total net", "Net total",
                "Net", "Montant hors taxes", "Total hors taxes", "Montant total hors taxes", "Base HT", "Untaxed Amount", "Subtotal", "Sub total", "SubtotalAmount", "Amount before tax", "Amount Before Sales Tax", "amount_untaxed",
                "f.total_ht", "total_ht", "currency_amount_before_tax", "amounts.total_excl_tax",
            ]),
        CSVFieldEntry(
            field: .vatTotal, descriptionFR: "total de la TVA (BT-110)", descriptionEN: "VAT total (BT-110)",
            headers: [
                "Total TVA", "Montant TVA", "Montant de TVA", "TVA", "Total VAT", "VAT amount", "VAT", "Total tax",
                "Tax amount", "TotalTaxAmount", "Sales Tax Amount", "Tax", "amount_tax", "f.total_tva", "total_tva",
                "currency_tax", "TxnTaxDetail.TotalTax",
            ]),
        CSVFieldEntry(
            field: .grossTotal, descriptionFR: "total TTC (BT-112)", descriptionEN: "total with VAT (BT-112)",
            headers: [
                "Total TTC", "Montant TTC", "Montant total TTC", "TTC", "Invoice total", "Grand total", "TotalAmount",
                "amount_total", "Montant toutes taxes comprises", "Total toutes taxes comprises", "f.total_ttc", "total_ttc", "currency_amount", "amounts.total_incl_tax", "TotalAmt", "Total",
                "Amount", "Montant",
            ]),
        CSVFieldEntry(
            field: .lineNetTotal, descriptionFR: "somme des montants HT des lignes (BT-106)",
            descriptionEN: "sum of line net amounts (BT-106)",
            headers: ["Total lignes HT", "Somme des lignes HT", "Line net total", "Sum of line net amounts"]),
        CSVFieldEntry(
            field: .amountDue, descriptionFR: "reste à payer (BT-115)", descriptionEN: "amount due (BT-115)",
            headers: [
                "Reste à payer", "Reste dû", "Montant dû", "Net à payer", "Total à payer", "Montant à payer", "Amount due", "Balance due", "BalanceDueAmount", "Balance",
                "amount_residual", "amount_remaining", "remaining_amount_with_tax", "amounts.total_remaining_due_incl_tax",
            ]),
        CSVFieldEntry(
            field: .amountPaid, descriptionFR: "montant déjà payé", descriptionEN: "amount already paid",
            headers: [
                "Montant payé", "Montant réglé", "Payé", "Réglé", "Amount paid", "Paid amount", "AmountPaidAmount",
                "Paid", "amount_paid",
            ]),
        CSVFieldEntry(
            field: .amountRefunded, descriptionFR: "montant remboursé au client (devient un paiement négatif)",
            descriptionEN: "amount refunded to the customer (becomes a negative payment)",
            headers: ["Montant remboursé", "Remboursé", "Remboursement", "Amount refunded", "Refunded amount", "Refunded", "amount_refunded"]),
        CSVFieldEntry(
            field: .paymentDate, descriptionFR: "date du paiement", descriptionEN: "payment date",
            headers: ["Date de paiement", "Date paiement", "Date de règlement", "Payment date", "Date paid", "Last Payment Date", "paid_at"]),
        CSVFieldEntry(
            field: .originalInvoice, descriptionFR: "facture d'origine d'un avoir ou d'une rectificative (BT-25)",
            descriptionEN: "invoice a credit note or corrective invoice refers to (BT-25)",
            headers: [
                "Facture d'origine", "N° facture d'origine", "Facture origine", "Facture d'avoir", "Avoir sur",
                "Original invoice", "Original invoice number", "Credited invoice", "Extourne de", "Reversal of",
                "reversed_entry_id",
                "f.fk_facture_source", "fk_facture_source",
            ]),
        CSVFieldEntry(
            field: .originalInvoiceDate, descriptionFR: "date de la facture d'origine (BT-26)",
            descriptionEN: "date of the original invoice (BT-26)",
            headers: ["Date facture d'origine", "Date de la facture d'origine", "Original invoice date", "Credited invoice date"]),
        CSVFieldEntry(
            field: .orderReference, descriptionFR: "commande de l'acheteur que la facture exécute (BT-13)",
            descriptionEN: "buyer's purchase order the invoice bills (BT-13)",
            headers: [
                "N° commande", "N° de commande", "Numéro de commande", "Numéro commande", "Référence commande", "Réf. commande",
                "Bon de commande", "N° bon de commande", "Purchase order", "Purchase order number", "PO Number", "Order number",
                "Order reference", "Order ref",
            ]),
        CSVFieldEntry(
            field: .quoteReference, descriptionFR: "devis accepté que la facture exécute, lu comme la commande du vendeur (BT-14)",
            descriptionEN: "accepted quote the invoice bills, read as the seller's sales order (BT-14)",
            headers: [
                "Référence devis", "Réf. devis", "N° devis", "N° de devis", "Numéro de devis", "Numéro devis", "Devis",
                "Quote reference", "Quote number", "Quote", "Estimate number", "Sales order", "Sales order number",
            ]),
        CSVFieldEntry(
            field: .orderTotal,
            descriptionFR: "total de la commande ou du devis facturé en plusieurs fois : HT si le nom de la colonne le dit (HT, excl. VAT), sinon TTC",
            descriptionEN: "total of the order or quote billed in parts: without VAT when the column name says so (HT, excl. VAT), else with VAT",
            headers: [
                "Montant commande", "Montant de la commande", "Total commande", "Montant devis", "Total devis", "Montant du marché",
                "Montant marché", "Total commande HT", "Montant commande HT", "Total devis HT", "Montant devis HT",
                "Montant du marché HT", "Total commande TTC", "Montant commande TTC", "Total devis TTC", "Montant devis TTC",
                "Montant du marché TTC", "Order total", "Order amount", "Quote total", "Quote amount", "Contract amount",
                "Order total (excl. VAT)", "Order total excluding VAT", "Quote total (excl. VAT)", "Order total (incl. VAT)",
                "Order total including VAT", "Quote total (incl. VAT)",
            ]),
        CSVFieldEntry(
            field: .situationNumber, descriptionFR: "rang de la situation dans sa commande (1, 2, 3…)",
            descriptionEN: "rank of the progress invoice within its order (1, 2, 3…)",
            headers: [
                "Situation n°", "N° situation", "N° de situation", "Numéro de situation", "Numéro situation", "Situation number",
                "Progress invoice number", "Progress billing number",
            ]),
        CSVFieldEntry(
            field: .progressPercent, descriptionFR: "avancement cumulé atteint avec cette facture, en %",
            descriptionEN: "cumulative progress reached with this invoice, in %",
            headers: [
                "Avancement cumulé %", "Avancement cumulé", "Avancement %", "% avancement", "Avancement", "Pourcentage d'avancement",
                "Cumulative progress %", "Cumulative progress", "Progress %", "Progress", "Percent complete", "% complete",
            ]),
        CSVFieldEntry(
            field: .cumulativeAmount, descriptionFR: "montant TTC cumulé facturé sur la commande avec cette facture",
            descriptionEN: "cumulative amount with VAT billed on the order with this invoice",
            headers: [
                "Cumul TTC", "Montant cumulé TTC", "Montant cumulé", "Cumul facturé", "Total cumulé", "Cumul",
                "Cumulative amount", "Cumulative total", "Billed to date", "Invoiced to date",
            ]),
        CSVFieldEntry(
            field: .sellerName, descriptionFR: "nom du vendeur (BT-27)", descriptionEN: "seller name (BT-27)",
            headers: ["Nom émetteur", "Nom vendeur", "Émetteur", "Vendeur", "Fournisseur", "Seller name", "Seller", "Supplier", "Société"]),
        CSVFieldEntry(
            field: .sellerSiren, descriptionFR: "SIREN du vendeur (9 chiffres)", descriptionEN: "seller SIREN (9 digits)",
            headers: ["SIREN émetteur", "SIREN vendeur", "SIREN fournisseur", "Seller SIREN", "SIREN"]),
        CSVFieldEntry(
            field: .sellerSiret, descriptionFR: "SIRET du vendeur (14 chiffres)", descriptionEN: "seller SIRET (14 digits)",
            headers: ["SIRET émetteur", "SIRET vendeur", "SIRET fournisseur", "Seller SIRET", "SIRET"]),
        CSVFieldEntry(
            field: .sellerVatId, descriptionFR: "numéro de TVA intracommunautaire du vendeur (BT-31)",
            descriptionEN: "seller VAT identifier (BT-31)",
            headers: [
                "TVA intracom émetteur", "TVA intracommunautaire émetteur", "N° TVA émetteur", "TVA intracom vendeur",
                "TVA intracommunautaire vendeur", "N° TVA vendeur", "Seller VAT number", "Seller VAT ID", "Seller VAT",
            ]),
        CSVFieldEntry(
            field: .buyerName, descriptionFR: "nom de l'acheteur (BT-44)", descriptionEN: "buyer name (BT-44)",
            headers: [
                "Nom client", "Nom du client", "Raison sociale client", "Client", "Client Name", "Customer name", "Customer",
                "customer_name", "Partenaire", "Partner", "partner_id", "s.nom", "CustomerRef.name", "Contact.Name",
            ]),
        CSVFieldEntry(
            field: .buyerSiren, descriptionFR: "SIREN de l'acheteur (9 chiffres)", descriptionEN: "buyer SIREN (9 digits)",
            headers: ["SIREN client", "Customer SIREN", "Buyer SIREN", "s.siren"]),
        CSVFieldEntry(
            field: .buyerSiret, descriptionFR: "SIRET de l'acheteur (14 chiffres)", descriptionEN: "buyer SIRET (14 digits)",
            headers: ["SIRET client", "Customer SIRET", "Buyer SIRET", "s.siret"]),
        CSVFieldEntry(
            field: .buyerVatId, descriptionFR: "numéro de TVA intracommunautaire de l'acheteur (BT-48)",
            descriptionEN: "buyer VAT identifier (BT-48)",
            headers: [
                "TVA intracom client", "TVA intracommunautaire client", "N° TVA client", "N° TVA intracommunautaire client",
                "Customer VAT number", "Customer VAT", "Buyer VAT", "customer_tax_number", "s.tva_intra",
            ]),
        CSVFieldEntry(
            field: .lineDescription, descriptionFR: "désignation de la ligne (BT-153)", descriptionEN: "line description (BT-153)",
            headers: [
                "Désignation", "Libellé ligne", "Libellé", "Description", "Item Name", "Item Product", "Item description",
                "Item", "Produit", "fd.description",
            ]),
        CSVFieldEntry(
            field: .lineQuantity, descriptionFR: "quantité facturée (BT-129)", descriptionEN: "invoiced quantity (BT-129)",
            headers: ["Quantité", "Qté", "Item Quantity", "Quantity", "Qty", "fd.qty"]),
        CSVFieldEntry(
            field: .lineUnit, descriptionFR: "unité de mesure (BT-130)", descriptionEN: "unit of measure (BT-130)",
            headers: ["Unité", "Unit", "Unit of measure"]),
        CSVFieldEntry(
            field: .lineUnitPrice, descriptionFR: "prix unitaire HT (BT-146)", descriptionEN: "net unit price (BT-146)",
            headers: ["Prix unitaire HT", "PU HT", "Prix unitaire", "Unit price", "Item Cost", "Item Price", "Rate", "fd.subprice"]),
        CSVFieldEntry(
            field: .lineNetAmount, descriptionFR: "montant HT de la ligne (BT-131)", descriptionEN: "line net amount (BT-131)",
            headers: [
                "Montant ligne HT", "Total ligne HT", "Montant HT ligne", "Line net amount", "Line Subtotal", "Line total",
                "Line amount", "Item Total", "price_subtotal", "fd.total_ht",
            ]),
        CSVFieldEntry(
            field: .lineVatRate, descriptionFR: "taux de TVA de la ligne, en % (BT-152)", descriptionEN: "line VAT rate, in % (BT-152)",
            headers: ["Taux de TVA", "Taux TVA", "Taux TVA %", "TVA %", "VAT rate", "VAT %", "Tax rate", "Tax %", "fd.tva_tx"]),
    ]
}
