import InvoiceAudit

extension RuleExampleTests {
    /// Rules whose example is still to write, one per line. Remove an id when its example lands: the
    /// test fails both when a rule outside this list has none and when a listed rule has one.
    static let examplesStillToWrite: Set<String> = [
    ]
}
