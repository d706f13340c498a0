import Foundation
import Testing
import TalonCore
import TalonTestSupport

@Suite struct BusinessDayTests {
    @Test func moscowDayStartsAtTheConfiguredHour() throws {
        let cal = try #require(BusinessCalendar(center: HallFixtures.small().center))
        #expect(cal.businessDay(at: ManualClock.date("2026-11-23 03:59")).description == "2026-11-22")
        #expect(cal.businessDay(at: ManualClock.date("2026-11-23 04:00")).description == "2026-11-23")
        #expect(cal.businessDay(at: ManualClock.date("2026-11-23 23:59")).description == "2026-11-23")
        #expect(cal.businessDay(at: ManualClock.date("2026-11-24 00:30")).description == "2026-11-23")
        #expect(cal.businessDay(at: ManualClock.date("2027-01-01 01:00")).description == "2026-12-31")
    }

    @Test(arguments: [
        // Spring forward in Berlin: 02:00 CET → 03:00 CEST on 2026-03-29.
        ("2026-03-29", 2), ("2026-03-29", 3), ("2026-03-29", 4),
        // Fall back: 03:00 CEST → 02:00 CET on 2026-10-25 (02:xx happens twice).
        ("2026-10-25", 2), ("2026-10-25", 3), ("2026-10-25", 4),
    ])
    func berlinDayBoundaryAcrossDST(day: String, startHour: Int) throws {
        let center = HallFixtures.small(zone: "Europe/Berlin", startHour: startHour).center
        let cal = try #require(BusinessCalendar(center: center))
        let zone = TimeZone(identifier: "Europe/Berlin")!
        // Walk the 48 hours around the change minute by minute (in real time) and check
        // the business day changes exactly once, when the local hour reaches startHour.
        let start = ManualClock.date("\(day) 00:00", zone: "Europe/Berlin").addingTimeInterval(-12 * 3600)
        var previous = cal.businessDay(at: start)
        var changes: [Date] = []
        for minute in stride(from: 0, through: 48 * 60, by: 1) {
            let t = start.addingTimeInterval(Double(minute) * 60)
            let d = cal.businessDay(at: t)
            if d != previous {
                changes.append(t)
                #expect(d > previous)
                previous = d
            }
        }
        var c = Calendar(identifier: .gregorian)
        c.timeZone = zone
        #expect(changes.count == 2, "one boundary on each of the two days, got \(changes)")
        for t in changes {
            let local = c.dateComponents([.hour, .minute], from: t)
            // When startHour does not exist that day (02:00 on spring-forward day), the
            // day starts at the first instant after it: 03:00.
            let expected = (day == "2026-03-29" && startHour == 2 && c.component(.day, from: t) == 29) ? 3 : startHour
            #expect(local.hour == expected && local.minute == 0, "boundary at \(local)")
        }
    }

    @Test func numbersRestartWithTheBusinessDayNotAtMidnight() async throws {
        let config = HallFixtures.small(hours: OpeningHours(opensAt: 0, closesAt: 24 * 60))
        let h = try await EngineHarness.make(config, at: "2026-11-23 23:50")
        let a = try await h.issue("consult")
        h.clock.advance(20 * 60)  // 00:10 next calendar day: same business day
        let b = try await h.issue("consult")
        h.clock.set(ManualClock.date("2026-11-24 04:00"))
        let c = try await h.issue("consult")
        #expect([a.label, b.label, c.label] == ["К001", "К002", "К001"])
        #expect(a.businessDay == b.businessDay)
        #expect(c.businessDay.description == "2026-11-24")
        #expect(a.id != c.id)
    }

    @Test func numbersRestartOnceAcrossBerlinFallBack() async throws {
        let config = HallFixtures.small(zone: "Europe/Berlin", startHour: 3,
                                        hours: OpeningHours(opensAt: 0, closesAt: 24 * 60))
        let h = try await EngineHarness.make(config, at: "2026-10-24 22:00")
        var labels: [String] = []
        for _ in 0..<16 {  // every 30 minutes through the repeated 02:xx hour
            labels.append(try await h.issue("consult").label)
            h.clock.advance(1800)
        }
        // 22:00 CEST … 02:30 CET (02:xx occurs twice in real time) are 12 tickets of
        // 2026-10-24; 03:00 CET starts 2026-10-25.
        let restarts = labels.indices.dropFirst().filter { labels[$0] == "К001" }
        #expect(restarts == [12], "\(labels)")
    }

    @Test func tickCancelsTicketsLeftFromAnEarlierDay() async throws {
        let h = try await EngineHarness.make(at: "2026-11-23 19:50")
        let late = try await h.issue("consult")
        h.clock.set(ManualClock.date("2026-11-24 04:01"))
        try await h.run(.tick)
        let t = await h.engine.current.tickets[late.id]
        #expect(t?.status == .cancelled)
    }

    @Test func numberNotReusedWhileItsTicketLives() async throws {
        var config = HallFixtures.small(hours: OpeningHours(opensAt: 0, closesAt: 24 * 60))
        config.services[2].dailyLimit = nil
        let h = try await EngineHarness.make(config)
        let first = try await h.issue("consult")  // К001 stays waiting all day
        var seen: Set<String> = [first.label]
        for _ in 0..<1000 {
            let t = try await h.issue("consult")
            try await h.run(.cancel(ticket: t.id, reason: "test"))
            #expect(t.label != "К001" || t.id == first.id, "К001 is alive and must not be reused")
            seen.insert(t.label)
        }
        #expect(seen.count == 999, "the printed numbers wrap after 999 but skip the live one")
    }
}
