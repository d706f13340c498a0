import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("Schema upgrades and rewritten rows")
struct SchemaUpgradeTests {
    @Test("a journal from before v3 opens with its tickets, and the day's tickets are still found through an index")
    func v2JournalUpgrades() async throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        // A journal as the previous Talon left it: schema v2, with a ticket in it.
        let ticket = TicketFixtures.ticket(7)
        do {
            let queue = try DatabaseQueue(path: temporary.path)
            try Migrations.migrator.migrate(queue, upTo: "v2")
            try await queue.write { db in
                try db.execute(sql: ProjectionSQL.upsertTicket, arguments: TicketRow.arguments(ticket))
            }
            #expect(try await queue.read { try Self.indexes($0) }.contains("tickets_status"))
            try queue.close()
        }

        let journal = try temporary.open()
        defer { try? journal.close() }
        #expect(try await journal.ticket(ticket.id) == ticket)
        #expect(try await journal.tickets(of: ticket.businessDay).map(\.id) == [ticket.id])
        let (indexes, plan) = try await journal.database.read { db in
            (try Self.indexes(db), try Row.fetchAll(db, sql: """
                EXPLAIN QUERY PLAN SELECT id FROM tickets WHERE business_day = ? ORDER BY issued_at, id
                """, arguments: ["2026-11-23"]).map { $0["detail"] as String })
        }
        #expect(indexes == ["appointments_slot", "events_ticket", "ratings_at", "tickets_day_service"])
        #expect(plan.contains { $0.contains("USING INDEX tickets_day_service") }, "\(plan)")
    }

    @Test("a journal's commands, read back and written again, give the same read models")
    func rowsRewriteTheSameReadModels() async throws {
        let temporary = try TemporaryJournal()
        defer { temporary.remove() }
        let source = try SQLiteJournal(path: temporary.folder.file("source.sqlite"))
        var script = JournalScript()
        let tickets = (1...3).map { TicketFixtures.ticket($0) }
        for t in tickets { try source.commit(JournalBatch(entries: [script.issue(t)])) }
        try source.commit(JournalBatch(entries: [script.call(tickets[0].id, to: "w1")]))
        try source.commit(JournalBatch(entries: [script.finish(tickets[0].id, at: "w1")]))
        let rows = try await source.storedCommands()
        #expect(rows.map(\.eventCount) == [1, 1, 1, 1, 1])

        let copy = try temporary.open()
        defer { try? copy.close() }
        for r in rows { try copy.write(r) }
        let day = tickets[0].businessDay
        #expect(try await copy.tickets(of: day) == (try await source.tickets(of: day)))
        #expect(try await copy.windows() == (try await source.windows()))
        #expect(try await copy.recover(usingSnapshot: false).events == (try await source.recover(usingSnapshot: false).events))
        // The command's first answer came along: a retry of it would get it back.
        let first = rows[0].commandID
        #expect(try copy.results(of: [first]) == (try source.results(of: [first])))
        try source.close()
    }

    static func indexes(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
    }
}
