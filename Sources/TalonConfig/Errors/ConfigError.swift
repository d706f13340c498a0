/// One problem found in a hall configuration, with where it is.
///
/// Rendered as `file:line: key.path: message`, the way compilers and editors expect:
///
///     kiosk/demo/hall.yaml:42: services[3].prefix: «А» is already used by service passport
///
/// The ``code`` says what kind of problem it is, for code that reacts to it; the
/// ``message`` says it to a person. Build one with ``ConfigNode/error(_:_:)`` inside a
/// section parser, so that file, line and key path are filled in.
///
/// The CSV imports (``AppointmentImport``, ``NoticeImport``) report their problems the
/// same way, with the column as the path: `notices.csv:7: status: …`.
public struct ConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the configuration came from, as given to the loader (or a label such as
    /// `kiosk/demo/hall.yaml` for text parsed from memory).
    public var file: String
    /// The line (from 1), or `nil` when the problem is not at a place in the text
    /// (the file cannot be read).
    public var line: Int?
    /// The column (from 1, in Unicode scalars), when known. Not rendered.
    public var column: Int?
    /// Where in the document: `services[3].prefix`; empty for the whole document.
    public var path: String
    /// What kind of problem it is.
    public var code: Code
    /// What is wrong and, where it helps, what to write instead.
    public var message: String

    /// An error at `line` of `file`. Inside a section parser, prefer
    /// ``ConfigNode/error(_:_:)``, which fills in the place.
    public init(_ code: Code, file: String, line: Int?, column: Int? = nil, path: String = "",
                message: String) {
        self.code = code
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.message = message
    }

    /// `file:line: path: message`, leaving out what is unknown.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if !path.isEmpty { text += path + ": " }
        return text + message
    }
}

extension ConfigError {
    /// The kind of a ``ConfigError``. A struct around a private enum, so that kinds can
    /// be added without breaking callers that switch over them.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Kind: String, Hashable, Sendable {
            case unreadable, syntax, unknownKey, missingKey, wrongType, invalidValue
            case duplicate, unknownReference
        }

        private let kind: Kind
        private init(_ kind: Kind) { self.kind = kind }

        /// The file cannot be read, or is not UTF-8 text.
        public static let unreadable = Code(.unreadable)
        /// The text is not valid YAML (or is too large or too deeply nested to be a hall).
        public static let syntax = Code(.syntax)
        /// A key the configuration does not know, usually a typo.
        public static let unknownKey = Code(.unknownKey)
        /// A required key is absent.
        public static let missingKey = Code(.missingKey)
        /// A value of the wrong kind: text where a number belongs, a list where a map does.
        public static let wrongType = Code(.wrongType)
        /// A value of the right kind that is not allowed: out of range, badly formed, an
        /// unknown time zone.
        public static let invalidValue = Code(.invalidValue)
        /// An id, prefix or window number used twice.
        public static let duplicate = Code(.duplicate)
        /// A reference to something not configured: a window serving an unknown service.
        public static let unknownReference = Code(.unknownReference)

        /// `unknown_key`, `wrong_type`… for logs and JSON.
        public var description: String {
            kind.rawValue.reduce(into: "") { text, character in
                if character.isUppercase { text += "_" + character.lowercased() } else { text.append(character) }
            }
        }
    }
}
