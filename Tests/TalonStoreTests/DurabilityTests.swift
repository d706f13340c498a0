import Foundation
import GRDB
import Synchronization
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("Durability settings and group commit")
struct DurabilityTests {
    @Test("journal_mode is WAL and synchronous is FULL on the writer and on readers")
    func pragmas() async throws {
        try await withJournal { journal, temporary in
            let writer = try await journal.database.writeWithoutTransaction { db in
                (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
            }
            #expect(writer.0 == "wal")
            #expect(writer.1 == 2) // 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA
            let reader = try await journal.database.read { db in
                (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
            }
            #expect(reader.0 == "wal")
            #expect(reader.1 == 2)

            #expect(try await journal.integrityCheck() == "ok")

            // The next process to open the file gets the same settings. (Not while this one
            // has it open: one journal, one writer — see JournalLockTests.)
            try journal.close()
            let other = try temporary.open()
            defer { try? other.close() }
            let sync = try await other.database.writeWithoutTransaction { try Int.fetchOne($0, sql: "PRAGMA synchronous") }
            #expect(sync == 2)
        }
    }

    @Test("a batch of 64 commands is one transaction")
    func groupCommit() async throws {
        try await withJournal { journal, _ in
            let observer = CommitCounter()
            journal.database.add(transactionObserver: observer)
            var script = JournalScript()
            var entries: [JournalEntry] = [script.open("w1")]
            for n in 1...63 { entries.append(script.issue(TicketFixtures.ticket(n))) }
            try journal.commit(JournalBatch(entries: entries))

            let seen = observer.counts
            #expect(seen.commits == [64 + 64 + 63 + 1]) // one commit: 64 commands, 64 events, 63 tickets, 1 window
            #expect(try journal.results(of: entries.map(\.command.id)).count == 64)
        }
    }

    @Test("snapshots: the latest three are kept")
    func snapshotsKeepThree() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            var entries: [JournalEntry] = []
            for n in 1...10 { entries.append(script.issue(TicketFixtures.ticket(n))) }
            try journal.commit(JournalBatch(entries: entries))
            for seq in [2, 4, 6, 8, 10] as [Int64] {
                try await journal.saveSnapshot(Snapshot(sequence: seq, at: script.now, state: Data([UInt8(seq)])))
            }
            let kept = try await journal.database.read { try SnapshotStore.sequences($0) }
            #expect(kept == [6, 8, 10])
            #expect(try await journal.recover().snapshot?.state == Data([10]))

            // Saving at the same sequence again replaces it.
            try await journal.saveSnapshot(Snapshot(sequence: 10, at: script.now, state: Data([99])))
            #expect(try await journal.recover().snapshot?.state == Data([99]))

            // Not past the last event.
            let error = await #expect(throws: StoreError.self) {
                try await journal.saveSnapshot(Snapshot(sequence: 11, at: script.now, state: Data()))
            }
            #expect(error?.code == .invalidArgument)
        }
    }
}

/// Counts the rows each committed transaction inserted or updated.
final class CommitCounter: TransactionObserver, Sendable {
    private let state = Mutex((pending: 0, commits: [Int]()))

    var counts: (pending: Int, commits: [Int]) { state.withLock { $0 } }

    func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool { true }
    func databaseDidChange(with event: DatabaseEvent) { state.withLock { $0.pending += 1 } }
    func databaseDidCommit(_ db: Database) {
        state.withLock { s in
            s.commits.append(s.pending)
            s.pending = 0
        }
    }
    func databaseDidRollback(_ db: Database) { state.withLock { $0.pending = 0 } }
}
