import InvoiceAudit
import InvoiceModel
import InvoiceReport

/// `facturaudit aging PATH… | --db FILE`: the open receivables on the as-of date by age.
enum AgingCommand {
    static func run(_ arguments: [String], language: Language) async throws -> ExitStatus {
        let options = try ReceivablesOptions.parse(arguments, command: "aging", language: language)
        let input = try await ReceivablesInput.load(options)
        guard let asOf = input.asOf else { return ReceivablesOutput.noDate(input, options: options) }
        let aging = input.configuration.aging
        let open = OpenReceivables(ledger: input.ledger, facts: input.facts, asOf: asOf.date, configuration: aging)
        let report = AgingReport(open, bucketLimits: aging.bucketLimits)
        let rendered: String
        switch options.format {
        case .text:
            rendered = AgingTextRenderer(language: options.language).render(report, asOf: asOf, defaultTermDays: aging.defaultTermDays)
        case .json:
            rendered = AgingJSONRenderer(language: options.language, toolVersion: CommandLineTool.version).render(
                report, asOf: asOf, defaultTermDays: aging.defaultTermDays)
        case .csv:
            rendered = AgingCSVRenderer(language: options.language).render(report)
        case .markdown:
            rendered = AgingMarkdownRenderer(language: options.language).render(report, asOf: asOf, defaultTermDays: aging.defaultTermDays)
        }
        return try ReceivablesOutput.finish(rendered, input: input, options: options)
    }
}
