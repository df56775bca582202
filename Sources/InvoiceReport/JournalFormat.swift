/// The journal's output formats, named as the `--format` option spells them.
public enum JournalFormat: String, Sendable, CaseIterable {
    case text
    case json
}

/// Turns a journal into the bytes of one output format.
public protocol JournalRenderer {
    func render(_ journal: Journal) -> String
}
