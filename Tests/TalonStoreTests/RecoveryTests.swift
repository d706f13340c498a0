import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("Commit and recover")
struct RecoveryTests {
    @Test("what is committed is recovered, event for event")
    func roundTrip() async throws {
        try await withJournal { journal, temporary in
            var script = JournalScript()
            let t = TicketFixtures.ticket(1, category: "disabled")
            var entries = [script.open("w1"), script.issue(t)]
            script.advance(90)
            entries.append(script.call(t.id, to: "w1"))
            script.advance(20.123_456_789)
            entries.append(script.start(t.id, at: "w1"))
            entries.append(script.entry(.tick, events: []))
            entries.append(script.entry(.reportDevice(DeviceStatus(device: "printer-1", kind: .printer,
                                                                   condition: .paperLow, message: "Бумага заканчивается")),
                                        events: [.deviceStatusChanged(DeviceStatus(device: "printer-1", kind: .printer,
                                                                                   condition: .paperLow, message: "Бумага заканчивается"),
                                                                      at: script.now)]))
            try await journal.commit(JournalBatch(entries: Array(entries.prefix(3))))
            try await journal.commit(JournalBatch(entries: Array(entries.dropFirst(3))))

            let written = entries.flatMap(\.events)
            let recovered = try await journal.recover()
            #expect(recovered.snapshot == nil)
            #expect(recovered.events == written)

            // And after closing and opening the file again.
            try journal.close()
            let reopened = try temporary.open()
            defer { try? reopened.close() }
            #expect(try await reopened.recover().events == written)
        }
    }

    @Test("dates from a real clock come back bit for bit")
    func wallClockDates() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript(now: Date())
            var entries: [JournalEntry] = []
            for n in 1...50 {
                script.now = Date(timeIntervalSinceReferenceDate: Date().timeIntervalSinceReferenceDate
                                  + Double.random(in: 0..<1))
                entries.append(script.issue(TicketFixtures.ticket(n, issuedAt: script.now)))
            }
            try await journal.commit(JournalBatch(entries: entries))
            #expect(try await journal.recover().events == entries.flatMap(\.events))
            let issued = entries.compactMap { entry -> Ticket? in
                if case .ticketIssued(let t) = entry.events[0].event { t } else { nil }
            }
            let day = try await journal.tickets(of: TicketFixtures.day)
            #expect(day.count == issued.count)
            #expect(day == issued.sorted { $0.issuedAt < $1.issuedAt }, "read back in issue order")
        }
    }

    @Test("column times round-trip exactly for realistic dates", arguments: [1990.0, 2001.5, 2026.0, 2040.0, 2200.0])
    func unixNanos(year: Double) {
        let base = (year - 2001) * 365.25 * 86_400
        for _ in 0..<10_000 {
            let date = Date(timeIntervalSinceReferenceDate: base + Double.random(in: 0..<86_400 * 365))
            #expect(UnixNanos.date(UnixNanos.from(date)) == date)
        }
        #expect(UnixNanos.from(Date(timeIntervalSince1970: 1.5)) == 1_500_000_000)
    }

    @Test("recover starts at the latest snapshot")
    func fromSnapshot() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            var entries: [JournalEntry] = []
            for n in 1...10 { entries.append(script.issue(TicketFixtures.ticket(n))) }
            try await journal.commit(JournalBatch(entries: entries))
            let state = Data("state at 6".utf8)
            try await journal.saveSnapshot(Snapshot(sequence: 6, at: script.now, state: state))

            let recovery = try await journal.recover()
            #expect(recovery.snapshot?.sequence == 6)
            #expect(recovery.snapshot?.state == state)
            #expect(recovery.snapshot?.at == script.now)
            #expect(recovery.events.map(\.sequence) == [7, 8, 9, 10])
        }
    }

    @Test("eventsAfter pages through the journal for an SSE client")
    func eventsAfter() async throws {
        try await withJournal { journal, _ in
            var script = JournalScript()
            var entries: [JournalEntry] = []
            for n in 1...25 { entries.append(script.issue(TicketFixtures.ticket(n))) }
            try await journal.commit(JournalBatch(entries: entries))
            #expect(try await journal.eventsAfter(sequence: 0, limit: 10).map(\.sequence) == Array(1...10))
            #expect(try await journal.eventsAfter(sequence: 20, limit: 10).map(\.sequence) == Array(21...25))
            #expect(try await journal.eventsAfter(sequence: 25, limit: 10).isEmpty)
            #expect(try await journal.lastSequence() == 25)
        }
    }
}
