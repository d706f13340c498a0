public import TalonCore
public import TalonStore

/// Where SSE clients catch up from: the journal, read by sequence number.
public protocol EventHistory: Sendable {
    /// Up to `limit` events with a sequence above `sequence`, in order.
    func eventsAfter(sequence: Int64, limit: Int) async throws -> [JournaledEvent]
    /// A ticket from the read models, also one the engine's state no longer holds.
    func ticket(_ id: TicketID) async throws -> Ticket?
}

extension SQLiteJournal: EventHistory {}
