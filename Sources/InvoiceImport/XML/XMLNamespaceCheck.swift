import InvoiceModel

/// Rejects an invoice whose elements below the root are in a namespace that the syntax does not
/// use: a typo in the `cac`/`cbc`/`ram` URI, or the ZUGFeRD 1.0 `ram` namespace under a CII root.
///
/// Elements are matched by local name whatever their prefix, so such a file used to be read as
/// if it were right, while the official validator and a receiving platform see no content at
/// all. Any prefix bound to the right URI is still accepted.
struct XMLNamespaceCheck: Sendable {
    /// The namespaces an element below the root may use.
    let allowed: Set<String>
    /// Returns the namespace expected for an element, to name it in the rejection.
    let expected: @Sendable (_ element: XMLElement, _ depth: Int, _ parentName: String) -> String
    /// Local names of the elements whose content is free (UBL extensions), not checked below them.
    let freeContent: Set<String>

    static let ublAggregate = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
    static let ublBasic = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
    static let ublExtension = "urn:oasis:names:specification:ubl:schema:xsd:CommonExtensionComponents-2"

    static let ubl = XMLNamespaceCheck(
        allowed: [ublAggregate, ublBasic, ublExtension],
        expected: { element, _, _ in element.children.isEmpty ? ublBasic : ublAggregate },
        freeContent: ["UBLExtensions"])

    static let ciiRoot = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
    static let ciiAggregate = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    static let ciiUnqualified = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
    static let ciiQualified = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"

    static let cii = XMLNamespaceCheck(
        allowed: [ciiRoot, ciiAggregate, ciiUnqualified, ciiQualified],
        expected: { element, depth, parent in
            if depth == 1 { return ciiRoot }
            guard element.localName == "DateTimeString" || element.localName == "Indicator" else { return ciiAggregate }
            return parent.hasPrefix("Formatted") ? ciiQualified : ciiUnqualified
        },
        freeContent: [])

    static let zugferd1Aggregate = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
    static let zugferd1Unqualified = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15"

    static let zugferd1 = XMLNamespaceCheck(
        allowed: [
            ZUGFeRD1Importer.namespace, zugferd1Aggregate, zugferd1Unqualified,
            "urn:un:unece:uncefact:data:standard:QualifiedDataType:12",
        ],
        expected: { element, depth, _ in
            if depth == 1 { return ZUGFeRD1Importer.namespace }
            return element.localName == "DateTimeString" || element.localName == "Indicator" ? zugferd1Unqualified : zugferd1Aggregate
        },
        freeContent: [])

    /// Throws the rejection for the first element, in document order, outside the allowed namespaces.
    ///
    /// Takes, at the place of a streamed element (an invoice line left as a stub, see
    /// ``XMLLineStream``), the failure found in its content when it closed.
    func verify(_ root: XMLNode, stream: XMLLineStream? = nil) throws(XMLImportFailure) {
        let start = root.element.children.reversed().map {
            Pending(element: $0, depth: 1, parentName: root.element.localName, path: root.path + "/" + $0.localName)
        }
        if let failure = firstFailure(start, stream: stream) { throw failure }
    }

    /// Returns the failure for the first element outside the allowed namespaces in `element` and
    /// its content, where `element` is at `depth` below the root, under `parentName`, at `path`.
    func firstFailure(in element: XMLElement, depth: Int, parentName: String, path: String) -> XMLImportFailure? {
        firstFailure([Pending(element: element, depth: depth, parentName: parentName, path: path)], stream: nil)
    }

    private func firstFailure(_ start: [Pending], stream: XMLLineStream?) -> XMLImportFailure? {
        var pending = start
        while let next = pending.popLast() {
            let element = next.element
            if let index = element.streamedIndex {
                if let failure = stream?.namespaceFailure(at: index) { return failure }
                continue
            }
            if !allowed.contains(element.namespaceURI) {
                return XMLImportFailure(
                    element: next.path, line: element.line,
                    reason: XMLNamespaceCheck.reason(
                        element.localName, found: element.namespaceURI,
                        expected: expected(element, next.depth, next.parentName)))
            }
            if freeContent.contains(element.localName) { continue }
            pending += element.children.reversed().map {
                Pending(element: $0, depth: next.depth + 1, parentName: element.localName, path: next.path + "/" + $0.localName)
            }
        }
        return nil
    }

    /// An element waiting to be checked, with its depth below the root, its parent's local name
    /// and its path.
    private struct Pending {
        let element: XMLElement
        let depth: Int
        let parentName: String
        let path: String
    }

    static func reason(_ localName: String, found: String, expected: String) -> LocalizedText {
        let written = found.isEmpty ? "aucun" : "'\(found)'"
        let writtenEnglish = found.isEmpty ? "none" : "'\(found)'"
        return LocalizedText(
            fr: "élément '\(localName)' dans l'espace de noms \(written) au lieu de '\(expected)' : un validateur ou une plateforme de réception n'y voit aucun contenu de facture, corrigez l'URI d'espace de noms et exportez la facture de nouveau",
            en: "element '\(localName)' in namespace \(writtenEnglish) instead of '\(expected)': a validator or receiving platform sees no invoice content there, correct the namespace URI and export the invoice again")
    }
}
