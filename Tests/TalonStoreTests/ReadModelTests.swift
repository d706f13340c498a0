import Foundation
import GRDB
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("Read models follow the events")
struct ReadModelTests {
    @Test("a ticket's whole life: issued, called, recalled, started, finished, rated")
    func wholeLife() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let t = TicketFixtures.ticket(7)
            try await journal.commit(JournalBatch(entries: [script.open("w1"), script.issue(t)]))
            #expect(try await journal.ticket(t.id) == t)

            script.advance(300)
            let calledAt = script.now
            try await journal.commit(JournalBatch(entries: [script.call(t.id, to: "w1")]))
            var expected = t
            expected.status = .called
            expected.window = "w1"
            expected.calledAt = calledAt
            expected.firstCalledAt = calledAt
            #expect(try await journal.ticket(t.id) == expected)
            #expect(try await journal.windows().first?.current == t.id)

            script.advance(30)
            let recalledAt = script.now
            try await journal.commit(JournalBatch(entries: [
                script.entry(.recall(window: "w1"),
                             events: [.ticketRecalled(ticket: t.id, window: "w1", at: script.now, count: 1)]),
            ]))
            expected.recalls = 1
            expected.calledAt = recalledAt
            #expect(try await journal.ticket(t.id) == expected)

            script.advance(15)
            let startedAt = script.now
            try await journal.commit(JournalBatch(entries: [script.start(t.id, at: "w1")]))
            script.advance(420)
            let finishedAt = script.now
            try await journal.commit(JournalBatch(entries: [script.finish(t.id, at: "w1", outcome: .served)]))
            expected.status = .finished
            expected.startedAt = startedAt
            expected.finishedAt = finishedAt
            expected.outcome = .served
            #expect(try await journal.ticket(t.id) == expected)

            script.advance(5)
            let rating = Rating(score: 4, window: "w1", ticket: t.id, consultant: "ivanova", at: script.now,
                                misuse: false, device: "rate-1")
            try await journal.commit(JournalBatch(entries: [
                script.entry(.rate(window: "w1", score: 4, device: "rate-1"), result: .rating(rating),
                             events: [.ratingRecorded(rating)]),
            ]))

            let w1 = try #require(try await journal.windows().first)
            #expect(w1.id == "w1")
            #expect(w1.mode == .open)
            #expect(w1.current == nil)
            #expect(w1.lastFinished == t.id)
            #expect(w1.lastFinishedAt == finishedAt)
            #expect(w1.lastRatingAt == rating.at)

            try await journal.database.read { db in
                let calls = try Row.fetchAll(db, sql: "SELECT kind, reason, recall_count, at FROM call_log ORDER BY seq")
                #expect(calls.map { $0[0] as String } == ["call", "recall"])
                #expect(calls[0][1] as String? == "earliest_due")
                #expect(calls[1][2] as Int == 1)
                #expect(UnixNanos.date(calls[1][3]) == recalledAt)
                let r = try #require(try Row.fetchOne(db, sql: "SELECT window, ticket, consultant, score, misuse, device FROM ratings"))
                #expect(r[0] as String == "w1")
                #expect(r[1] as String == t.id.rawValue)
                #expect(r[2] as String == "ivanova")
                #expect(r[3] as Int == 4)
                #expect(r[4] as Bool == false)
                #expect(r[5] as String == "rate-1")
            }
        }
    }

    @Test("a transfer keeps the issue time and frees the window")
    func transfer() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let t = TicketFixtures.ticket(3)
            try await journal.commit(JournalBatch(entries: [script.issue(t), script.call(t.id, to: "w1")]))
            let firstCall = script.now
            try await journal.commit(JournalBatch(entries: [script.start(t.id, at: "w1")]))
            script.advance(200)
            try await journal.commit(JournalBatch(entries: [
                script.entry(.transfer(window: "w1", toService: "consult", toWindow: "w4"),
                             events: [.ticketTransferred(ticket: t.id, from: "w1", toService: "consult",
                                                         toWindow: "w4", at: script.now)]),
            ]))
            let moved = try #require(try await journal.ticket(t.id))
            #expect(moved.status == .waiting)
            #expect(moved.service == "consult")
            #expect(moved.window == nil)
            #expect(moved.targetWindow == "w4")
            #expect(moved.transfers == 1)
            #expect(moved.calledAt == nil && moved.startedAt == nil)
            #expect(moved.firstCalledAt == firstCall)
            #expect(moved.issuedAt == t.issuedAt)
            #expect(try await journal.windows().first { $0.id == "w1" }?.current == nil)

            // Called at the target window: the target is cleared, the first call kept.
            script.advance(60)
            try await journal.commit(JournalBatch(entries: [script.call(t.id, to: "w4")]))
            let called = try #require(try await journal.ticket(t.id))
            #expect(called.targetWindow == nil)
            #expect(called.window == "w4")
            #expect(called.firstCalledAt == firstCall)
            #expect(called.calledAt == script.now)
        }
    }

    @Test("no-show, postpone, return and cancel")
    func noShowAndCancel() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let a = TicketFixtures.ticket(1), b = TicketFixtures.ticket(2)
            try await journal.commit(JournalBatch(entries: [script.issue(a), script.issue(b), script.call(a.id, to: "w2")]))
            script.advance(180)
            try await journal.commit(JournalBatch(entries: [
                script.entry(.markNoShow(window: "w2"),
                             events: [.ticketNoShow(ticket: a.id, window: "w2", at: script.now, automatic: true)]),
                script.entry(.postpone(ticket: b.id), events: [.ticketPostponed(ticket: b.id, at: script.now)]),
            ]))
            let noShow = try #require(try await journal.ticket(a.id))
            #expect(noShow.status == .noShow)
            #expect(noShow.outcome == .noShow)
            #expect(noShow.finishedAt == script.now)
            #expect(try await journal.windows().first { $0.id == "w2" }?.current == nil)
            #expect(try await journal.ticket(b.id)?.status == .postponed)

            try await journal.commit(JournalBatch(entries: [
                script.entry(.returnTicket(ticket: b.id), events: [.ticketReturned(ticket: b.id, at: script.now)]),
            ]))
            #expect(try await journal.ticket(b.id)?.status == .waiting)
            script.advance(10)
            try await journal.commit(JournalBatch(entries: [
                script.entry(.cancel(ticket: b.id, reason: "ушёл"),
                             events: [.ticketCancelled(ticket: b.id, at: script.now, reason: "ушёл")]),
            ]))
            let cancelled = try #require(try await journal.ticket(b.id))
            #expect(cancelled.status == .cancelled && cancelled.outcome == .cancelled)
            #expect(cancelled.finishedAt == script.now)

            let counts = try await journal.serviceDayCounts(from: TicketFixtures.day, through: TicketFixtures.day)
            #expect(counts == [ServiceDayCount(businessDay: TicketFixtures.day, service: "passport", issued: 2,
                                               finished: 0, noShow: 1, cancelled: 1, live: 0)])
        }
    }

    @Test("bookings, check-in, consultants and devices")
    func windowsAppointmentsDevices() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            let slot = TicketFixtures.opening.addingTimeInterval(3_600)
            let booking = Appointment(code: "A-1234", service: "passport", slotAt: slot, category: "veteran")
            let t = TicketFixtures.ticket(1, category: "veteran", appointment: "A-1234", slotAt: slot)
            let status = DeviceStatus(device: "printer-1", kind: .printer, condition: .paperOut,
                                      message: "В принтере кончилась бумага")
            try await journal.commit(JournalBatch(entries: [
                script.entry(.bookAppointment(booking), events: [.appointmentBooked(booking)]),
                script.issue(t),
                script.entry(.signIn(window: "w3", consultant: "petrov"),
                             events: [.consultantSignedIn(window: "w3", consultant: "petrov", at: script.now)]),
                script.entry(.reportDevice(status), events: [.deviceStatusChanged(status, at: script.now)]),
            ]))
            #expect(try await journal.ticket(t.id) == t)
            let w3 = try #require(try await journal.windows().first { $0.id == "w3" })
            #expect(w3.consultant == "petrov")
            #expect(w3.mode == .closed)

            try await journal.commit(JournalBatch(entries: [
                script.entry(.signOut(window: "w3"),
                             events: [.consultantSignedOut(window: "w3", consultant: "petrov", at: script.now)]),
            ]))
            #expect(try await journal.windows().first { $0.id == "w3" }?.consultant == nil)

            try await journal.database.read { db in
                let a = try #require(try Row.fetchOne(db, sql: "SELECT service, slot_at, category, ticket FROM appointments WHERE code = 'A-1234'"))
                #expect(a[0] as String == "passport")
                #expect(UnixNanos.date(a[1]) == slot)
                #expect(a[2] as String == "veteran")
                #expect(a[3] as String == t.id.rawValue)
                let d = try #require(try Row.fetchOne(db, sql: "SELECT kind, condition, message FROM device_status WHERE device = 'printer-1'"))
                #expect(d[0] as String == "printer")
                #expect(d[1] as String == "paper_out")
                #expect(d[2] as String == status.message)
            }
        }
    }
}
