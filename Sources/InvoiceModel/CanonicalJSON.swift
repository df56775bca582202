import FoundationEssentials

/// The canonical JSON form of documents: keys sorted, slashes unescaped, amounts and dates as
/// strings (see ``Amount`` and ``CivilDate``), so the same document always gives the same bytes.
public enum CanonicalJSON {
    /// An encoder for one document per line (`pretty` false) or for readable files (`pretty` true).
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
