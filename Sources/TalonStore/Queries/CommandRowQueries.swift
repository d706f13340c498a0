import TalonCore
import GRDB

enum CommandRowQueries {
    /// Every command that journaled events, in sequence order, with its events' rows.
    static func all(db: Database, path: String) throws -> [CommandRows] {
        var eventsByCommand: [String: [CommandRows.EventRow]] = [:]
        let events = try Row.fetchCursor(db, sql: "SELECT seq, command_id, at, payload FROM events ORDER BY seq")
        while let row = try events.next() {
            let payload: String = row[3]
            let event = try EventQueries.event(row, payload: payload, path: path)
            eventsByCommand[event.command.rawValue, default: []].append(.init(event: event, payload: payload))
        }
        let commands = try Row.fetchCursor(db, sql: """
            SELECT id, at, command, result FROM commands WHERE first_seq IS NOT NULL ORDER BY first_seq
            """)
        var out: [CommandRows] = []
        while let row = try commands.next() {
            let id: String = row[0]
            out.append(CommandRows(id: id, at: row[1], command: row[2], result: row[3], events: eventsByCommand[id] ?? []))
        }
        return out
    }
}

extension SQLiteJournal {
    /// Every command that journaled events, in sequence order, as the rows it wrote.
    public func storedCommands() async throws -> [CommandRows] {
        try await reading("every command's rows") { [path] db in try CommandRowQueries.all(db: db, path: path) }
    }

    /// Writes one command's rows in one transaction, with the statements a commit uses,
    /// and returns after the commit (`synchronous=FULL`). For `talon bench engine`: a
    /// command's own SQL and fsync, without the engine and without encoding.
    public func write(_ rows: CommandRows) throws {
        try writingNow("a command's rows") { [path] db in try BatchWriter(db: db, path: path).write([rows]) }
    }
}
