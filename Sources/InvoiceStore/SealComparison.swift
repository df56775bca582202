import InvoiceAudit
import InvoiceModel

/// Compares the documents of a seal with a later state of the same ledger (a new export, or a
/// newer batch of the store) and reports FR-CORR-01, FR-CORR-02, FR-STAT-01 and FA-SEAL-01.
///
/// Only issued documents count on both sides. A sealed document missing from the compared state
/// is reported only when that state contains the same seller and numbering series and the missing
/// counter lies between the first and last counter the compared state contains for it: an export
/// of 2025 alone, or of one company alone, does not make the other sealed documents "disappear".
/// The exception is a compared file with the same path as the file a document was sealed from.
/// It is a new version of that file, so each of its sealed documents is expected, the last too.
public struct SealComparison {
    public let sealID: Int
    public let sealed: [SealedEntry]
    /// The name findings give the compared state ("the compared export", "batch 3").
    public let comparedName: LocalizedText
    /// The paths of the compared files: a sealed document from a file of the same path is
    /// expected whatever the compared range.
    public let comparedFiles: Set<String>

    public init(sealID: Int, sealed: [SealedEntry], comparedName: LocalizedText, comparedFiles: Set<String> = []) {
        self.sealID = sealID
        self.sealed = sealed
        self.comparedName = comparedName
        self.comparedFiles = comparedFiles
    }

    private struct Key: Hashable {
        let seller: String
        let number: String
    }

    private struct Series: Hashable {
        let seller: String
        let identity: String
        let period: NumberingPeriod
    }

    public func findings(comparing documents: [Document]) -> [Finding] {
        let join = SellerJoin(sealed: sealed, documents: documents)
        let (compared, comparedOrder) = Self.issuedByKey(documents, join: join)
        let sealedByKey = sealedByKey(join: join)
        var findings = changed(sealedByKey, compared)
        let drafts = Self.draftsByKey(documents, sealed: sealedByKey, issued: compared, join: join)
        findings += draftsOfSealed(drafts)
        findings += disappeared(sealedByKey, compared, drafts: drafts)
        findings += backdated(sealedByKey, compared, order: comparedOrder)
        return findings
    }

    /// FR-CORR-02 findings only: sealed documents missing from `documents`.
    public func disappearedFindings(comparing documents: [Document]) -> [Finding] {
        let join = SellerJoin(sealed: sealed, documents: documents)
        let compared = Self.issuedByKey(documents, join: join).compared
        let sealedByKey = sealedByKey(join: join)
        return disappeared(
            sealedByKey, compared, drafts: Self.draftsByKey(documents, sealed: sealedByKey, issued: compared, join: join))
    }

    /// FR-CORR-01 findings only: sealed documents present in `documents` with other content.
    public func changedFindings(comparing documents: [Document]) -> [Finding] {
        let join = SellerJoin(sealed: sealed, documents: documents)
        return changed(sealedByKey(join: join), Self.issuedByKey(documents, join: join).compared)
    }

    /// Groups the issued documents that have a number by seller and number, keeping the keys in
    /// document order.
    private static func issuedByKey(
        _ documents: [Document], join: SellerJoin
    ) -> (compared: [Key: [(document: Document, fingerprint: DocumentFingerprint)]], order: [Key]) {
        var compared: [Key: [(document: Document, fingerprint: DocumentFingerprint)]] = [:]
        var order: [Key] = []
        for document in documents {
            let entry = LedgerEntry(document)
            guard entry.isIssued, let number = entry.number else { continue }
            let key = Key(seller: join.key(entry.seller.plainSeller.value), number: number)
            if compared[key] == nil { order.append(key) }
            compared[key, default: []].append((document, DocumentFingerprint(document)))
        }
        return (compared, order)
    }

    /// Returns the first draft of each sealed seller and number that the compared state contains
    /// only as a draft, in document order.
    private static func draftsByKey(
        _ documents: [Document], sealed: [Key: [SealedEntry]],
        issued: [Key: [(document: Document, fingerprint: DocumentFingerprint)]], join: SellerJoin
    ) -> [(key: Key, document: Document)] {
        var drafts: [(key: Key, document: Document)] = []
        var seen: Set<Key> = []
        for document in documents {
            let entry = LedgerEntry(document)
            guard entry.isDraft, let number = entry.number else { continue }
            let key = Key(seller: join.key(entry.seller.plainSeller.value), number: number)
            guard sealed[key] != nil, issued[key] == nil, seen.insert(key).inserted else { continue }
            drafts.append((key, document))
        }
        return drafts
    }

    /// FR-STAT-01: a sealed document that the compared state contains as a draft. It is reported
    /// instead of FR-CORR-02, whatever the compared range: the document is there, not deleted.
    private func draftsOfSealed(_ drafts: [(key: Key, document: Document)]) -> [Finding] {
        drafts.map { draft in
            StatusHistoryRules.sealedDraftFinding(
                number: draft.key.number, location: draft.document.source, sealID: sealID, comparedName: comparedName)
        }
    }

    private func sealedByKey(join: SellerJoin) -> [Key: [SealedEntry]] {
        var sealedByKey: [Key: [SealedEntry]] = [:]
        for entry in sealed {
            sealedByKey[Key(seller: join.key(entry.matchedSellerKey), number: entry.number), default: []].append(entry)
        }
        return sealedByKey
    }

    /// FR-CORR-01: a sealed fingerprint that none of the compared versions has. Also a compared
    /// version of a sealed number that matches none of its sealed fingerprints, such as a changed
    /// copy imported through another path while the sealed one stays current.
    private func changed(
        _ sealedByKey: [Key: [SealedEntry]], _ compared: [Key: [(document: Document, fingerprint: DocumentFingerprint)]]
    ) -> [Finding] {
        var findings: [Finding] = []
        for (key, entries) in sealedByKey {
            guard let versions = compared[key] else { continue }
            let hashes = Set(versions.map(\.fingerprint.hash))
            let texts = Set(versions.map(\.fingerprint.canonicalText))
            // A version without seller identity, joined to the sealed seller, matches the sealed
            // text without its seller fields: a FEC named without the SIREN repeats the invoice.
            let unnamedTexts = Set(versions.filter(Self.isUnnamed).map { Self.withoutSeller($0.fingerprint.canonicalText) })
            let sealedHashes = Set(entries.map(\.fingerprint))
            let sealedWithoutSeller = Set(entries.map { Self.withoutSeller($0.canonicalText) })
            var unmatched = versions.filter { version in
                !sealedHashes.contains(version.fingerprint.hash)
                    && !(Self.isUnnamed(version) && sealedWithoutSeller.contains(Self.withoutSeller(version.fingerprint.canonicalText)))
            }
            // An entry whose stored fingerprint was altered but whose content still matches is a
            // broken seal (FA-SEAL-02), not a changed invoice.
            var pairs: [(entry: SealedEntry, version: (document: Document, fingerprint: DocumentFingerprint))] = []
            for entry in entries
            where !hashes.contains(entry.fingerprint) && !texts.contains(entry.canonicalText)
                && !unnamedTexts.contains(Self.withoutSeller(entry.canonicalText))
            {
                pairs.append((entry, unmatched.isEmpty ? versions[0] : unmatched.removeFirst()))
            }
            let sealedTexts = Set(entries.map(\.canonicalText))
            if let entry = entries.first {
                pairs += unmatched.filter { !sealedTexts.contains($0.fingerprint.canonicalText) }.map { (entry, $0) }
            }
            for (entry, version) in pairs {
                let fields = DocumentFingerprint.changedFields(
                    from: entry.canonicalText, to: version.fingerprint.canonicalText)
                findings.append(
                    IntegrityRules.changedFinding(
                        number: key.number, location: version.document.source,
                        previous: LocalizedText(
                            fr: "sa version scellée (sceau \(sealID), \(entry.location))",
                            en: "its sealed version (seal \(sealID), \(entry.location))"),
                        fields: fields))
            }
        }
        return findings
    }

    /// Tells whether `version` names no seller, so that ``SellerJoin`` may have given it one.
    private static func isUnnamed(_ version: (document: Document, fingerprint: DocumentFingerprint)) -> Bool {
        LedgerEntry(version.document).seller.plainSeller.value == StoreMigration.unidentifiedKey
    }

    /// Returns a canonical text without its `seller.` lines.
    private static func withoutSeller(_ canonicalText: String) -> String {
        canonicalText.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("seller.") }
            .joined(separator: "\n")
    }

    /// FR-CORR-02: sealed documents missing inside a series range the compared state covers.
    private func disappeared(
        _ sealedByKey: [Key: [SealedEntry]], _ compared: [Key: [(document: Document, fingerprint: DocumentFingerprint)]],
        drafts: [(key: Key, document: Document)]
    ) -> [Finding] {
        let draftKeys = Set(drafts.map(\.key))
        var ranges: [Series: ClosedRange<Int>] = [:]
        for (key, versions) in compared {
            guard let (series, counter) = seriesOf(key, year: versions[0].document.issueDate?.year) else { continue }
            ranges[series] = ranges[series].map { min($0.lowerBound, counter)...max($0.upperBound, counter) }
                ?? counter...counter
        }
        var findings: [Finding] = []
        for (key, entries) in sealedByKey where compared[key] == nil && !draftKeys.contains(key) {
            let fromComparedFile = entries.filter { comparedFiles.contains($0.location.file) }
            if !fromComparedFile.isEmpty {
                findings += fromComparedFile.map { entry in
                    IntegrityRules.disappearedFromFileFinding(
                        number: key.number, sealedLocation: entry.location, sealID: sealID, comparedName: comparedName)
                }
                continue
            }
            guard let (series, counter) = seriesOf(key, year: entries[0].issueDate?.year),
                let range = ranges[series], range.contains(counter)
            else { continue }
            for entry in entries {
                findings.append(
                    IntegrityRules.disappearedFinding(
                        number: key.number, sealedLocation: entry.location, sealID: sealID,
                        comparedName: comparedName))
            }
        }
        return findings
    }

    /// FA-SEAL-01: unsealed documents numbered inside a sealed series range, or dated before the
    /// seller's last sealed issue date.
    private func backdated(
        _ sealedByKey: [Key: [SealedEntry]], _ compared: [Key: [(document: Document, fingerprint: DocumentFingerprint)]],
        order: [Key]
    ) -> [Finding] {
        var ranges: [Series: (range: ClosedRange<Int>, first: String, last: String)] = [:]
        var lastDate: [String: CivilDate] = [:]
        for (key, entries) in sealedByKey {
            if let date = entries.compactMap(\.issueDate).max() {
                lastDate[key.seller] = max(lastDate[key.seller] ?? date, date)
            }
            guard let (series, counter) = seriesOf(key, year: entries[0].issueDate?.year) else { continue }
            if let known = ranges[series] {
                let first = counter < known.range.lowerBound ? key.number : known.first
                let last = counter > known.range.upperBound ? key.number : known.last
                ranges[series] = (min(known.range.lowerBound, counter)...max(known.range.upperBound, counter), first, last)
            } else {
                ranges[series] = (counter...counter, key.number, key.number)
            }
        }
        var findings: [Finding] = []
        for key in order where sealedByKey[key] == nil {
            for version in compared[key] ?? [] {
                let document = version.document
                var reason: LocalizedText?
                if let (series, counter) = seriesOf(key, year: document.issueDate?.year),
                    let sealedRange = ranges[series], sealedRange.range.contains(counter)
                {
                    reason = LocalizedText(
                        fr: "son numéro est dans la plage scellée '\(sealedRange.first)'…'\(sealedRange.last)'",
                        en: "its number lies inside the sealed range '\(sealedRange.first)'…'\(sealedRange.last)'")
                } else if let date = document.issueDate, let last = lastDate[key.seller], date < last {
                    reason = LocalizedText(
                        fr: "sa date '\(date)' précède la dernière date scellée '\(last)' de ce vendeur",
                        en: "its date '\(date)' is before the last sealed date '\(last)' of this seller")
                }
                if let reason {
                    findings.append(
                        IntegrityRules.backdatedFinding(
                            number: key.number, location: document.source, sealID: sealID, reason: reason))
                }
            }
        }
        return findings
    }

    private func seriesOf(_ key: Key, year: Int?) -> (Series, Int)? {
        guard let inferred = InferredNumber(key.number, issueYear: year) else { return nil }
        return (Series(seller: key.seller, identity: inferred.seriesIdentity, period: inferred.period), inferred.counter)
    }
}

/// The seller that documents without seller identity are compared as. When the seal and the
/// compared documents name one seller only, documents without one (a FEC whose file name lacks
/// the SIREN, a CSV without seller column) are that seller's, as `check` joins them.
private struct SellerJoin {
    let unidentified: String

    init(sealed: [SealedEntry], documents: [Document]) {
        var named = Set(sealed.map(\.matchedSellerKey))
        for document in documents { named.insert(LedgerEntry(document).seller.plainSeller.value) }
        named.remove(StoreMigration.unidentifiedKey)
        unidentified = named.count == 1 ? named.first ?? StoreMigration.unidentifiedKey : StoreMigration.unidentifiedKey
    }

    /// Returns the key `seller` is compared by.
    func key(_ seller: String) -> String {
        seller == StoreMigration.unidentifiedKey ? unidentified : seller
    }
}
