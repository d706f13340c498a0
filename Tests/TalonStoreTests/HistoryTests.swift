import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("A long history does not slow a restart")
struct HistoryTests {
    @Test("50,000 historical tickets and a snapshot: recover reads only what follows the snapshot")
    func bulkHistoryAndRecover() async throws {
        try await withJournal { journal, temporary in
            let firstRealDay = TicketFixtures.day
            let summary = try await journal.insertSyntheticHistory(
                SyntheticHistory(tickets: 50_000, ticketsPerDay: 800, before: firstRealDay))
            #expect(summary?.tickets == 50_000)
            #expect(summary?.lastDay == BusinessDay(year: 2026, month: 11, day: 20))

            // The history's business days and counts.
            let lastDay = try #require(summary?.lastDay)
            let counts = try await journal.serviceDayCounts(from: lastDay, through: lastDay)
            let issued = counts.map(\.issued).reduce(0, +)
            #expect(issued == 400) // 50,000 = 62 full days of 800 and a last one of 400
            #expect(counts.allSatisfy { $0.live == 0 })
            let history = try await journal.tickets(of: lastDay)
            #expect(history.count == 400)
            #expect(history.allSatisfy { !$0.isLive && $0.finishedAt != nil })
            // synchronous is FULL again after the bulk load's OFF, on the writer it used.
            let sync = try await journal.database.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
            #expect(sync == 2)

            // The hall's own life after it: events and a snapshot.
            var script = JournalScript()
            var entries: [JournalEntry] = []
            for n in 1...200 { entries.append(script.issue(TicketFixtures.ticket(n))) }
            try journal.commit(JournalBatch(entries: entries))
            try await journal.saveSnapshot(Snapshot(sequence: 150, at: script.now, state: Data(count: 64 * 1024)))
            try journal.close()

            let reopened = try temporary.open()
            defer { try? reopened.close() }
            let recovery = try await reopened.recover()
            #expect(recovery.snapshot?.sequence == 150)
            #expect(recovery.events.map(\.sequence) == Array(151...200))
            // Speed is a benchmark (talon bench engine, BENCHMARKS.md), not a timed test:
            // here, that recovery reads only what follows the snapshot.
            #expect(try await reopened.integrityCheck() == "ok")
        }
    }

    @Test("the bulk load puts FULL back on the writer it used")
    func synchronousRestored() async throws {
        try await withJournal { journal, _ in
            try await journal.insertSyntheticHistory(SyntheticHistory(tickets: 10, before: TicketFixtures.day))
            let sync = try await journal.database.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
            #expect(sync == 2)
        }
    }
}
