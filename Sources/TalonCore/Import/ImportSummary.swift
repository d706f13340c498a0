/// What became of the rows of an import: how many changed the hall, how many were
/// already there as they are, and which the hall refused.
///
/// Importing the same rows twice gives `loaded: 0` the second time: every row is
/// ``unchanged``.
public struct ImportSummary: Sendable, Codable, Hashable {
    /// Rows that were new or changed, and are now in the hall (journaled).
    public var loaded: Int
    /// Rows the hall already had exactly so (or had already taken once under the same
    /// content: see ``ImportCommandID``).
    public var unchanged: Int
    /// Rows the hall refused, such as a changed booking whose visitor has already
    /// checked in.
    public var refused: [ImportRefusal]

    public init(loaded: Int = 0, unchanged: Int = 0, refused: [ImportRefusal] = []) {
        self.loaded = loaded
        self.unchanged = unchanged
        self.refused = refused
    }

    /// Adds the counts of `other` (a later chunk of the same import); its refusals keep
    /// their own indexes.
    public mutating func add(_ other: ImportSummary) {
        loaded += other.loaded
        unchanged += other.unchanged
        refused += other.refused
    }

    /// One line, Russian first: «загружено 12 записей на приём, без изменений 3 /
    /// loaded 12 appointments, 3 unchanged», with the refusals counted where there are any.
    public func text(_ kind: ImportKind) -> String {
        var ru = "загружено \(kind.russian(loaded)), без изменений \(unchanged)"
        var en = "loaded \(kind.english(loaded)), \(unchanged) unchanged"
        if !refused.isEmpty {
            ru += ", отклонено \(refused.count)"
            en += ", \(refused.count) refused"
        }
        return ru + " / " + en
    }
}

/// A row of an import the hall refused, and why.
public struct ImportRefusal: Sendable, Codable, Hashable {
    /// The row's place in the list that was imported, from 0.
    public var index: Int
    /// The booking code or application number of the row.
    public var key: String
    /// The ``HallError/Code`` of the refusal (`conflict`, `unknown_service`…).
    public var code: String
    /// Why, in Russian, from the hall engine.
    public var message: String

    public init(index: Int, key: String, code: String, message: String) {
        self.index = index
        self.key = key
        self.code = code
        self.message = message
    }
}
