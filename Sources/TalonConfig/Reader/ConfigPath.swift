/// Where a value sits in the document, as a person would write it: `services[3].prefix`.
///
/// List indexes count from 0, as in jq and JSONPath; the line number in every error
/// points at the item anyway.
struct ConfigPath: Hashable, Sendable, CustomStringConvertible {
    enum Component: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    private(set) var components: [Component] = []

    /// The whole document.
    static let root = ConfigPath()

    func appending(key: String) -> ConfigPath {
        var path = self
        path.components.append(.key(key))
        return path
    }

    func appending(index: Int) -> ConfigPath {
        var path = self
        path.components.append(.index(index))
        return path
    }

    /// `services[3].prefix`; empty for the root.
    var description: String {
        var text = ""
        for component in components {
            switch component {
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            case .index(let index):
                text += "[\(index)]"
            }
        }
        return text
    }
}
