import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("Command ids are unique and keep their first answer")
struct IdempotencyTests {
    @Test("a command id already committed is refused and nothing of the batch is written")
    func duplicateAgainstTable() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let first = TicketFixtures.ticket(1)
            try journal.commit(JournalBatch(entries: [script.issue(first, id: "req-1")]))

            let other = TicketFixtures.ticket(2)
            let batch = JournalBatch(entries: [script.issue(other, id: "req-2"), script.issue(TicketFixtures.ticket(3), id: "req-1")])
            let error = #expect(throws: StoreError.self) { try journal.commit(batch) }
            #expect(error?.code == .duplicateCommand)
            #expect(error?.message.contains("req-1") == true)
            #expect(error?.message.contains(journal.path) == true)

            // No partial write: neither req-2, nor its events, nor its ticket.
            #expect(try journal.results(of: ["req-2"]).isEmpty)
            #expect(try await journal.ticket(other.id) == nil)
            #expect(try await journal.lastSequence() == 1)
            #expect(try journal.results(of: ["req-1"]) == ["req-1": .ticket(TicketAnswer(ticket: first))])
        }
    }

    @Test("a command id twice in one batch is refused")
    func duplicateInBatch() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let batch = JournalBatch(entries: [script.issue(TicketFixtures.ticket(1), id: "x"),
                                               script.issue(TicketFixtures.ticket(2), id: "x")])
            let error = #expect(throws: StoreError.self) { try journal.commit(batch) }
            #expect(error?.code == .duplicateCommand)
            let last = try await journal.lastSequence()
            #expect(last == 0)
        }
    }

    @Test("a sequence number already used is refused")
    func sequenceConflict() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            try journal.commit(JournalBatch(entries: [script.issue(TicketFixtures.ticket(1))]))
            let batch = JournalBatch(entries: [JournalScript(firstSequence: 1).issueing(TicketFixtures.ticket(2), id: "new")])
            let error = #expect(throws: StoreError.self) { try journal.commit(batch) }
            #expect(error?.code == .sequenceConflict)
            #expect(try journal.results(of: ["new"]).isEmpty)
        }
    }

    @Test("results(of:) answers a batch of ids in one go with the first answers")
    func results() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            var entries: [JournalEntry] = []
            for n in 1...40 { entries.append(script.issue(TicketFixtures.ticket(n), id: CommandID("r-\(n)"))) }
            entries.append(script.entry(.callNext(window: "w9"), id: "empty", result: .nothingWaiting(window: "w9"), events: []))
            try journal.commit(JournalBatch(entries: entries))

            let asked: [CommandID] = ["r-1", "r-40", "empty", "never", "r-1"]
            let answers = try journal.results(of: asked)
            #expect(Set(answers.keys) == ["r-1", "r-40", "empty"])
            #expect(answers["r-40"] == .ticket(TicketAnswer(ticket: TicketFixtures.ticket(40))))
            #expect(answers["empty"] == .nothingWaiting(window: "w9"))
            #expect(try journal.results(of: []).isEmpty)

            // More ids than one IN list holds.
            let many = (1...1_200).map { CommandID("r-\($0)") }
            #expect(try journal.results(of: many).count == 40)

            // The commands row remembers the event range.
            try await journal.database.read { db in
                let row = try #require(try Row.fetchOne(db, sql: "SELECT first_seq, last_seq FROM commands WHERE id = 'r-2'"))
                #expect(row[0] as Int64 == 2 && row[1] as Int64 == 2)
                #expect(try Row.fetchOne(db, sql: "SELECT first_seq FROM commands WHERE id = 'empty'")?[0] as Int64? == nil)
            }
        }
    }
}

private extension JournalScript {
    func issueing(_ ticket: Ticket, id: CommandID) -> JournalEntry {
        var copy = self
        return copy.issue(ticket, id: id)
    }
}
