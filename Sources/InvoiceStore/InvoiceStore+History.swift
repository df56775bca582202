import InvoiceAudit
import InvoiceModel

extension InvoiceStore {
    /// Returns FR-CORR-01 findings for documents sealed again with other content, and FR-CORR-02
    /// findings for documents a seal left out of the previous one, along the whole chain.
    ///
    /// `verify` compares a later state with the newest seal only, so a change sealed afterwards
    /// would pass unseen. This history keeps it visible: a change sealed with `seal --accept-changes`
    /// is a warning (the accountant recorded that it was legitimate), any other change an error.
    public func resealedFindings() throws(StoreError) -> [Finding] {
        var findings: [Finding] = []
        // A seal that fails its checks may have been edited outside facturaudit: what it accepted is unknown.
        let broken = try brokenSealIDs()
        var latest: [String: (sealID: Int, entries: [SealedEntry])] = [:]
        var previous: (id: Int, keys: [String: [SealedEntry]])?
        for seal in try seals() {
            var current: [String: [SealedEntry]] = [:]
            for entry in try sealedEntries(of: seal.id) {
                current[entry.matchedSellerKey + "\u{0}" + entry.number, default: []].append(entry)
            }
            // A document of the previous seal that this seal left out was deleted in between.
            for (key, entries) in (previous?.keys ?? [:]).sorted(by: { $0.key < $1.key }) where current[key] == nil {
                findings += entries.prefix(1).map { entry in
                    IntegrityRules.unsealedFinding(
                        number: entry.number, location: entry.location, previousSealID: previous?.id ?? 0,
                        sealID: seal.id, accepted: seal.acceptedChanges > 0,
                        brokenSeal: [previous?.id ?? 0, seal.id].first(where: broken.contains))
                }
            }
            previous = (seal.id, current)
            for (key, entries) in current.sorted(by: { $0.key < $1.key }) {
                defer { latest[key] = (seal.id, entries) }
                guard let before = latest[key],
                    Set(before.entries.map(\.fingerprint)) != Set(entries.map(\.fingerprint)),
                    let old = before.entries.first, let new = entries.first
                else { continue }
                let fields = DocumentFingerprint.changedFields(from: old.canonicalText, to: new.canonicalText)
                let accepted = seal.acceptedChanges > 0
                findings.append(
                    IntegrityRules.resealedFinding(
                        number: new.number, location: new.location, previousSealID: before.sealID, sealID: seal.id,
                        accepted: accepted, fields: fields,
                        brokenSeal: [before.sealID, seal.id].first(where: broken.contains)))
            }
        }
        return findings
    }
}
