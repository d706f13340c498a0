import TalonCore
import GRDB

/// Writes commands' rows inside the transaction GRDB opened for them: every command
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
        try write(batch.entries.map { entry throws(StoreError) in try CommandRows(entry, path: path) })
    }

    /// Writes `commands` in order; the statements are looked up once for all of them.
    func write(_ commands: [CommandRows]) throws {
        let insertCommand = try db.cachedStatement(sql: Self.insertCommand)
        let insertEvent = try db.cachedStatement(sql: Self.insertEvent)
        let projector = ReadModelProjector(db: db)
        for rows in commands {
            try write(rows, insertCommand, insertEvent, projector)
        }
    }

    private func write(_ rows: CommandRows, _ insertCommand: Statement, _ insertEvent: Statement,
                       _ projector: ReadModelProjector) throws {
        do {
            try insertCommand.execute(arguments: [
                rows.id, rows.at, rows.events.first?.event.sequence, rows.events.last?.event.sequence,
                rows.command, rows.result,
            ])
        } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
            throw StoreError.duplicateCommand(path, rows.id, inBatch: false)
        }
        for row in rows.events {
            let journaled = row.event
            do {
                try insertEvent.execute(arguments: [
                    journaled.sequence, journaled.command.rawValue, UnixNanos.from(journaled.at),
                    journaled.event.name, journaled.event.ticketID?.rawValue, row.payload,
                ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_PRIMARYKEY {
                throw StoreError.sequenceConflict(path, journaled.sequence)
            }
            try projector.apply(journaled)
        }
    }
}
