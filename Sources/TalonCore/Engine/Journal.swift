public import Foundation

/// Where the engine makes its events durable. `TalonStore` implements it on SQLite;
/// the core only knows this protocol, so it stays free of I/O.
///
/// The engine is the only writer. It calls ``commit(_:)`` with one batch at a time and
/// answers the batch's commands only after the call returns.
///
/// ``commit(_:)`` and ``results(of:)`` are synchronous: they block the calling thread
/// until the disk has answered. The engine calls them from its own thread, where
/// waiting is what it should do; other callers should not call them from the
/// cooperative pool.
public protocol Journal: Sendable {
    /// The latest snapshot and every event after it, in order; with `usingSnapshot` false,
    /// no snapshot and every event from the first (the way back when a snapshot cannot be
    /// read, e.g. one written by an older Talon).
    func recover(usingSnapshot: Bool) async throws -> Recovery

    /// Appends a batch in one transaction: its events (with the sequence numbers the
    /// engine gave them), each command's id and first answer, and the read models
    /// (tickets, windows, ratings) those events update. Returns after the commit is on
    /// disk; throws and writes nothing if it could not be, or if a command id of the
    /// batch is already in the journal (its first answer stands; the engine reads it
    /// with ``results(of:)``).
    func commit(_ batch: JournalBatch) throws

    /// The first answers of the commands among `ids` that were ever committed.
    func results(of ids: [CommandID]) throws -> [CommandID: CommandResult]

    /// Saves a snapshot of the engine state as of `sequence`.
    func saveSnapshot(_ snapshot: Snapshot) async throws
}

extension Journal {
    /// The latest snapshot and every event after it, in order.
    public func recover() async throws -> Recovery { try await recover(usingSnapshot: true) }
}

/// One group commit: the commands decided since the previous commit.
public struct JournalBatch: Sendable {
    public var entries: [JournalEntry]

    public init(entries: [JournalEntry]) { self.entries = entries }
}

/// One command in a batch, its events and its answer.
public struct JournalEntry: Sendable {
    public var command: CommandEnvelope
    public var at: Date
    public var events: [JournaledEvent]
    public var result: CommandResult

    public init(command: CommandEnvelope, at: Date, events: [JournaledEvent], result: CommandResult) {
        self.command = command
        self.at = at
        self.events = events
        self.result = result
    }
}

/// The engine state as of a sequence number, encoded by the engine (the journal keeps
/// it as an opaque blob).
public struct Snapshot: Sendable {
    public var sequence: Int64
    public var at: Date
    public var state: Data

    public init(sequence: Int64, at: Date, state: Data) {
        self.sequence = sequence
        self.at = at
        self.state = state
    }
}

/// What a restart starts from.
public struct Recovery: Sendable {
    public var snapshot: Snapshot?
    /// Events after the snapshot (all of them without one), in sequence order.
    public var events: [JournaledEvent]

    public init(snapshot: Snapshot?, events: [JournaledEvent]) {
        self.snapshot = snapshot
        self.events = events
    }
}
