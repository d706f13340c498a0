import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonStore

@Suite("JSON payloads")
struct JSONCodingTests {
    static let at = Date(timeIntervalSinceReferenceDate: 816_980_370.700_346_1)

    static var events: [Event] {
        var t = TicketFixtures.ticket(42, category: "disabled", appointment: "A-7", slotAt: at, language: .en)
        t.status = .serving
        t.window = "w1"
        t.targetWindow = "w4"
        t.calledAt = at
        t.firstCalledAt = at
        t.recalls = 2
        t.outcome = .incomplete
        let status = DeviceStatus(device: "printer-1", kind: .printer, condition: .paperOut,
                                  message: "Нет бумаги: \"замените\" рулон\\лоток/2\n\r\t\u{1}\u{8}\u{C}\u{1B}\u{7F}")
        return [
            .ticketIssued(t),
            .ticketCalled(ticket: t.id, window: "w1", at: at,
                          reason: CallReason(kind: .specific, tier: 2, dueAt: at, category: "veteran",
                                             appointment: true, note: "по просьбе")),
            .ticketRecalled(ticket: t.id, window: "w1", at: at, count: 3),
            .serviceStarted(ticket: t.id, window: "w1", at: at),
            .serviceFinished(ticket: t.id, window: "w1", at: at, outcome: .served),
            .ticketNoShow(ticket: t.id, window: "w1", at: at, automatic: true),
            .ticketTransferred(ticket: t.id, from: "w1", toService: "consult", toWindow: nil, at: at),
            .ticketPostponed(ticket: t.id, at: at),
            .ticketReturned(ticket: t.id, at: at),
            .ticketCancelled(ticket: t.id, at: at, reason: "ушёл"),
            .windowModeChanged(window: "w2", mode: .paused, at: at),
            .consultantSignedIn(window: "w2", consultant: "ivanova", at: at),
            .consultantSignedOut(window: "w2", consultant: "ivanova", at: at),
            .ratingRecorded(Rating(score: 1, window: "w2", ticket: nil, consultant: nil, at: at, misuse: true, device: nil)),
            .appointmentBooked(Appointment(code: "A-7", service: "passport", slotAt: at)),
            .checkInRefused(code: "A-8", reason: .tooEarly, kiosk: "kiosk-2", at: at),
            .deviceStatusChanged(status, at: Date.distantFuture),
        ]
    }

    @Test("the fast encoder writes what Foundation's JSONEncoder writes, and it decodes back")
    func sameAsFoundation() throws {
        let results: [CommandResult] = [
            .ticket(TicketAnswer(ticket: TicketFixtures.ticket(1),
                                 estimate: WaitEstimate(ahead: 3, seconds: .infinity, openWindows: 0),
                                 reason: CallReason(kind: .fairnessGuard, tier: 1, dueAt: Self.at))),
            .nothingWaiting(window: "w3"), .accepted,
            .checkInRefused(code: "A-1", reason: .alreadyCheckedIn),
            .window(WindowState(id: "w1", mode: .open)),
        ]
        for event in Self.events {
            let fast = try FastJSONEncoder.text(event)
            let reference = String(decoding: try JSONCoding.encoder.encode(event), as: UTF8.self)
            #expect(fast == reference)
            #expect(try JSONCoding.decode(Event.self, from: fast) == event)
        }
        for result in results {
            let fast = try FastJSONEncoder.text(result)
            let reference = String(decoding: try JSONCoding.encoder.encode(result), as: UTF8.self)
            #expect(fast == reference)
            #expect(try JSONCoding.decode(CommandResult.self, from: fast) == result)
        }
        let command = Command.issueTicket(IssueTicket(service: "passport", category: "disabled", kiosk: "k/1"))
        let fast = try FastJSONEncoder.text(command)
        #expect(fast == String(decoding: try JSONCoding.encoder.encode(command), as: UTF8.self))
        #expect(try JSONCoding.decode(Command.self, from: fast) == command)
    }
}
