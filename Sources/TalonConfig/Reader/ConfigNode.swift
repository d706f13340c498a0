import Yams

/// A value of the YAML document that knows where it is: its key path
/// (`services[3].prefix`) and its line, so that every problem found in it can be
/// reported as `hall.yaml:42: services[3].prefix: …`.
///
/// Section parsers read the document through nodes and never see YAML types. The typed
/// getters (``string()``, ``int(in:)``, ``double(in:)``, ``bool()``, ``list()``,
/// ``map(allowedKeys:)``) return `nil` after recording an error when the value is of the
/// wrong kind, so a parser can go on and report every problem in one run:
///
/// ```swift
/// guard let item = node.map(allowedKeys: ["id", "queue"]),
///       let id = item.string("id") else { return nil }
/// let queue = item.optionalString("queue") ?? id
/// ```
///
/// For problems the getters cannot see — an unknown reference, a duplicate — call
/// ``report(_:_:)`` on the node the problem is about.
struct ConfigNode {
    /// What a node holds, as YAML sees it.
    enum Kind: Equatable {
        /// A scalar, as written: `42`, `Паспорт`, `08:00-20:00`. Quoting is gone.
        case text(String)
        case list
        case map
        /// Nothing: an empty value (`key:`), `~` or `null`.
        case empty
    }

    /// Where the node is: `services[3].prefix`.
    let path: ConfigPath
    /// The line the value starts on (from 1).
    let line: Int
    /// The column the value starts at (from 1, in Unicode scalars).
    let column: Int
    let kind: Kind
    /// The YAML node; kept inside the reader.
    let yaml: Node
    /// Where errors go.
    let diagnostics: ConfigDiagnostics

    init(_ yaml: Node, path: ConfigPath, diagnostics: ConfigDiagnostics, fallbackLine: Int = 1) {
        self.yaml = yaml
        self.path = path
        self.diagnostics = diagnostics
        self.line = yaml.mark?.line ?? fallbackLine
        self.column = yaml.mark?.column ?? 1
        switch yaml {
        case .scalar(let scalar):
            // A plain `~`, `null` or nothing is empty; a quoted "" or "null" is text.
            self.kind = scalar.style == .plain && yaml.tag.rawValue == Tag.Name.null.rawValue ? .empty : .text(scalar.string)
        case .sequence: self.kind = .list
        case .mapping: self.kind = .map
        case .alias: self.kind = .empty
        }
    }

    /// Whether the value is empty (`key:`, `~`, `null`).
    var isEmpty: Bool { kind == .empty }

    /// The value as a message shows it after "found": `«abc»`, `a list`, `a map`, `nothing`.
    var found: String {
        switch kind {
        case .text(let text): ConfigNode.quote(text)
        case .list: "a list"
        case .map: "a map of keys and values"
        case .empty: "nothing"
        }
    }

    // MARK: Errors

    /// An error about this node, with its file, line and key path.
    func error(_ code: ConfigError.Code, _ message: String) -> ConfigError {
        ConfigError(code, file: diagnostics.file, line: line, column: column,
                    path: path.description, message: message)
    }

    /// Records an error about this node; parsing goes on.
    func report(_ code: ConfigError.Code, _ message: String) {
        diagnostics.record(error(code, message))
    }

    /// Records "expected `what`, found …".
    func reportWrongType(expected what: String) {
        report(.wrongType, "expected \(what), found \(found)")
    }

    /// `«text»`, shortened and with control characters made visible, so that garbage in a
    /// file never garbles the terminal.
    static func quote(_ text: String, limit: Int = 40) -> String {
        var shown = ""
        var count = 0
        for character in text {
            if count == limit { shown += "…"; break }
            count += 1
            if character == "\n" { shown += "\\n"; continue }
            if character == "\t" { shown += "\\t"; continue }
            if character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control
                || $0.properties.generalCategory == .format && $0.value != 0x200D }) {
                shown += "�"
            } else {
                shown.append(character)
            }
        }
        return "«\(shown)»"
    }
}
