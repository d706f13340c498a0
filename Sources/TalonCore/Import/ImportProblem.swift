/// Something wrong with one field of an imported row: what kind of problem, in which
/// field, and a message in Russian and English.
///
/// Adapters add the place: the CSV import makes `notices.csv:7: status: …` of it, the
/// HTTP API `[6].status: …`.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    /// The kind of a problem, for adapters that map it to their own error codes.
    public enum Kind: String, Sendable, Hashable {
        /// A required field is absent or empty.
        case missing
        /// A value that is not allowed: badly formed, too long, out of range.
        case invalid
        /// A reference to a service or category this hall does not have.
        case unknownReference = "unknown_reference"
        /// The same booking code or application twice in one import.
        case duplicate
    }

    /// The field (the CSV column or the JSON key): `slot`, `service`…
    public var field: String
    public var kind: Kind
    /// «…по-русски / …in English».
    public var message: String

    public init(field: String, kind: Kind, message: String) {
        self.field = field
        self.kind = kind
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
