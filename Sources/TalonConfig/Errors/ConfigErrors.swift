/// Every problem found in a hall configuration, in the order of the file.
///
/// The loader collects all problems it can instead of stopping at the first, so that one
/// run of `talon check-config` shows everything to fix. ``description`` prints one
/// error per line.
public struct ConfigErrors: Error, Sendable, Hashable, CustomStringConvertible {
    /// At least one error, sorted by line (errors without a line first).
    public var errors: [ConfigError]

    /// Sorts `errors` by line, keeping the order of errors on the same line.
    public init(_ errors: [ConfigError]) {
        self.errors = errors.enumerated().sorted { a, b in
            let (la, lb) = (a.element.line ?? 0, b.element.line ?? 0)
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }

    /// One rendered ``ConfigError`` per line.
    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }

    /// The number of errors.
    public var count: Int { errors.count }

    /// Whether any error has `code`.
    public func contains(_ code: ConfigError.Code) -> Bool {
        errors.contains { $0.code == code }
    }
}
