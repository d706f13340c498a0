import Foundation
import Testing
import TalonCore
import TalonTestSupport

/// The queue's per-service index must say exactly what the tickets say: a ticket missing
/// from it is never called or estimated, one left in it is called twice.
@Suite struct WaitingQueueTests {
    /// What the tickets themselves say waits, per service.
    func truth(_ state: HallState) -> [ServiceID: Set<TicketID>] {
        var result: [ServiceID: Set<TicketID>] = [:]
        for t in state.tickets.values where t.status == .waiting { result[t.service, default: []].insert(t.id) }
        return result
    }

    func expectIndexMatches(_ state: HallState, _ services: [ServiceID], step: Int) {
        let truth = truth(state)
        #expect(state.waiting.counts == truth.mapValues(\.count), "step \(step)")
        #expect(state.waiting.count == truth.values.map(\.count).reduce(0, +), "step \(step)")
        for s in services {
            #expect(Set(state.waiting.entries(of: s).keys) == truth[s] ?? [], "step \(step), service \(s)")
        }
    }

    @Test(arguments: 1...6 as ClosedRange<UInt64>)
    func perServiceIndexFollowsEveryWayIntoAndOutOfTheQueue(seed: UInt64) async throws {
        var rng = SeededGenerator(seed: seed)
        let config = HallFixtures.small()
        let services = config.services.map(\.id)
        let windows = config.windows.map(\.id)
        let h = try await EngineHarness.make(config, at: "2026-11-23 08:00")
        for w in windows { try await h.open(w) }
        var postponed: [TicketID] = []
        var moves: [String: Int] = [:]
        for step in 0..<300 {
            h.clock.advance(Double(rng.next() % 60))
            let state = await h.engine.current
            let waiting = Array(state.waiting).sorted()
            let window = windows[Int(rng.next() % UInt64(windows.count))]
            let service = services[Int(rng.next() % UInt64(services.count))]
            switch rng.next() % 7 {
            case 0, 1:
                try await h.issue(service)
                moves["issue", default: 0] += 1
            case 2:
                if let current = state.windows[window]?.current, let t = state.tickets[current] {
                    if t.status == .called { try await h.run(.startService(window: window)) }
                    else { try await h.run(.finishService(window: window, outcome: .served)) }
                } else if try await h.callNext(window) != nil {
                    moves["call", default: 0] += 1
                }
            case 3:
                // Transfer what the window has to another service: out of one service's
                // queue, into another's.
                if state.windows[window]?.current != nil,
                   (try? await h.run(.transfer(window: window, toService: service, toWindow: nil))) != nil {
                    moves["transfer", default: 0] += 1
                }
            case 4:
                if let id = waiting.randomElement(using: &rng) {
                    try await h.run(.postpone(ticket: id))
                    postponed.append(id)
                    moves["postpone", default: 0] += 1
                }
            case 5:
                if !postponed.isEmpty {
                    let id = postponed.remove(at: Int(rng.next() % UInt64(postponed.count)))
                    if (try? await h.run(.returnTicket(ticket: id))) != nil { moves["return", default: 0] += 1 }
                }
            default:
                if let id = waiting.randomElement(using: &rng) {
                    try await h.run(.cancel(ticket: id, reason: "test"))
                    moves["cancel", default: 0] += 1
                }
            }
            expectIndexMatches(await h.engine.current, services, step: step)
        }
        for move in ["issue", "call", "transfer", "postpone", "return", "cancel"] {
            #expect(moves[move, default: 0] > 3, "the run exercised \(move) only \(moves[move, default: 0]) times")
        }
        // The index a restarted engine rebuilds from the journal is the same.
        let restarted = try await h.restarted()
        let before = await h.engine.current.waiting
        #expect(await restarted.current.waiting == before)
    }
}
