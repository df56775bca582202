import InvoiceModel

extension NumberingPeriodRules {
    /// Returns the likely cause of the earliest period of a series starting above its first
    /// counter when the data shows one, or `nil` when the export may simply start mid-period.
    ///
    /// Two causes replace the hint to declare `firstCounters`, because that hint would hide lost
    /// numbers. The first is the same series under another seller key ending below `counter`: one
    /// company's files identified two ways, with a gap between them. The second is records of the
    /// series' file that were rejected at import and may hold the missing numbers.
    static func lostStartCause(
        _ start: LocalizedText, key: SeriesKey, counter: Int, file: String, ledger: Ledger
    ) -> LocalizedText? {
        if let other = otherSellerBelow(key: key, counter: counter, ledger: ledger) {
            let last = other.number ?? ""
            let source = other.source.file
            return LocalizedText(
                fr: start.fr + " : la même série d'un autre vendeur ('\(source)') finit à '\(last)' ; si c'est le même vendeur, les numéros manquent entre les deux fichiers : donnez-leur le même SIREN (defaults.sellerSiren dans un fichier de correspondance, --mapping) pour les contrôler comme une seule série",
                en: start.en + ": the same series of another seller ('\(source)') ends at '\(last)'; if it is the same seller, the numbers are missing between the two files: give both the same SIREN (defaults.sellerSiren in a mapping file, --mapping) to check them as one series")
        }
        if let rejected = ledger.rejectedRecordCounts[file], rejected > 0 {
            return LocalizedText(
                fr: start.fr + " : \(LocalizedText.countFR(rejected, "enregistrement", "enregistrements")) de '\(file)' \(rejected == 1 ? "a été rejeté" : "ont été rejetés") à l'import et les numéros précédents peuvent en faire partie : corrigez ces enregistrements et relancez l'audit",
                en: start.en + ": \(LocalizedText.countEN(rejected, "record", "records")) of '\(file)' \(rejected == 1 ? "was" : "were") rejected at import and may hold the numbers before it: fix those records and run the audit again")
        }
        return nil
    }

    /// Finds the last document of the same series and period under another seller key whose
    /// counters end below `counter`, the nearest one when there are several. Two sellers both
    /// identified by SIREN or VAT number are two companies, whose series are unrelated.
    private static func otherSellerBelow(key: SeriesKey, counter: Int, ledger: Ledger) -> LedgerEntry? {
        var nearest: LedgerEntry?
        for other in ledger.seriesKeys
        where other.seller != key.seller && other.identity == key.identity && other.period == key.period
            && !(other.seller.isRegistered && key.seller.isRegistered)
        {
            guard let last = ledger.series(other).last, let lastCounter = last.inferredNumber?.counter, lastCounter < counter
            else { continue }
            if nearest.map({ lastCounter > ($0.inferredNumber?.counter ?? 0) }) ?? true { nearest = last }
        }
        return nearest
    }
}
