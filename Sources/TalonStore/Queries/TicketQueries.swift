public import TalonCore
import GRDB

extension SQLiteJournal {
    /// The ticket as the read model has it after the last commit, or nil.
    public func ticket(_ id: TicketID) async throws -> Ticket? {
        try await reading("ticket \(id)") { [path] db in
            guard let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT \(TicketRow.columns) FROM tickets WHERE id = ?"),
                arguments: [id.rawValue])
            else { return nil }
            return try decode(row, path: path)
        }
    }

    /// The tickets of a business day, in issue order.
    public func tickets(of day: BusinessDay) async throws -> [Ticket] {
        try await reading("the tickets of \(day)") { [path] db in
            let statement = try db.cachedStatement(sql: """
                SELECT \(TicketRow.columns) FROM tickets WHERE business_day = ? ORDER BY issued_at, id
                """)
            let rows = try Row.fetchCursor(statement, arguments: [day.description])
            var tickets: [Ticket] = []
            while let row = try rows.next() { tickets.append(try decode(row, path: path)) }
            return tickets
        }
    }
}

private func decode(_ row: Row, path: String) throws -> Ticket {
    do {
        return try TicketRow.ticket(row)
    } catch {
        throw StoreError.decodingFailed(path, "a ticket row", error)
    }
}
