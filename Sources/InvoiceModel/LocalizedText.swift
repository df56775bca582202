/// The user interface languages: every message exists in both.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case fr
    case en
}

/// A message written in French and English; renderers pick one with ``text(_:)``.
public struct LocalizedText: Sendable, Hashable, Codable {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func text(_ language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }
}
