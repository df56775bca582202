extension LedgerEntry {
    /// The numbering series the entry counts in, as ``Ledger/series`` indexes it; `nil` for drafts
    /// and for numbers no series can be inferred from.
    public var seriesKey: SeriesKey? {
        guard isIssued, let inferred = inferredNumber else { return nil }
        return SeriesKey(seller: seller, identity: inferred.seriesIdentity, period: inferred.period)
    }
}
