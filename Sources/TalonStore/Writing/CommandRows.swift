public import TalonCore

/// The rows one command writes to the journal, with their JSON already made: its
/// `commands` row, and each event's `events` row beside the event itself (for the read
/// models).
///
/// A commit encodes each ``JournalEntry`` into this and writes it (``BatchWriter``).
/// `talon bench engine` also reads a journal's commands back in this form and writes
/// them again into an empty journal, one transaction each: the cost of a command's own
/// SQL and fsync, without the engine and without encoding.
public struct CommandRows: Sendable {
    struct EventRow: Sendable {
        var event: JournaledEvent
        var payload: String
    }

    var id: String
    var at: Int64
    var command: String
    var result: String
    var events: [EventRow]

    /// The command's id.
    public var commandID: CommandID { CommandID(id) }
    /// How many events it journaled.
    public var eventCount: Int { events.count }
}

extension CommandRows {
    /// `entry` as rows. Throws ``StoreError/Code/encodingFailed`` naming the part that
    /// would not encode.
    init(_ entry: JournalEntry, path: String) throws(StoreError) {
        let id = entry.command.id.rawValue
        do {
            command = try JSONCoding.text(entry.command.command)
            result = try JSONCoding.text(entry.result)
        } catch {
            throw StoreError.encodingFailed(path, "command «\(id)»", error)
        }
        var events: [EventRow] = []
        events.reserveCapacity(entry.events.count)
        for journaled in entry.events {
            do {
                events.append(EventRow(event: journaled, payload: try JSONCoding.text(journaled.event)))
            } catch {
                throw StoreError.encodingFailed(path, "event \(journaled.sequence) (\(journaled.event.name))", error)
            }
        }
        self.id = id
        self.at = UnixNanos.from(entry.at)
        self.events = events
    }
}
