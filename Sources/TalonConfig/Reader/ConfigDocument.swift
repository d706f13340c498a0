import Foundation

/// Reads any YAML document through ``ConfigNode``s: the hall file, and other files
/// written the same way (device and printer profiles under `hardware/`).
///
/// ```swift
/// let profile = try ConfigDocument.load(path: "hardware/input/rating-4.yaml") { root in
///     guard let map = root.map(allowedKeys: ["name", "keys"]) else { return nil }
///     return map.string("name")
/// }
/// ```
///
/// `build` returns `nil` or records errors for a document it cannot use; either way
/// the caller gets every recorded error as ``ConfigErrors``.
enum ConfigDocument {
    /// Reads and parses the file at `path` (at most 1 MiB of UTF-8).
    static func load<Value>(path: String, build: (ConfigNode) -> Value?) throws(ConfigErrors) -> Value {
        let data = try ConfigFile.read(path: path)
        return try parse(data: data, file: path, build: build)
    }

    /// Parses UTF-8 bytes; `file` names them in errors.
    static func parse<Value>(data: Data, file: String, build: (ConfigNode) -> Value?) throws(ConfigErrors) -> Value {
        let text = try ConfigFile.decode(data, file: file)
        return try parse(yaml: text, file: file, build: build)
    }

    /// Parses text; `file` names it in errors.
    static func parse<Value>(yaml: String, file: String, build: (ConfigNode) -> Value?) throws(ConfigErrors) -> Value {
        let diagnostics = ConfigDiagnostics(file: file)
        guard let root = YAMLDocument.parse(yaml, diagnostics: diagnostics),
              let value = build(root), diagnostics.isEmpty else {
            throw ConfigErrors(diagnostics.errors.isEmpty
                ? [ConfigError(.invalidValue, file: file, line: nil, message: "the document could not be read")]
                : diagnostics.errors)
        }
        return value
    }
}
