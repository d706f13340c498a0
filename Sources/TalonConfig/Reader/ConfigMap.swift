/// A map node of the document, with getters by key.
///
/// Required getters (``string(_:)``, ``int(_:in:)``…) record "missing key" when the key
/// is absent; `optional…` getters return `nil` for an absent or empty key and record an
/// error only when a value is there and wrong. Every getter records at most one error.
struct ConfigMap {
    /// One key and its value, in the order of the file.
    struct Entry {
        let key: String
        /// The line of the key, for errors about the key itself.
        let keyLine: Int
        let value: ConfigNode
    }

    /// The map itself: its path and line, for errors about the whole map.
    let node: ConfigNode
    /// The keys and values, in the order of the file.
    let entries: [Entry]

    var path: ConfigPath { node.path }

    /// The value at `key`, or `nil` if the key is absent. No error is recorded.
    subscript(key: String) -> ConfigNode? {
        entries.first { $0.key == key }?.value
    }

    /// Whether `key` is present (even with an empty value).
    func contains(_ key: String) -> Bool {
        entries.contains { $0.key == key }
    }

    /// The value at `key`, or `nil` after recording "missing key".
    func required(_ key: String) -> ConfigNode? {
        guard let value = self[key] else {
            node.report(.missingKey, "missing required key «\(key)»")
            return nil
        }
        return value
    }

    /// The value at `key` unless absent or empty; no error is recorded.
    func optional(_ key: String) -> ConfigNode? {
        guard let value = self[key], !value.isEmpty else { return nil }
        return value
    }

    /// Records an unknown-key error for every key not in `allowed`, suggesting the
    /// closest allowed key when there is one.
    func checkKeys(allowed: [String]) {
        for entry in entries where !allowed.contains(entry.key) {
            let message: String
            if let guess = Suggestion.closest(to: entry.key, among: allowed) {
                message = "unknown key; did you mean «\(guess)»?"
            } else {
                message = "unknown key; the keys here are " + allowed.joined(separator: ", ")
            }
            node.diagnostics.record(.unknownKey, line: entry.keyLine, path: path.appending(key: entry.key), message)
        }
    }

    /// Records an error about the whole map.
    func report(_ code: ConfigError.Code, _ message: String) {
        node.report(code, message)
    }

    // MARK: Required values

    func string(_ key: String) -> String? { required(key)?.string() }
    func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? { required(key)?.int(in: range) }
    func double(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? { required(key)?.double(in: range) }
    func bool(_ key: String) -> Bool? { required(key)?.bool() }
    func list(_ key: String) -> [ConfigNode]? { required(key)?.list() }
    func map(_ key: String, allowedKeys: [String]? = nil) -> ConfigMap? {
        required(key)?.map(allowedKeys: allowedKeys)
    }

    // MARK: Optional values (absent or empty gives nil)

    func optionalString(_ key: String) -> String? { optional(key)?.string() }
    func optionalInt(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? { optional(key)?.int(in: range) }
    func optionalDouble(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        optional(key)?.double(in: range)
    }
    func optionalBool(_ key: String) -> Bool? { optional(key)?.bool() }
    func optionalMap(_ key: String, allowedKeys: [String]? = nil) -> ConfigMap? {
        optional(key)?.map(allowedKeys: allowedKeys)
    }
}
