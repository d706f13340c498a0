/// A text in the hall's two languages: Russian first, English second.
public struct LocalizedText: Hashable, Codable, Sendable {
    public var ru: String
    public var en: String

    public init(ru: String, en: String) {
        self.ru = ru
        self.en = en
    }

    /// The text in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .ru: ru
        case .en: en
        }
    }
}

/// A language a visitor can choose at the kiosk.
public enum Language: String, Codable, Sendable, CaseIterable {
    case ru, en
}
