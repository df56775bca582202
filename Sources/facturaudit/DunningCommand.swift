import InvoiceAudit
import InvoiceModel
import InvoiceReport

/// `facturaudit dunning PATH… | --db FILE`: the reminders due on the as-of date under the plan.
enum DunningCommand {
    static func run(_ arguments: [String], language: Language) async throws -> ExitStatus {
        let options = try ReceivablesOptions.parse(arguments, command: "dunning", language: language)
        let input = try await ReceivablesInput.load(options)
        guard let asOf = input.asOf else { return ReceivablesOutput.noDate(input, options: options) }
        let configuration = input.configuration
        let open = OpenReceivables(ledger: input.ledger, facts: input.facts, asOf: asOf.date, configuration: configuration.aging)
        let report = DunningReport(open, configuration: configuration.dunning, tables: configuration.tables)
        let rendered: String
        switch options.format {
        case .text:
            rendered = DunningTextRenderer(language: options.language).render(report, asOf: asOf)
        case .json:
            rendered = DunningJSONRenderer(language: options.language, toolVersion: CommandLineTool.version).render(
                report, asOf: asOf, defaultTermDays: configuration.aging.defaultTermDays)
        case .csv:
            rendered = DunningCSVRenderer(language: options.language).render(report)
        case .markdown:
            rendered = DunningMarkdownRenderer(language: options.language).render(report, asOf: asOf)
        }
        return try ReceivablesOutput.finish(rendered, input: input, options: options)
    }
}
