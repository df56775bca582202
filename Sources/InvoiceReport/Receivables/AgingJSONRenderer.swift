import InvoiceAudit
import InvoiceModel

/// The aging report as JSON for machines: sorted keys, no timestamps, messages in one language.
/// The shape is published in `schemas/aging.schema.json`.
public struct AgingJSONRenderer {
    public let language: Language
    public let toolVersion: String

    public init(language: Language, toolVersion: String) {
        self.language = language
        self.toolVersion = toolVersion
    }

    public func render(_ report: AgingReport, asOf: AsOfDate, defaultTermDays: Int) -> String {
        ReceivablesJSON.encode(AgingDocument(report, asOf: asOf, defaultTermDays: defaultTermDays, language: language, toolVersion: toolVersion))
    }
}

private struct AgingDocument: Encodable {
    struct Bucket: Encodable {
        let code: String
        let fromDay: Int?
        let toDay: Int?
        let label: String
    }

    struct Section: Encodable {
        let seller: ReceivablesJSON.Party
        let currency: String
        let buyers: [Row]
        /// The amount due per bucket code.
        let totals: [String: String]
        let total: String
    }

    struct Row: Encodable {
        let buyer: ReceivablesJSON.Party
        let amounts: [String: String]
        let total: String
        let invoices: Int
    }

    let formatVersion = 1
    let report = "aging"
    let tool: ReceivablesJSON.Tool
    /// The language of every `label` and `message` field.
    let language: String
    let asOf: ReceivablesJSON.AsOf
    let defaultTermDays: Int
    let buckets: [Bucket]
    let sections: [Section]
    let invoices: [ReceivablesJSON.Invoice]
    let unreliable: [ReceivablesJSON.Unreliable]
    let counts: ReceivablesJSON.Counts

    init(_ report: AgingReport, asOf: AsOfDate, defaultTermDays: Int, language: Language, toolVersion: String) {
        tool = ReceivablesJSON.Tool(name: "facturaudit", version: toolVersion)
        self.language = language.rawValue
        self.asOf = ReceivablesJSON.AsOf(asOf)
        self.defaultTermDays = defaultTermDays
        let codes = report.buckets.map(\.code)
        func byBucket(_ amounts: [Amount]) -> [String: String] {
            Dictionary(uniqueKeysWithValues: zip(codes, amounts.map(ReceivablesWords.machineAmount)))
        }
        buckets = report.buckets.map {
            Bucket(code: $0.code, fromDay: $0.fromDay, toDay: $0.toDay, label: $0.label.text(language))
        }
        sections = report.sections.map { section in
            Section(
                seller: ReceivablesJSON.Party(section.seller, name: section.sellerName), currency: section.currency,
                buyers: section.rows.map { row in
                    Row(
                        buyer: ReceivablesJSON.Party(row.buyer, name: row.buyerName), amounts: byBucket(row.amounts),
                        total: ReceivablesWords.machineAmount(row.total), invoices: row.invoiceCount)
                },
                totals: byBucket(section.totals), total: ReceivablesWords.machineAmount(section.total))
        }
        invoices = report.open.receivables.map { ReceivablesJSON.Invoice($0, buckets: report.buckets) }
        unreliable = report.open.unreliable.map { ReceivablesJSON.Unreliable($0, language: language) }
        counts = ReceivablesJSON.Counts(report.open)
    }
}
