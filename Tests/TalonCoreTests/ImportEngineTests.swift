import Foundation
import Testing
import TalonCore
import TalonTestSupport

/// Loading bookings and notices through the engine: counted, journaled once, idempotent.
@Suite("Imports through the engine")
struct ImportEngineTests {
    static let slot = ManualClock.date("2026-11-23 11:00")

    static func bookings(_ n: Int, service: ServiceID = "passport") -> [Appointment] {
        (1...n).map { Appointment(code: AppointmentCode("B-\($0)"), service: service, slotAt: slot.addingTimeInterval(Double($0) * 600)) }
    }

    @Test("the same bookings twice: loaded, then unchanged, journaled once")
    func idempotent() async throws {
        let h = try await EngineHarness.make()
        let first = try await h.engine.load(appointments: Self.bookings(30))
        #expect(first == ImportSummary(loaded: 30, unchanged: 0))
        #expect(h.journal.events.count == 30)
        let commits = h.journal.commits
        #expect(commits < 30, "group commit: \(commits) commits for 30 rows")
        let second = try await h.engine.load(appointments: Self.bookings(30))
        #expect(second == ImportSummary(loaded: 0, unchanged: 30))
        #expect(h.journal.events.count == 30)
        #expect(second.text(.appointments) == "загружено 0 записей на приём, без изменений 30 / loaded 0 appointments, 30 unchanged")
        #expect(await h.engine.current.appointments.count == 30)
    }

    @Test("a changed row is loaded; an unchanged row of a checked-in booking is not refused")
    func changedAndCheckedIn() async throws {
        let h = try await EngineHarness.make(at: "2026-11-23 10:55")
        var rows = Self.bookings(2)
        _ = try await h.engine.load(appointments: rows)
        // B-1 (11:10) checks in.
        let checkIn = try await h.run(.checkIn(code: "B-1", kiosk: nil, language: .ru))
        guard case .ticket = checkIn else { Issue.record("no ticket: \(checkIn)"); return }
        #expect(try await h.engine.load(appointments: rows) == ImportSummary(loaded: 0, unchanged: 2))
        // B-2 moves; B-1 may not change any more.
        rows[1].slotAt += 1800
        rows[0].service = "consult"
        let moved = try await h.engine.load(appointments: rows)
        #expect(moved.loaded == 1)
        #expect(moved.refused.map(\.index) == [0])
        #expect(moved.refused.first?.code == "conflict")
        #expect(moved.refused.first?.key == "B-1")
        #expect(moved.text(.appointments).hasSuffix(", 1 refused"))
        #expect(await h.engine.current.appointments["B-2"]?.slotAt == rows[1].slotAt)
    }

    @Test("notices: loaded, normalised keys, a changed status, an unknown service refused")
    func notices() async throws {
        let h = try await EngineHarness.make()
        let rows = [
            ReadinessNotice(application: ReadinessNotice.normalised("12-345 67"), service: "consult", status: .ready),
            ReadinessNotice(application: "A-2", service: "consult", status: .inProgress,
                            expected: BusinessDay(year: 2026, month: 11, day: 27)),
            ReadinessNotice(application: "A-3", service: "nowhere", status: .ready),
        ]
        let first = try await h.engine.load(notices: rows)
        #expect(first.loaded == 2)
        #expect(first.refused.map(\.code) == ["unknown_service"])
        #expect(first.text(.notices) == "загружено 2 заявления, без изменений 0, отклонено 1 / loaded 2 readiness notices, 0 unchanged, 1 refused")
        var later = Array(rows.prefix(2))
        later[1].status = .ready
        later[1].expected = nil
        #expect(try await h.engine.load(notices: later) == ImportSummary(loaded: 1, unchanged: 1))
        #expect(await h.engine.current.notices["12-34567"]?.status == .ready)
        #expect(h.journal.events.filter { $0.event.name == "notice.loaded" }.count == 3)
    }

    @Test("the row's old content again, after a newer one: its command id is known, nothing changes")
    func olderContentAgain() async throws {
        let h = try await EngineHarness.make()
        let old = ReadinessNotice(application: "A-1", service: "consult", status: .ready)
        var new = old
        new.status = .issued
        _ = try await h.engine.load(notices: [old])
        _ = try await h.engine.load(notices: [new])
        #expect(try await h.engine.load(notices: [old]) == ImportSummary(loaded: 0, unchanged: 1))
        #expect(await h.engine.current.notices["A-1"]?.status == .issued)
    }

    @Test("a journal that fails: the import throws, nothing is counted as loaded")
    func journalFails() async throws {
        let h = try await EngineHarness.make()
        h.journal.failNextCommit()
        await #expect(throws: HallError.self) { try await h.engine.load(appointments: Self.bookings(3)) }
        // The rows of a failed batch are not in the hall; a retry loads them (some may have
        // gone in a batch of their own that did commit).
        let retry = try await h.engine.load(appointments: Self.bookings(3))
        #expect(retry.loaded + retry.unchanged == 3 && retry.loaded >= 1)
        #expect(await h.engine.current.appointments.count == 3)
    }

    @Test("command ids follow the content")
    func commandIDs() {
        let a = Self.bookings(1)[0]
        var b = a
        #expect(ImportCommandID.appointment(a) == ImportCommandID.appointment(b))
        b.category = "disabled"
        #expect(ImportCommandID.appointment(a) != ImportCommandID.appointment(b))
        #expect(ImportCommandID.appointment(a).rawValue.hasPrefix("import:appointment:B-1:"))
        let n = ReadinessNotice(application: "X", service: "consult", status: .ready)
        #expect(ImportCommandID.notice(n).rawValue.count == "import:notice:X:".count + 16)
    }

    @Test("times and days: strict, in the zone given, DST gaps refused")
    func values() throws {
        let moscow = try #require(TimeZone(identifier: "Europe/Moscow"))
        let berlin = try #require(TimeZone(identifier: "Europe/Berlin"))
        #expect(ImportValues.slot("2026-11-24 10:30", in: moscow) == ManualClock.date("2026-11-24 10:30"))
        #expect(ImportValues.slot("2026-11-24T10:30:00+03:00", in: berlin) == ManualClock.date("2026-11-24 10:30"))
        #expect(ImportValues.slot("2026-03-29 02:30", in: berlin) == nil, "no 02:30 on the spring-forward night")
        #expect(ImportValues.slot("2026-03-29 03:30", in: berlin) != nil)
        for bad in ["2026-11-31 10:00", "2026-11-24", "2026-11-24 24:00", "2026-11-24 10:3", "10:30", "2026-11-24 10:30+25:00",
                    "2026/11/24 10:30", "1900-01-01 10:00", "2026-11-24 ١٠:30"] {
            #expect(ImportValues.slot(bad, in: moscow) == nil, "\(bad)")
        }
        #expect(ImportValues.day("2026-02-28") == BusinessDay(year: 2026, month: 2, day: 28))
        #expect(ImportValues.day("28.02.2026") == BusinessDay(year: 2026, month: 2, day: 28))
        #expect(ImportValues.day("2026-02-29") == nil)
        #expect(ImportValues.day("2026-2-28") == nil)
    }

    @Test("Russian plurals")
    func plurals() {
        #expect([0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 111].map { ImportKind.appointments.russian($0) } == [
            "0 записей на приём", "1 запись на приём", "2 записи на приём", "5 записей на приём", "11 записей на приём",
            "12 записей на приём", "21 запись на приём", "22 записи на приём", "25 записей на приём",
            "101 запись на приём", "111 записей на приём",
        ])
    }
}
