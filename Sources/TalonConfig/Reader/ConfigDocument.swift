import Foundation

/// Reads a whole YAML document through ``ConfigNode``s and turns its recorded errors
/// into ``ConfigErrors``: the front end of ``HallConfigLoader``, with the hall itself
/// built by `build` (``HallDocument/build(_:)``).
///
/// `build` returns `nil` or records errors for a document it cannot use; either way
/// the caller gets every recorded error as ``ConfigErrors``. (Input profiles are read
/// with ``YAMLDocument`` directly and their errors added to the hall's: see
/// ``InputProfiles``.)
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
