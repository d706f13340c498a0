public import TalonCore
import GRDB

enum EventQueries {
    /// Events with `seq > after` (all without `after`), in order, at most `limit`.
    static func events(after: Int64?, limit: Int?, db: Database, path: String) throws -> [JournaledEvent] {
        let statement = try db.cachedStatement(sql: """
            SELECT seq, command_id, at, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?
            """)
        // LIMIT -1 is no limit. <https://www.sqlite.org/lang_select.html#the_limit_clause>
        let rows = try Row.fetchCursor(statement, arguments: [after ?? Int64.min, limit ?? -1])
        var events: [JournaledEvent] = []
        while let row = try rows.next() { events.append(try event(row, payload: row[3], path: path)) }
        return events
    }

    /// The event of a row selected as `seq, command_id, at, …` with its `payload` read.
    static func event(_ row: Row, payload: String, path: String) throws -> JournaledEvent {
        let seq: Int64 = row[0]
        let event: Event
        do {
            event = try JSONCoding.decode(Event.self, from: payload)
        } catch {
            throw StoreError.decodingFailed(path, "event \(seq)", error)
        }
        return JournaledEvent(sequence: seq, command: CommandID(row[1] as String), at: UnixNanos.date(row[2]), event: event)
    }

    /// The sequence number of the last journaled event, 0 for an empty journal.
    static func lastSequence(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(seq) FROM events")) ?? 0
    }
}

extension SQLiteJournal {
    /// Up to `limit` events after `sequence`, in order: what an SSE client that last saw
    /// `sequence` (its `Last-Event-ID`) has missed.
    public func eventsAfter(sequence: Int64, limit: Int) async throws -> [JournaledEvent] {
        guard limit > 0 else { return [] }
        return try await reading("events after \(sequence)") { [path] db in
            try EventQueries.events(after: sequence, limit: limit, db: db, path: path)
        }
    }

    /// The sequence number of the last journaled event, 0 for an empty journal.
    public func lastSequence() async throws -> Int64 {
        try await reading("the last sequence number", EventQueries.lastSequence)
    }
}
