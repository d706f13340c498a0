import Foundation
import Testing
import TalonCore
import TalonTestSupport

/// Random halls and random command streams, checked against the policy's promises.
@Suite struct CallingPolicyPropertyTests {
    struct Run {
        var calls: [(ticket: Ticket, window: WindowID)] = []
        var issued: [Ticket] = []
    }

    /// Drives a hall with random arrivals and windows calling as they free up.
    func drive(seed: UInt64, steps: Int, config: HallConfig = HallFixtures.small()) async throws -> (Run, EngineHarness) {
        var rng = SeededGenerator(seed: seed)
        let h = try await EngineHarness.make(config, at: "2026-11-23 08:00")
        for w in config.windows { try await h.open(w.id) }
        var run = Run()
        for _ in 0..<steps {
            h.clock.advance(Double(rng.next() % 90))
            let roll = rng.unit()
            if roll < 0.45 {
                let service = config.services[Int(rng.next() % UInt64(config.services.count))]
                let category: CategoryID? = rng.unit() < 0.15 ? service.categories.first : nil
                run.issued.append(try await h.issue(service.id, category: category))
            } else {
                let w = config.windows[Int(rng.next() % UInt64(config.windows.count))].id
                let state = await h.engine.current
                if let cur = state.windows[w]?.current, let t = state.tickets[cur] {
                    if t.status == .called { try await h.run(.startService(window: w)) }
                    else { try await h.run(.finishService(window: w, outcome: .served)) }
                } else if let called = try await h.callNext(w) {
                    run.calls.append((called.ticket, w))
                }
            }
        }
        return (run, h)
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func windowsOnlyCallWhatTheyServeAndEachTicketOnce(seed: UInt64) async throws {
        let config = HallFixtures.small()
        let (run, _) = try await drive(seed: seed, steps: 400, config: config)
        #expect(run.calls.count > 20)
        for (t, w) in run.calls {
            #expect(config.window(w)!.serves(t.service), "\(w) called \(t.label) of \(t.service)")
        }
        let ids = run.calls.map(\.ticket.id)
        #expect(Set(ids).count == ids.count, "a ticket was called twice")
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func numbersAreUniquePerServiceAndDay(seed: UInt64) async throws {
        let (run, _) = try await drive(seed: seed, steps: 300)
        let keys = run.issued.map { "\($0.businessDay)/\($0.service)/\($0.label)" }
        #expect(Set(keys).count == keys.count)
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func amongEqualPriorityTheEarliestIsFirst(seed: UInt64) async throws {
        // No categories, one tier per window: every call must take the earliest issued
        // ticket among those the window serves that were waiting at that moment.
        var config = HallFixtures.small(policy: PolicyConfig(maxWaitSeconds: 10_000_000, kioskTicketsPerMinute: nil))
        config.windows = config.windows.map { w in
            var w = w
            w.services = w.services.map { WindowService(service: $0.service, priority: 1) }
            return w
        }
        config.services = config.services.map { var s = $0; s.categories = []; return s }
        let (run, h) = try await drive(seed: seed, steps: 400, config: config)
        let events = h.journal.events
        var waiting: [TicketID: Ticket] = [:]
        var checked = 0
        for e in events {
            switch e.event {
            case .ticketIssued(let t): waiting[t.id] = t
            case .ticketCalled(let id, let w, _, _):
                let t = waiting.removeValue(forKey: id)!
                let window = config.window(w)!
                let earlier = waiting.values.filter { window.serves($0.service) && $0.issuedAt < t.issuedAt }
                #expect(earlier.isEmpty, "\(w) called \(t.label) while \(earlier.map(\.label)) waited longer")
                checked += 1
            default: break
            }
        }
        #expect(checked == run.calls.count && checked > 20)
    }

    /// Window w1 serves passports first and consultations second; passport visitors keep
    /// coming, so without the guard the consultation visitor would never be called.
    static func starvingHall(maxWait: Double) -> HallConfig {
        var config = HallFixtures.small(policy: PolicyConfig(maxWaitSeconds: maxWait, kioskTicketsPerMinute: nil))
        config.windows = [WindowConfig(id: "w1", number: 1, services: [
            WindowService(service: "passport", priority: 1), WindowService(service: "consult", priority: 2)])]
        return config
    }

    @Test(arguments: [10.0, 20.0, 45.0])
    func fairnessGuardBoundsTheWait(maxWaitMinutes: Double) async throws {
        let maxWait = maxWaitMinutes * 60
        let h = try await EngineHarness.make(Self.starvingHall(maxWait: maxWait), at: "2026-11-23 09:00")
        try await h.open("w1")
        _ = try await h.issue("passport")
        let consult = try await h.issue("consult")
        let service: Double = 4 * 60
        var calledAt: Date?
        for _ in 0..<100 {
            _ = try await h.issue("passport")
            _ = try await h.issue("passport")
            let next = try #require(try await h.callNext("w1"))
            if next.ticket.id == consult.id {
                calledAt = h.clock.now()
                #expect(next.reason?.kind == .fairnessGuard)
                break
            }
            try await h.run(.startService(window: "w1"))
            h.clock.advance(service)
            try await h.run(.finishService(window: "w1", outcome: .served))
        }
        let waited = try #require(calledAt).timeIntervalSince(consult.issuedAt)
        #expect(waited <= maxWait + service, "waited \(waited / 60) min")
        #expect(waited >= maxWait, "passports did go first until the guard acted")
    }

    @Test func withoutTheGuardTheSecondTierStarves() {
        let policy = CallingPolicy(config: Self.starvingHall(maxWait: 1e9))
        let t0 = ManualClock.date("2026-11-23 09:00")
        let day = BusinessDay(year: 2026, month: 11, day: 23)
        let consult = Ticket(id: "c", number: 1, label: "К001", service: "consult", businessDay: day, issuedAt: t0)
        let passport = Ticket(id: "p", number: 1, label: "П001", service: "passport", businessDay: day,
                              issuedAt: t0.addingTimeInterval(3 * 3600))
        let next = policy.next(for: "w1", among: [consult, passport], now: t0.addingTimeInterval(3 * 3600))
        #expect(next?.0.id == "p", "three hours of waiting do not matter to the bare tiers")
        let guarded = CallingPolicy(config: Self.starvingHall(maxWait: 1800))
        #expect(guarded.next(for: "w1", among: [consult, passport], now: t0.addingTimeInterval(3 * 3600))?.0.id == "c")
    }

    @Test func tiersAndCategoriesAndBookingsOrderTheCall() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w1")
        let consult = try await h.issue("consult")            // tier 2 at w1, earliest
        h.clock.advance(60)
        let plain = try await h.issue("passport")             // tier 1
        h.clock.advance(60)
        let disabled = try await h.issue("passport", category: "disabled")  // due 20 min earlier
        let order = h.engine.explainNext(for: "w1", in: await h.engine.current, now: h.clock.now()).map(\.ticket.id)
        #expect(order == [disabled.id, plain.id, consult.id])
        let first = try #require(try await h.callNext("w1"))
        #expect(first.reason?.category == "disabled")
        #expect(first.reason?.description.contains("льготная") == true)
    }
}
