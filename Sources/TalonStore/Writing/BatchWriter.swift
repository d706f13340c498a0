import TalonCore
import GRDB

/// Writes one group commit inside the transaction GRDB opened for it: every command
/// row, every event and its read-model changes.
///
/// Statements are prepared once per connection and reused (`cachedStatement`): this is
/// the path the engine waits on. <https://www.sqlite.org/c3ref/stmt.html>
struct BatchWriter {
    let db: Database
    let path: String

    static let insertCommand = """
        INSERT INTO commands (id, at, first_seq, last_seq, command, result)
        VALUES (?, ?, ?, ?, ?, ?)
        """
    static let insertEvent = """
        INSERT INTO events (seq, command_id, at, type, ticket_id, payload)
        VALUES (?, ?, ?, ?, ?, ?)
        """

    func write(_ batch: JournalBatch) throws {
        let insertCommand = try db.cachedStatement(sql: Self.insertCommand)
        let insertEvent = try db.cachedStatement(sql: Self.insertEvent)
        let projector = ReadModelProjector(db: db)

        for entry in batch.entries {
            let id = entry.command.id.rawValue
            let command: String, result: String
            do {
                command = try JSONCoding.text(entry.command.command)
                result = try JSONCoding.text(entry.result)
            } catch {
                throw StoreError.encodingFailed(path, "command «\(id)»", error)
            }
            do {
                try insertCommand.execute(arguments: [
                    id, UnixNanos.from(entry.at), entry.events.first?.sequence, entry.events.last?.sequence,
                    command, result,
                ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw StoreError.duplicateCommand(path, id, inBatch: false)
            }

            for journaled in entry.events {
                let payload: String
                do {
                    payload = try JSONCoding.text(journaled.event)
                } catch {
                    throw StoreError.encodingFailed(path, "event \(journaled.sequence) (\(journaled.event.name))", error)
                }
                do {
                    try insertEvent.execute(arguments: [
                        journaled.sequence, journaled.command.rawValue, UnixNanos.from(journaled.at),
                        journaled.event.name, journaled.event.ticketID?.rawValue, payload,
                    ])
                } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                    throw StoreError.sequenceConflict(path, journaled.sequence)
                }
                try projector.apply(journaled)
            }
        }
    }
}
