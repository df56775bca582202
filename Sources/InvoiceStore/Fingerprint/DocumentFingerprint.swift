import InvoiceAudit
import InvoiceModel

/// The legally relevant content of a document as canonical text, and its SHA-256.
///
/// The text is one `field=value` line per present field, each ending with a line feed, in the
/// fixed order of ``canonicalText(of:)``; docs/store.md specifies it for anyone who wants to
/// recompute a fingerprint. Status, payments, the balance due and the source location are left
/// out because they change without the invoice changing.
public struct DocumentFingerprint: Sendable, Hashable {
    /// The canonical text the hash is computed over.
    public let canonicalText: String
    /// SHA-256 of the UTF-8 bytes of ``canonicalText``, 64 lowercase hexadecimal digits.
    public let hash: String

    /// The first line of every canonical text; a change of the field list gets a new version.
    public static let formatLine = "fingerprint=facturaudit-1"

    public init(_ document: Document) {
        let text = DocumentFingerprint.canonicalText(of: document)
        canonicalText = text
        hash = SHA256.hex(text)
    }

    init(canonicalText: String) {
        self.canonicalText = canonicalText
        hash = SHA256.hex(canonicalText)
    }

    /// Writes the fields in their fixed order, skipping absent and blank ones.
    static func canonicalText(of document: Document) -> String {
        var writer = FieldWriter()
        writer.add("number", document.number)
        writer.add("kind", document.kind.rawValue)
        writer.add("issue_date", document.issueDate)
        writer.add("due_date", document.dueDate)
        writer.add("currency", document.currency)
        writer.addParty("seller", document.seller)
        writer.addParty("buyer", document.buyer)
        for (index, reference) in document.precedingInvoices.enumerated() {
            writer.add("preceding.\(index + 1).number", reference.number)
            writer.add("preceding.\(index + 1).issue_date", reference.issueDate)
        }
        for (index, line) in document.lines.enumerated() {
            let prefix = "line.\(index + 1)."
            writer.add(prefix + "description", line.description)
            writer.add(prefix + "quantity", line.quantity)
            writer.add(prefix + "unit", line.unit)
            writer.add(prefix + "net_price", line.netPrice)
            writer.add(prefix + "base_quantity", line.baseQuantity)
            writer.add(prefix + "net_amount", line.netAmount)
            writer.add(prefix + "vat_category", line.vatCategory)
            writer.add(prefix + "vat_rate", line.vatRate)
        }
        for (index, entry) in document.vatBreakdown.enumerated() {
            let prefix = "vat.\(index + 1)."
            writer.add(prefix + "category", entry.category)
            writer.add(prefix + "rate", entry.rate)
            writer.add(prefix + "taxable_amount", entry.taxableAmount)
            writer.add(prefix + "tax_amount", entry.taxAmount)
            writer.add(prefix + "exemption_reason", entry.exemptionReason)
            writer.add(prefix + "exemption_reason_code", entry.exemptionReasonCode)
        }
        let totals = document.totals
        writer.add("total.line_net", totals.lineNet)
        writer.add("total.allowances", totals.allowances)
        writer.add("total.charges", totals.charges)
        writer.add("total.tax_exclusive", totals.taxExclusive)
        writer.add("total.vat", totals.vat)
        writer.add("total.vat_accounting_currency", totals.vatInAccountingCurrency)
        writer.add("total.tax_inclusive", totals.taxInclusive)
        writer.add("total.rounding", totals.rounding)
        writer.add("payment_terms", document.paymentTerms)
        for (index, note) in document.notes.enumerated() {
            writer.add("note.\(index + 1).subject", note.subject)
            writer.add("note.\(index + 1).text", note.text)
        }
        return writer.text
    }

    /// The fields of a canonical text in order, as (name, value) pairs with values still escaped.
    static func fields(of canonicalText: String) -> [(name: String, value: String)] {
        canonicalText.split(separator: "\n").compactMap { line -> (String, String)? in
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else { return nil }
            return (String(parts[0]), String(parts[1]))
        }
    }

    /// The names of the fields whose values differ between two canonical texts, in the order
    /// they appear (fields present on one side only included).
    public static func changedFields(from old: String, to new: String) -> [String] {
        let before = fields(of: old)
        let after = fields(of: new)
        let afterValues = Dictionary(after.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let beforeNames = Set(before.map(\.name))
        var changed: [String] = []
        for field in before where afterValues[field.name] != field.value {
            changed.append(field.name)
        }
        for field in after where !beforeNames.contains(field.name) {
            changed.append(field.name)
        }
        return changed
    }
}

/// Builds canonical text: `name=value\n` lines with escaped, trimmed values.
private struct FieldWriter {
    var text = DocumentFingerprint.formatLine + "\n"

    mutating func add(_ name: String, _ value: String?) {
        guard let value = value?.trimmingSpaces, !value.isEmpty else { return }
        text += name + "=" + FieldWriter.escape(value) + "\n"
    }

    /// Amounts at their significant scale, so `1850.00`, `1850,00` read from CSV and `1850` agree.
    mutating func add(_ name: String, _ value: Amount?) {
        guard let value else { return }
        add(name, value.rounded(toScale: value.significantScale).description)
    }

    mutating func add(_ name: String, _ value: CivilDate?) {
        add(name, value?.description)
    }

    mutating func addParty(_ role: String, _ party: Party?) {
        guard let party else { return }
        add(role + ".name", party.name)
        add(role + ".siren", PartyKey.siren(of: party))
        add(role + ".vat_id", party.vatID.map(FieldWriter.compactIdentifier))
        if let address = party.address {
            for (index, line) in address.lines.enumerated() {
                add(role + ".address.\(index + 1)", line)
            }
            add(role + ".postal_code", address.postalCode)
            add(role + ".city", address.city)
            add(role + ".subdivision", address.subdivision)
            add(role + ".country", address.country)
        }
    }

    /// A backslash, line feed and carriage return become `\\`, `\n` and `\r`, so one value stays on one line.
    static func escape(_ value: String) -> String {
        guard value.contains(where: { $0 == "\\" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A VAT number without spaces, dots or dashes, in capitals.
    static func compactIdentifier(_ value: String) -> String {
        String(value.uppercased().filter { !$0.isWhitespace && $0 != "." && $0 != "-" })
    }
}
