import InvoiceAudit
import InvoiceModel

extension InvoiceStore {
    /// FA-SEAL-02 findings for every seal whose row no longer matches its entries or its predecessor.
    ///
    /// Each seal must point to the previous seal's hash, list as many entries as it counted, hold
    /// entries whose fingerprints match their canonical texts, and have a hash equal to the one
    /// recomputed from its stored row and entries. A version 2 hash covers every column of both,
    /// so editing any of them is caught. A store rewritten consistently from the first seal on
    /// passes; keeping the last seal hash outside the store (printed by `facturaudit seal`) closes that gap.
    public func chainFindings() throws(StoreError) -> [Finding] {
        try chainProblems().flatMap { seal in
            seal.problems.map { IntegrityRules.brokenChainFinding(store: path, sealID: seal.sealID, problem: $0) }
        }
    }

    /// Returns the seals that fail the checks of ``chainFindings()``: their entries may have been edited
    /// outside facturaudit.
    func brokenSealIDs() throws(StoreError) -> Set<Int> {
        Set(try chainProblems().filter { !$0.problems.isEmpty }.map(\.sealID))
    }

    /// Returns the problems of each seal, in chain order.
    private func chainProblems() throws(StoreError) -> [(sealID: Int, problems: [LocalizedText])] {
        var found: [(sealID: Int, problems: [LocalizedText])] = []
        var expectedPrevious = SealRecord.genesisHash
        var newestVersion = 1
        for seal in try seals() {
            let rows = try sealEntryRows(of: seal.id)
            var problems: [LocalizedText] = []
            if seal.previousHash != expectedPrevious {
                problems.append(
                    LocalizedText(
                        fr: "son empreinte précédente n'est pas celle du sceau qui le précède",
                        en: "its previous hash is not the hash of the seal before it"))
            }
            if rows.count != seal.documentCount {
                problems.append(
                    LocalizedText(
                        fr: "il liste \(LocalizedText.countFR(rows.count, "document", "documents")) au lieu de "
                            + LocalizedText.frenchInteger(seal.documentCount),
                        en: "it lists \(LocalizedText.countEN(rows.count, "document", "documents")) instead of \(seal.documentCount)"))
            }
            for row in rows where SHA256.hex(row.canonicalText) != row.fingerprint {
                problems.append(
                    LocalizedText(
                        fr: "l'empreinte du document '\(row.number)' ne correspond plus à son contenu scellé",
                        en: "the fingerprint of document '\(row.number)' does not match its sealed content"))
            }
            // Seals only ever move to newer hash versions; an older one after a newer one was rewritten.
            if seal.hashVersion < newestVersion || seal.recomputedHash(entries: rows) == nil {
                problems.append(
                    LocalizedText(
                        fr: "sa version d'empreinte '\(seal.hashVersion)' est invalide",
                        en: "its hash version '\(seal.hashVersion)' is invalid"))
            } else if seal.recomputedHash(entries: rows) != seal.sealHash {
                problems.append(
                    LocalizedText(
                        fr: "son empreinte ne correspond plus à son contenu", en: "its hash does not match its content"))
            }
            newestVersion = max(newestVersion, seal.hashVersion)
            found.append((seal.id, problems))
            expectedPrevious = seal.sealHash
        }
        return found
    }
}
