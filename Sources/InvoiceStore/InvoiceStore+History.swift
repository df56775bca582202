import InvoiceAudit
import InvoiceModel

extension InvoiceStore {
    /// FR-CORR-01 findings for documents sealed again with other content, along the whole chain.
    ///
    /// `verify` compares a later state with the newest seal only, so a change sealed afterwards
    /// would pass unseen. This history keeps it visible: a change sealed with `seal --accept-changes`
    /// is a warning (the accountant recorded that it was legitimate), any other change an error.
    public func resealedFindings() throws(StoreError) -> [Finding] {
        var findings: [Finding] = []
        var latest: [String: (sealID: Int, entries: [SealedEntry])] = [:]
        for seal in try seals() {
            var current: [String: [SealedEntry]] = [:]
            for entry in try sealedEntries(of: seal.id) {
                current[entry.sellerKey + "\u{0}" + entry.number, default: []].append(entry)
            }
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
                        accepted: accepted, fields: fields))
            }
        }
        return findings
    }
}
