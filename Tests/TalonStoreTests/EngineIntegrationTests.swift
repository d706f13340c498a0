import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

/// The real engine on the real journal: the read models must say what the engine's state
/// says, and a restart must give the engine back its tickets.
@Suite("Engine on the SQLite journal")
struct EngineIntegrationTests {
    @Test("read-model tickets equal the engine's, before and after a restart")
    func readModelsMirrorTheEngine() async throws {
        try await withJournal { journal, temporary in
            let clock = ManualClock(local: "2026-11-23 09:00")
            let engine = try await HallEngine.start(config: HallFixtures.small(), clock: clock, journal: journal)
            var n = 0
            func run(_ command: Command) async throws -> CommandResult {
                n += 1
                clock.advance(45)
                return try await engine.submit(command, id: CommandID("it-\(n)"))
            }
            _ = try await run(.openWindow(window: "w1"))
            var ids: [TicketID] = []
            for _ in 0..<3 {
                guard case .ticket(let a) = try await run(.issueTicket(IssueTicket(service: "passport"))) else {
                    Issue.record("no ticket issued"); return
                }
                ids.append(a.ticket.id)
            }
            _ = try await run(.callNext(window: "w1"))
            _ = try await run(.startService(window: "w1"))
            _ = try await run(.finishService(window: "w1", outcome: .served))
            _ = try await run(.rate(window: "w1", score: 4, device: "rate-1"))
            _ = try await run(.callNext(window: "w1"))
            _ = try await run(.markNoShow(window: "w1"))
            _ = try await run(.callNext(window: "w1"))
            _ = try await run(.startService(window: "w1"))
            _ = try await run(.transfer(window: "w1", toService: "consult", toWindow: "w4"))
            _ = try await run(.openWindow(window: "w4"))
            _ = try await run(.callNext(window: "w4"))

            for id in ids {
                let engineTicket = await engine.ticket(id)?.ticket
                let stored = try await journal.ticket(id)
                #expect(stored != nil)
                #expect(stored == engineTicket, "ticket \(id)")
            }
            let statuses = try await journal.tickets(of: BusinessDay(year: 2026, month: 11, day: 23)).map(\.status)
            #expect(statuses == [.finished, .noShow, .called])

            // Restart on the same file: the engine recovers the same tickets.
            try journal.close()
            let reopened = try temporary.open()
            defer { try? reopened.close() }
            let restarted = try await HallEngine.start(config: HallFixtures.small(), clock: clock, journal: reopened)
            for id in ids {
                let before = await engine.ticket(id)?.ticket
                let after = await restarted.ticket(id)?.ticket
                #expect(after == before, "ticket \(id) after restart")
            }
            // A retried command gets its first answer, not a second ticket.
            let retry = try await restarted.submit(.issueTicket(IssueTicket(service: "passport")), id: "it-2")
            guard case .ticket(let first) = retry else { Issue.record("retry answered \(retry)"); return }
            #expect(first.ticket.id == ids[0])
        }
    }

    @Test("a snapshot from an older Talon is passed over: the engine starts from the whole journal")
    func snapshotAnOlderTalonWroteIsReplayedPast() async throws {
        try await withJournal { journal, temporary in
            let clock = ManualClock(local: "2026-11-23 09:00")
            let engine = try await HallEngine.start(config: HallFixtures.small(), clock: clock, journal: journal)
            _ = try await engine.submit(.openWindow(window: "w1"), id: "open")
            for i in 0..<5 {
                clock.advance(60)
                _ = try await engine.submit(.issueTicket(IssueTicket(service: "passport")), id: CommandID("i\(i)"))
            }
            _ = try await engine.submit(.callNext(window: "w1"), id: "call")
            let live = await engine.current

            // The state as an older Talon encoded it: without the fields added since.
            var older = try #require(try JSONSerialization.jsonObject(
                with: JSONEncoder().encode(live)) as? [String: Any])
            older["notices"] = nil
            older["tokens"] = nil
            let olderState = try JSONSerialization.data(withJSONObject: older)
            #expect(throws: DecodingError.self, "this Talon cannot read it") {
                try JSONDecoder().decode(HallState.self, from: olderState)
            }
            try await journal.saveSnapshot(Snapshot(sequence: live.sequence, at: clock.now(), state: olderState))
            try journal.close()

            let reopened = try temporary.open()
            defer { try? reopened.close() }
            #expect(try await reopened.recover().snapshot != nil, "the older snapshot is the latest one")
            let restarted = try await HallEngine.start(config: HallFixtures.small(), clock: clock, journal: reopened,
                                                       snapshotEvery: 5)
            #expect(await restarted.current == live)
            // The whole journal (7 events, past snapshotEvery) was replayed: the start saves a
            // snapshot this Talon reads, so the next start does not replay it all again.
            let fresh = try #require(try await reopened.recover().snapshot)
            #expect(fresh.sequence == live.sequence)
            #expect(try JSONDecoder().decode(HallState.self, from: fresh.state) == live)
            let next = try await restarted.submit(.issueTicket(IssueTicket(service: "passport")), id: "after")
            guard case .ticket(let answer) = next else { Issue.record("after restart: \(next)"); return }
            #expect(answer.ticket.number == 6, "numbering goes on from the journal, not from scratch")
        }
    }
}
