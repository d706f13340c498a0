import Foundation
import Testing
import TalonCore
import TalonTestSupport

@Suite struct WaitEstimateTests {
    /// One service, c busy windows, k tickets ahead: the estimate follows (k + 1)/(c·μ)
    /// plus the time until the first window frees — not k × AHT.
    @Test(arguments: [1, 2, 4])
    func estimateScalesWithOpenWindows(c: Int) async throws {
        var config = HallFixtures.small()
        config.windows = (1...4).map { WindowConfig(id: WindowID("w\($0)"), number: $0, services: [WindowService(service: "passport")]) }
        let h = try await EngineHarness.make(config)
        for i in 1...c { try await h.open(WindowID("w\(i)")) }
        // Every open window starts serving now (mean 600 s).
        for i in 1...c {
            _ = try await h.issue("passport")
            _ = try await h.callNext(WindowID("w\(i)"))
            try await h.run(.startService(window: WindowID("w\(i)")))
        }
        var last: Ticket?
        for _ in 0..<8 { last = try await h.issue("passport") }
        let estimates = await h.engine.estimates()
        let e = try #require(estimates[last!.id])
        #expect(e.ahead == 7)
        #expect(e.openWindows == c)
        // 8th in line with c windows busy for 600 s each: called after ⌈8/c⌉ rounds.
        let walk = await h.engine.current.walk.mean
        let rounds = Double((8 + c - 1) / c)
        let expected = 600 + (rounds - 1) * (600 + walk)
        #expect(abs(e.seconds - expected) < 1, "c=\(c): \(e.seconds) vs \(expected)")
        if c > 1 { #expect(e.seconds < 0.75 * 8 * 600, "not position × average time") }
    }

    @Test func ticketWithNoOpenWindowIsEstimatedFromConfiguredWindows() async throws {
        let h = try await EngineHarness.make()
        let t = try await h.issue("benefits")
        let e = try #require(await h.engine.estimates()[t.id])
        #expect(e.openWindows == 0)
        #expect(e.seconds == 900)
    }

    /// `count` tickets, a `gap` of seconds apart, round passports, benefits and
    /// consultations; those for which `disabled` holds come with that priority category.
    func issueRound(_ h: EngineHarness, count: Int, gap: Double, disabled: (Int) -> Bool) async throws -> [Ticket] {
        var issued: [Ticket] = []
        for i in 0..<count {
            h.clock.advance(gap)
            let service: ServiceID = ["passport", "benefits", "consult"][i % 3]
            issued.append(try await h.issue(service, category: disabled(i) ? "disabled" : nil))
        }
        return issued
    }

    /// Each of `tickets`' own estimate (what the issue answer and the ticket page show)
    /// agrees with its estimate in the whole queue's (the wall display's).
    func expectOwnEstimatesAgree(_ h: EngineHarness, _ tickets: some Sequence<Ticket>,
                                 with all: [TicketID: WaitEstimate]) async throws {
        for t in tickets {
            let own = try #require(await h.engine.ticket(t.id)?.estimate, "\(t.label) has an estimate")
            #expect(own == all[t.id], "\(t.label): own \(own) vs queue \(String(describing: all[t.id]))")
        }
    }

    @Test(arguments: [false, true])
    func oneTicketsEstimateIsItsPlaceInTheWholeQueue(windowOpen: Bool) async throws {
        // Before the windows open every ticket is unplaced, and a ticket's own estimate
        // is counted, not sorted: it must still agree with the whole queue's.
        let h = try await EngineHarness.make()
        if windowOpen { try await h.open("w3") }
        let issued = try await issueRound(h, count: 12, gap: 30) { $0 % 5 == 4 }
        let all = await h.engine.estimates()
        try await expectOwnEstimatesAgree(h, issued, with: all)
        let unplaced = issued.filter { all[$0.id]?.openWindows == 0 }
        #expect(unplaced.count == (windowOpen ? 4 : 12), "with w3 open only the passports wait for closed windows")
        // The priority ticket of a service is ahead of that service's ordinary ones.
        let passports = issued.filter { $0.service == "passport" }
        let disabled = try #require(passports.first { $0.category == "disabled" })
        #expect(all[disabled.id]?.ahead == 0)
    }

    @Test(arguments: [false, true])
    func inALongQueueOneTicketsEstimateIsItsPlaceToo(windowOpen: Bool) async throws {
        // Past the play's limit the queueing formula takes over; a ticket's own estimate
        // (counted over the queue's entries) must agree with the whole queue's (sorted).
        let h = try await EngineHarness.make()
        if windowOpen { try await h.open("w3") }
        // Consultations take no priority category in this hall.
        let issued = try await issueRound(h, count: 430, gap: 5) { $0 % 7 == 6 && $0 % 3 != 2 }
        let all = await h.engine.estimates()
        #expect(all.count == 430)
        try await expectOwnEstimatesAgree(h, issued.filter { $0.number % 9 == 0 || $0.category != nil }, with: all)
        // A priority ticket goes ahead of some of the passports issued before it.
        let last = try #require(issued.last { $0.service == "passport" && $0.category == "disabled" })
        #expect(try #require(all[last.id]).ahead < issued.filter { $0.service == "passport" && $0.issuedAt < last.issuedAt }.count)
    }

    @Test func estimateLearnsFromRecentHandlingTimes() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        for _ in 0..<20 {
            _ = try await h.issue("passport")
            _ = try await h.callNext("w2")
            try await h.run(.startService(window: "w2"))
            h.clock.advance(120)  // much faster than the configured 600 s
            try await h.run(.finishService(window: "w2", outcome: .served))
        }
        let mean = await h.engine.current.handling["passport"]!.mean
        #expect(mean < 200)
        _ = try await h.issue("passport")
        _ = try await h.callNext("w2")
        try await h.run(.startService(window: "w2"))
        let t = try await h.issue("passport")
        let e = try #require(await h.engine.estimates()[t.id])
        #expect(e.seconds < 200)
    }

    @Test func issueAnswerCarriesTheEstimate() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        _ = try await h.issue("passport")
        let r = try await h.run(.issueTicket(IssueTicket(service: "passport")))
        guard case .ticket(let a) = r else { Issue.record("\(r)"); return }
        #expect(a.estimate?.ahead == 1)
    }
}

@Suite struct LongQueueEstimateTests {
    @Test func aVeryLongQueueIsEstimatedByTheFormula() async throws {
        var config = HallFixtures.small(hours: OpeningHours(opensAt: 0, closesAt: 1440))
        config.services = config.services.map { var s = $0; s.dailyLimit = nil; return s }
        let h = try await EngineHarness.make(config)
        try await h.open("w2")  // passport only, one window
        var last: Ticket?
        for _ in 0..<450 { last = try await h.issue("passport") }
        let e = try #require(await h.engine.estimates()[last!.id])
        #expect(e.ahead == 449)
        let per = 600 + (await h.engine.current.walk.mean)
        #expect(abs(e.seconds - 450 * per) < 1)
        #expect(e.openWindows == 1)
    }
}
