import InvoiceModel

/// Names that mean something only inside JSON invoice records, beside the CSV header catalogue.
///
/// Each name here would mislead in a CSV export: a bare `amount` column is an invoice total, a
/// bare `name` column is often the customer. They are read only where the JSON structure shows
/// what they are: inside a line array, or as flags and codes of known tools.
/// docs/json-records.md lists them, and a test checks it.
enum JSONRecordKeys {
    /// Keys whose array of objects contains the lines of an invoice, after
    /// ``CSVColumnRecognition/normalise(_:)``: `lines`, `invoice_lines`, `line_items`, `Line`,
    /// `LineItems`, `items`, `lines.data` (Stripe-like lists), `invoice_line_ids` when expanded.
    static let lineArrays: [String] = ["lines", "invoice_lines", "line_items", "Line", "LineItems", "items", "lines.data", "invoice_line_ids"]

    /// Keys whose array of objects contains the VAT amounts per rate (Sellsy `taxes[{rate, amount}]`).
    static let taxArrays: [String] = ["taxes", "tax_lines", "vat_lines"]

    /// Names read inside a line object, most specific first for each field, before the line
    /// columns of the CSV catalogue.
    static let lineFields: [(field: CSVField, keys: [String])] = [
        (.lineDescription, ["description", "label", "name", "notes", "product_key", "ItemRef.name", "SalesItemLineDetail.ItemRef.name"]),
        (.lineQuantity, ["SalesItemLineDetail.Qty", "quantity", "qty"]),
        (.lineUnitPrice, ["SalesItemLineDetail.UnitPrice", "UnitAmount", "unit_price", "raw_currency_unit_price", "price_unit", "cost", "unit_amount"]),
        (
            .lineNetAmount,
            ["LineAmount", "currency_amount_before_tax", "amount_before_tax", "amount_excl_tax", "total_excl_tax", "price_subtotal", "line_total", "subtotal", "Amount", "amount", "total"]
        ),
        (.lineVatRate, ["vat_rate", "tax_rate", "tax_rate1", "rate"]),
    ]

    /// Invoice Ninja's `status_id` codes; credits use 4 for "applied", which settles them.
    static let statusCodeKey = "status_id"
    static let statusCodes: [String: DocumentStatus] = [
        "1": .draft, "2": .issued, "3": .partiallyPaid, "4": .paid, "5": .cancelled, "6": .cancelled, "-1": .overdue,
    ]

    /// Boolean keys read as flags: `true` marks a draft, a paid invoice or a deposit invoice.
    static let draftFlags: [String] = ["draft", "is_draft"]
    static let paidFlags: [String] = ["paid", "is_paid"]
    static let depositFlags: [String] = ["is_deposit", "deposit"]

    /// Line objects that repeat other lines rather than bill something: QuickBooks subtotal
    /// lines and Odoo section and note lines.
    static func isSummaryLine(_ line: JSONValue) -> Bool {
        if line["DetailType"]?.string == "SubTotalLineDetail" { return true }
        if let display = line["display_type"]?.string, display == "line_section" || display == "line_note" { return true }
        return false
    }

    /// Keys whose numbers are Unix seconds: the catalogue's (`created`, `effective_at`) and
    /// names ending in `_at`, `_timestamp` or `_unix`.
    static func holdsUnixSeconds(_ key: String) -> Bool {
        let last = key.split(separator: ".").last.map(String.init) ?? key
        if CSVFieldCatalog.unixSecondsHeaders.contains(last) { return true }
        return last.hasSuffix("_at") || last.hasSuffix("_timestamp") || last.hasSuffix("_unix")
    }

    /// Keys of a VAT entry holding its rate and its amount.
    static let taxRateKeys = ["rate", "vat_rate", "tax_rate", "percentage"]
    static let taxAmountKeys = ["amount", "tax_amount", "vat_amount"]

    /// For each normalised line name of ``lineFields``: its field and its rank among that field's names.
    private static let lineLookup: [String: (field: CSVField, rank: Int)] = {
        var table: [String: (field: CSVField, rank: Int)] = [:]
        for (field, keys) in lineFields {
            for (rank, key) in keys.enumerated() where table[CSVColumnRecognition.normalise(key)] == nil {
                table[CSVColumnRecognition.normalise(key)] = (field, rank)
            }
        }
        return table
    }()

    /// Returns the field a key of a line object denotes: this file's line names first, then the
    /// line columns of the CSV catalogue, with the rank that decides between two keys.
    static func lineField(forKey key: String) -> (field: CSVField, rank: Int)? {
        let normalised = CSVColumnRecognition.normalise(key)
        if let match = lineLookup[normalised] { return match }
        guard let match = CSVColumnRecognition.lookup[normalised], match.field.isLineValue else { return nil }
        return (match.field, 100 + match.rank)
    }

    /// Returns true when `key` is one of `names`, compared after normalisation.
    static func matches(_ key: String, _ names: [String]) -> Bool {
        normalisedNames(names).contains(CSVColumnRecognition.normalise(key))
    }

    /// The name lists of this file normalised once, since they are compared on every record.
    private static let normalisedLists: [[String]: Set<String>] = {
        let lists = [lineArrays, taxArrays, draftFlags, paidFlags, depositFlags, taxRateKeys, taxAmountKeys]
        return Dictionary(uniqueKeysWithValues: lists.map { ($0, Set($0.map(CSVColumnRecognition.normalise))) })
    }()

    private static func normalisedNames(_ names: [String]) -> Set<String> {
        normalisedLists[names] ?? Set(names.map(CSVColumnRecognition.normalise))
    }
}
