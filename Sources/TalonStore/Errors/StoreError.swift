/// A journal failure that says what happened, to which file, and what to do.
///
/// A struct around a code rather than an enum, so codes can be added without breaking
/// callers (the swift-service-lifecycle pattern). Match on ``code``:
///
/// ```swift
/// } catch let error as StoreError where error.code == .duplicateCommand { … }
/// ```
public struct StoreError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure this is.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        private enum Base: String, Hashable, Sendable {
            case cannotOpen = "cannot_open"
            case migrationFailed = "migration_failed"
            case duplicateCommand = "duplicate_command"
            case sequenceConflict = "sequence_conflict"
            case encodingFailed = "encoding_failed"
            case decodingFailed = "decoding_failed"
            case writeFailed = "write_failed"
            case readFailed = "read_failed"
            case invalidArgument = "invalid_argument"
            case inUse = "in_use"
        }

        private let base: Base
        private init(_ base: Base) { self.base = base }

        /// The database file could not be opened or set up (permissions, missing
        /// directory, not an SQLite file, another program holding it).
        public static let cannotOpen = Code(.cannotOpen)
        /// The schema could not be brought to the current version.
        public static let migrationFailed = Code(.migrationFailed)
        /// A command id is already in the journal, or twice in one batch.
        public static let duplicateCommand = Code(.duplicateCommand)
        /// An event's sequence number is already in the journal.
        public static let sequenceConflict = Code(.sequenceConflict)
        /// A command, answer or event could not be encoded as JSON.
        public static let encodingFailed = Code(.encodingFailed)
        /// A stored row could not be decoded (a newer or damaged journal).
        public static let decodingFailed = Code(.decodingFailed)
        /// A write failed (disk full, I/O error, database locked); nothing was written.
        public static let writeFailed = Code(.writeFailed)
        /// A read failed.
        public static let readFailed = Code(.readFailed)
        /// A caller passed a value the journal cannot use.
        public static let invalidArgument = Code(.invalidArgument)
        /// Another process has the journal open (its lock file is locked): one journal,
        /// one engine. Send commands through that process instead.
        public static let inUse = Code(.inUse)

        /// The code's stable name, such as `duplicate_command`.
        public var description: String { base.rawValue }
    }

    /// What kind of failure this is.
    public let code: Code
    /// The journal file concerned.
    public let path: String
    /// What happened and what to do, for a log line or an operator.
    public let message: String
    /// The SQLite or decoding error underneath, if any.
    public let underlying: (any Error)?
    /// Where in Talon the error was raised, for bug reports.
    public let fileID: String
    public let line: Int

    init(_ code: Code, path: String, message: String, underlying: (any Error)? = nil,
         fileID: String = #fileID, line: Int = #line) {
        self.code = code
        self.path = path
        self.message = message
        self.underlying = underlying
        self.fileID = fileID
        self.line = line
    }

    public var description: String { "\(code): \(message)" }
}
