import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

/// The commit-path and restart targets, measured on this machine's disk. Opt-in (they
/// take a minute and need a quiet machine): `TALON_STORE_BENCH=1 swift test -c release
/// -Xswiftc -enable-testing --filter CommitBenchmark`.
@Suite("Commit benchmarks", .enabled(if: ProcessInfo.processInfo.environment["TALON_STORE_BENCH"] != nil),
       .serialized)
struct CommitBenchmarkTests {
    @Test("one command's commit is within 1.2× of a plain fsync'd insert and commit")
    func singleCommandLatency() async throws {
        try await withJournal { journal, temporary in
            let rounds = 400
            // The baseline: one row, one transaction, same settings, same disk, same API.
            let plain = try DatabasePool(path: temporary.folder.file("plain.sqlite"),
                                         configuration: ConnectionSetup.configuration(.init()))
            try await plain.writeWithoutTransaction { try ConnectionSetup.restoreFullSync($0) }
            try await plain.write { try $0.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)") }
            let body = String(repeating: "x", count: 400)

            var script = JournalScript()
            var journalTimes: [Duration] = [], plainTimes: [Duration] = []
            let clock = ContinuousClock()
            for n in 1...rounds {
                // Interleaved, so both see the same disk weather.
                let entry = script.issue(TicketFixtures.ticket(n))
                let t0 = clock.now
                try journal.commit(JournalBatch(entries: [entry]))
                let t1 = clock.now
                try await plain.write { try $0.execute(sql: "INSERT INTO t (body) VALUES (?)", arguments: [body]) }
                let t2 = clock.now
                journalTimes.append(t1 - t0)
                plainTimes.append(t2 - t1)
            }
            try plain.close()
            let j = Stats(journalTimes), p = Stats(plainTimes)
            print("commit latency: journal \(j), plain insert \(p), median ratio \(j.median / p.median)")
            #expect(j.median / p.median <= 1.2)
        }
    }

    @Test("64 concurrent submitters in one transaction: at least 5,000 commands a second")
    func groupCommitThroughput() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let batches = 60
            var all: [JournalBatch] = []
            var number = 0
            for _ in 0..<batches {
                var entries: [JournalEntry] = []
                for _ in 0..<64 {
                    number += 1
                    let t = TicketFixtures.ticket(number)
                    entries.append(number % 4 == 0 ? script.call(TicketFixtures.ticket(number - 1).id, to: "w1")
                                                   : script.issue(t))
                }
                all.append(JournalBatch(entries: entries))
            }
            let clock = ContinuousClock()
            let start = clock.now
            for batch in all { try journal.commit(batch) }
            let elapsed = clock.now - start
            let perSecond = Double(batches * 64) / elapsed.seconds
            print("group commit: \(batches) batches of 64 in \(elapsed) = \(Int(perSecond)) commands/s")
            #expect(perSecond >= 5_000)
        }
    }

    @Test("1,000,000 historical tickets: open and recover within 300 ms")
    func millionTicketRestart() async throws {
        try await withJournal { journal, temporary in
            let clock = ContinuousClock()
            let loadStart = clock.now
            try await journal.insertSyntheticHistory(
                SyntheticHistory(tickets: 1_000_000, ticketsPerDay: 1_200, before: TicketFixtures.day))
            print("bulk history: 1,000,000 tickets in \(clock.now - loadStart)")

            var script = JournalScript()
            var entries: [JournalEntry] = []
            for n in 1...2_000 { entries.append(script.issue(TicketFixtures.ticket(n))) }
            try journal.commit(JournalBatch(entries: entries))
            try await journal.saveSnapshot(Snapshot(sequence: 1_500, at: script.now, state: Data(count: 512 * 1024)))
            try journal.close()

            let start = clock.now
            let reopened = try temporary.open()
            defer { try? reopened.close() }
            let recovery = try await reopened.recover()
            let elapsed = clock.now - start
            print("restart with 1,000,000 tickets: open + recover \(recovery.events.count) events in \(elapsed)")
            #expect(recovery.events.count == 500)
            #expect(elapsed < .milliseconds(300))
        }
    }
}

private struct Stats: CustomStringConvertible {
    let median: Double, p99: Double // milliseconds
    init(_ times: [Duration]) {
        let ms = times.map { $0.seconds * 1000 }.sorted()
        median = ms[ms.count / 2]
        p99 = ms[min(ms.count - 1, ms.count * 99 / 100)]
    }
    var description: String { String(format: "median %.3f ms, p99 %.3f ms", median, p99) }
}

private extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
