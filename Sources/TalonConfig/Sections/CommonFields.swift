import Foundation
import TalonCore

/// Fields that every section writes the same way: ids and names in two languages.
extension ConfigMap {
    /// An id at `key`: Latin letters, digits, `_`, `-` and `.`, at most 64 characters,
    /// because ids end up in ticket ids, URLs and logs.
    func identifier(_ key: String = "id") -> String? {
        guard let node = required(key) else { return nil }
        return node.identifier()
    }

    /// A name in both languages: `{ru: Паспорт РФ, en: Russian passport}`.
    func localizedText(_ key: String = "name") -> LocalizedText? {
        guard let node = required(key) else { return nil }
        return node.localizedText()
    }
}

extension ConfigNode {
    /// This value as an id; see ``ConfigMap/identifier(_:)``.
    func identifier() -> String? {
        guard let text = string() else { return nil }
        let allowed = text.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "_-.".unicodeScalars.contains($0))
        }
        guard allowed, (1...64).contains(text.count), text.first != "." else {
            report(.invalidValue, "\(found) is not a usable id: write Latin letters, digits, «_» or «-» "
                   + "(at most 64), such as «passport»")
            return nil
        }
        return text
    }

    /// This value as a ``LocalizedText`` map with non-empty `ru` and `en`.
    func localizedText() -> LocalizedText? {
        guard let map = map(allowedKeys: ["ru", "en"]) else { return nil }
        let ru = map.required("ru")?.nonEmptyString()
        let en = map.required("en")?.nonEmptyString()
        guard let ru, let en else { return nil }
        return LocalizedText(ru: ru, en: en)
    }

    /// Text with something in it besides spaces.
    func nonEmptyString() -> String? {
        guard let text = string() else { return nil }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            report(.invalidValue, "must not be blank")
            return nil
        }
        return text
    }
}
