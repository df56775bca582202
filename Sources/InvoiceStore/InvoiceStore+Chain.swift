import InvoiceAudit
import InvoiceModel

extension InvoiceStore {
    /// FA-SEAL-02 findings for every seal whose row no longer matches its entries or its predecessor.
    ///
    /// Each seal must point to the previous seal's hash, list as many entries as it counted, hold
    /// entries whose fingerprints match their canonical texts, and have a hash equal to the one
    /// recomputed from them. A store rewritten consistently from the first seal on passes; keeping
    /// the last seal hash outside the store (printed by `facturaudit seal`) closes that gap.
    public func chainFindings() throws(StoreError) -> [Finding] {
        var findings: [Finding] = []
        var expectedPrevious = SealRecord.genesisHash
        for seal in try seals() {
            let entries = try sealedEntries(of: seal.id)
            var problems: [LocalizedText] = []
            if seal.previousHash != expectedPrevious {
                problems.append(
                    LocalizedText(
                        fr: "son empreinte précédente n'est pas celle du sceau qui le précède",
                        en: "its previous hash is not the hash of the seal before it"))
            }
            if entries.count != seal.documentCount {
                problems.append(
                    LocalizedText(
                        fr: "il liste \(entries.count) documents au lieu de \(seal.documentCount)",
                        en: "it lists \(entries.count) documents instead of \(seal.documentCount)"))
            }
            for entry in entries where SHA256.hex(entry.canonicalText) != entry.fingerprint {
                problems.append(
                    LocalizedText(
                        fr: "l'empreinte du document '\(entry.number)' ne correspond plus à son contenu scellé",
                        en: "the fingerprint of document '\(entry.number)' does not match its sealed content"))
            }
            let recomputed = SealRecord.hash(
                previousHash: seal.previousHash, fingerprints: entries.map(\.fingerprint), sealedAt: seal.sealedAt)
            if recomputed != seal.sealHash {
                problems.append(
                    LocalizedText(
                        fr: "son empreinte ne correspond plus à son contenu", en: "its hash does not match its content"))
            }
            for problem in problems {
                findings.append(IntegrityRules.brokenChainFinding(store: path, sealID: seal.id, problem: problem))
            }
            expectedPrevious = seal.sealHash
        }
        return findings
    }
}
