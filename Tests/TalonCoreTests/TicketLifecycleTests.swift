import Foundation
import Testing
import TalonCore
import TalonTestSupport

@Suite struct TicketLifecycleTests {
    @Test func issueCallStartFinishRecordsEveryTime() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        let t = try await h.issue("passport")
        #expect(t.label == "П001")
        #expect(t.status == .waiting)
        h.clock.advance(120)
        let called = try #require(try await h.callNext("w2"))
        #expect(called.ticket.id == t.id)
        #expect(called.ticket.status == .called)
        #expect(called.reason?.kind == .earliestDue)
        h.clock.advance(30)
        try await h.run(.startService(window: "w2"))
        h.clock.advance(600)
        let r = try await h.run(.finishService(window: "w2", outcome: .served))
        guard case .ticket(let done) = r else { Issue.record("no ticket in \(r)"); return }
        #expect(done.ticket.status == .finished)
        #expect(done.ticket.outcome == .served)
        let issued = done.ticket.issuedAt
        #expect(done.ticket.firstCalledAt == issued.addingTimeInterval(120))
        #expect(done.ticket.startedAt == issued.addingTimeInterval(150))
        #expect(done.ticket.finishedAt == issued.addingTimeInterval(750))
        #expect(h.journal.events.map(\.event.name) ==
                ["window.mode", "ticket.issued", "ticket.called", "ticket.started", "ticket.finished"])
        #expect(h.journal.events.map(\.sequence) == [1, 2, 3, 4, 5])
    }

    @Test func numbersFollowPerServiceCounters() async throws {
        let h = try await EngineHarness.make()
        let a = try await h.issue("passport")
        let b = try await h.issue("consult")
        let c = try await h.issue("passport")
        #expect([a.label, b.label, c.label] == ["П001", "К001", "П002"])
    }

    @Test func callNextWithNothingWaitingIsNotAnError() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        _ = try await h.issue("consult")
        #expect(try await h.callNext("w2") == nil)
    }

    @Test func callingRequiresAnOpenIdleWindow() async throws {
        let h = try await EngineHarness.make()
        _ = try await h.issue("passport")
        await #expect(throws: HallError.self) { try await h.callNext("w2") }
        try await h.open("w2")
        _ = try await h.issue("passport")
        _ = try await h.callNext("w2")
        let error = await #expect(throws: HallError.self) { try await h.callNext("w2") }
        #expect(error?.code == .windowBusy)
        #expect(error?.message.contains("П001") == true)
    }

    @Test func recallUpToTheLimitThenNoShow() async throws {
        let h = try await EngineHarness.make()  // recall limit 2
        try await h.open("w2")
        let t = try await h.issue("passport")
        _ = try await h.callNext("w2")
        for expected in 1...2 {
            let r = try await h.run(.recall(window: "w2"))
            guard case .ticket(let a) = r else { Issue.record("\(r)"); return }
            #expect(a.ticket.recalls == expected)
            #expect(a.ticket.status == .called)
        }
        let r = try await h.run(.recall(window: "w2"))
        guard case .ticket(let a) = r else { Issue.record("\(r)"); return }
        #expect(a.ticket.id == t.id)
        #expect(a.ticket.status == .noShow)
        #expect(await h.engine.current.windows["w2"]?.current == nil)
    }

    @Test func noShowAfterTimeOutOnTick() async throws {
        let h = try await EngineHarness.make()  // time-out 180 s
        try await h.open("w2")
        let t = try await h.issue("passport")
        _ = try await h.callNext("w2")
        h.clock.advance(170)
        try await h.run(.tick)
        #expect(await h.engine.current.tickets[t.id]?.status == .called)
        h.clock.advance(15)
        try await h.run(.tick)
        #expect(await h.engine.current.tickets[t.id]?.status == .noShow)
        guard case .ticketNoShow(_, _, _, let automatic) = h.journal.events.last?.event else {
            Issue.record("last event is not a no-show"); return
        }
        #expect(automatic)
    }

    @Test func manualNoShowOnlyForACalledVisitor() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        _ = try await h.issue("passport")
        _ = try await h.callNext("w2")
        try await h.run(.startService(window: "w2"))
        await #expect(throws: HallError.self) { try await h.run(.markNoShow(window: "w2")) }
    }

    @Test func transferKeepsTheIssueTimeAndJumpsTheNewQueue() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2", "w4")
        let moved = try await h.issue("passport")
        h.clock.advance(60)
        let waiting = try await h.issue("consult")
        _ = try await h.callNext("w2")
        try await h.run(.startService(window: "w2"))
        h.clock.advance(300)
        try await h.run(.transfer(window: "w2", toService: "consult", toWindow: nil))
        let next = try #require(try await h.callNext("w4"))
        #expect(next.ticket.id == moved.id, "transferred ticket keeps its earlier issue time")
        #expect(next.ticket.issuedAt < waiting.issuedAt)
        #expect(next.ticket.transfers == 1)
        #expect(next.ticket.label == "П001", "the visitor keeps the number on their paper")
    }

    @Test func transferToAWindowOnlyThatWindowCalls() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w1", "w2")
        _ = try await h.issue("passport")
        _ = try await h.callNext("w2")
        try await h.run(.startService(window: "w2"))
        try await h.run(.transfer(window: "w2", toService: nil, toWindow: "w1"))
        #expect(try await h.callNext("w2") == nil, "w2 serves passports, but the ticket was sent to w1")
        let called = try #require(try await h.callNext("w1"))
        #expect(called.reason?.kind == .transferredHere)
    }

    @Test func postponeAndReturnKeepThePlace() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        let first = try await h.issue("passport")
        h.clock.advance(60)
        let second = try await h.issue("passport")
        try await h.run(.postpone(ticket: first.id))
        h.clock.advance(60)
        try await h.run(.returnTicket(ticket: first.id))
        let called = try #require(try await h.callNext("w2"))
        #expect(called.ticket.id == first.id)
        _ = second
    }

    @Test func postponedTicketIsNotCalled() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        let first = try await h.issue("passport")
        let second = try await h.issue("passport")
        try await h.run(.postpone(ticket: first.id))
        #expect(try await h.callNext("w2")?.ticket.id == second.id)
    }

    @Test func cancelReleasesTheTicket() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        let t = try await h.issue("passport")
        try await h.run(.cancel(ticket: t.id, reason: "ушёл"))
        #expect(try await h.callNext("w2") == nil)
        await #expect(throws: HallError.self) { try await h.run(.cancel(ticket: t.id, reason: "again")) }
    }

    @Test func closingABusyWindowIsRefused() async throws {
        let h = try await EngineHarness.make()
        try await h.open("w2")
        _ = try await h.issue("passport")
        _ = try await h.callNext("w2")
        let error = await #expect(throws: HallError.self) { try await h.run(.closeWindow(window: "w2")) }
        #expect(error?.code == .windowBusy)
        try await h.run(.pauseWindow(window: "w2"))
        #expect(await h.engine.current.windows["w2"]?.mode == .paused)
    }

    @Test func signInAndOutAtAWindow() async throws {
        let h = try await EngineHarness.make()
        try await h.run(.signIn(window: "w1", consultant: "ivanova"))
        try await h.run(.signIn(window: "w1", consultant: "petrov"))
        #expect(await h.engine.current.windows["w1"]?.consultant == "petrov")
        #expect(h.journal.events.map(\.event.name) == ["window.signed_in", "window.signed_out", "window.signed_in"])
        try await h.run(.signOut(window: "w1"))
        #expect(await h.engine.current.windows["w1"]?.consultant == nil)
    }

    @Test func ratingAttachesToTheTicketJustServedAndFlagsMisuse() async throws {
        let h = try await EngineHarness.make()  // misuse interval 3 s, attach 180 s
        try await h.open("w2")
        try await h.run(.signIn(window: "w2", consultant: "ivanova"))
        let t = try await h.issue("passport")
        _ = try await h.callNext("w2")
        try await h.run(.startService(window: "w2"))
        try await h.run(.finishService(window: "w2", outcome: .served))
        h.clock.advance(5)
        let r1 = try await h.run(.rate(window: "w2", score: 4, device: "panel-2"))
        guard case .rating(let first) = r1 else { Issue.record("\(r1)"); return }
        #expect(first.ticket == t.id)
        #expect(first.consultant == "ivanova")
        #expect(!first.misuse)
        h.clock.advance(1)
        guard case .rating(let second) = try await h.run(.rate(window: "w2", score: 1, device: "panel-2")) else { return }
        #expect(second.misuse, "a press one second after the previous is flagged")
        h.clock.advance(400)
        guard case .rating(let late) = try await h.run(.rate(window: "w2", score: 3, device: "panel-2")) else { return }
        #expect(late.ticket == nil, "too long after service: not attached to the ticket")
        #expect(!late.misuse)
        await #expect(throws: HallError.self) { try await h.run(.rate(window: "w2", score: 5, device: nil)) }
    }

    @Test func outsideOpeningHoursTheKioskIsToldWhenItOpens() async throws {
        let h = try await EngineHarness.make(at: "2026-11-23 21:30")
        let error = await #expect(throws: HallError.self) { try await h.issue("passport") }
        #expect(error?.code == .centerClosed)
        #expect(error?.message.contains("08:00") == true)
    }

    @Test func dailyLimitIsEnforced() async throws {
        var config = HallFixtures.small()
        config.services[2].dailyLimit = 2
        let h = try await EngineHarness.make(config)
        _ = try await h.issue("consult")
        _ = try await h.issue("consult")
        let error = await #expect(throws: HallError.self) { try await h.issue("consult") }
        #expect(error?.code == .dailyLimitReached)
    }

    @Test func kioskRateLimit() async throws {
        let h = try await EngineHarness.make(HallFixtures.small(policy: PolicyConfig(kioskTicketsPerMinute: 3)))
        for _ in 0..<3 { _ = try await h.issue("consult", kiosk: "kiosk-1") }
        await #expect(throws: HallError.self) { try await h.issue("consult", kiosk: "kiosk-1") }
        _ = try await h.issue("consult", kiosk: "kiosk-2")
        h.clock.advance(61)
        _ = try await h.issue("consult", kiosk: "kiosk-1")
    }

    @Test func categoryMustBeAllowedForTheService() async throws {
        let h = try await EngineHarness.make()
        await #expect(throws: HallError.self) { try await h.issue("consult", category: "disabled") }
        await #expect(throws: HallError.self) { try await h.issue("passport", category: "nobody") }
        _ = try await h.issue("passport", category: "disabled")
    }
}
