/// The output formats of `facturaudit aging` and `facturaudit dunning`, as `--format` spells them.
public enum ReceivablesFormat: String, Sendable, CaseIterable {
    case text
    case json
    case csv
    case markdown
}
