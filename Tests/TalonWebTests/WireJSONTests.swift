import Foundation
import Testing
import TalonCore
import TalonTestSupport
@testable import TalonWeb

/// The API's replies and event frames are written by the fast encoder; Foundation's
/// `JSONEncoder` with the API's settings is the reference they must match byte for byte
/// (the OpenAPI document and every client were written against it).
@Suite struct WireJSONTests {
    func same(_ value: some Encodable, _ what: String) throws {
        let fast = String(decoding: try WebHall.jsonBytes(value), as: UTF8.self)
        let reference = String(decoding: try WebHall.encoder.encode(value), as: UTF8.self)
        #expect(fast == reference, "\(what)")
    }

    @Test func repliesAndFramesAreFoundationsBytes() async throws {
        let h = try await EngineHarness.make(at: "2026-11-23 09:00")
        let config = h.engine.config
        try await h.open("w1", "w3")
        h.clock.advance(0.75)  // a fraction of a second: ISO 8601 drops it, as Foundation does
        for (i, service) in (["passport", "benefits", "consult", "passport"] as [ServiceID]).enumerated() {
            h.clock.advance(61.4)
            try await h.issue(service, category: i == 3 ? "disabled" : nil)
        }
        let called = try #require(try await h.callNext("w1"))
        try await h.run(.startService(window: "w1"))
        let state = await h.engine.current
        let estimates = await h.engine.estimates()
        for t in state.tickets.values {
            try same(TicketView(TicketAnswer(ticket: t, estimate: estimates[t.id]), config: config), "ticket \(t.label)")
        }
        try same(TicketView(called, config: config), "called ticket with its reason")
        for w in state.windows.values {
            try same(WindowView(w, config: config, current: w.current.flatMap { state.tickets[$0] }.map { TicketAnswer(ticket: $0) }),
                     "window \(w.id)")
        }
        try same(QueueView.make(state: state, estimates: estimates, config: config, now: h.clock.now(), clockSpeed: 1), "queue")
        let events = h.journal.events
        #expect(events.count >= 8)
        for e in events {
            let ticket = e.event.ticketID.flatMap { state.tickets[$0] }
            let frame = EventFrame(e, ticket: ticket, config: config)
            let payload = EventFrame.Payload(
                seq: e.sequence, name: e.event.name, at: e.at, event: e.event,
                ticket: ticket.map { EventFrame.TicketRef(id: $0.id.rawValue, label: $0.label, service: $0.service.rawValue) },
                window: e.event.windowID.map { EventFrame.WindowRef(id: $0.rawValue, number: config.window($0)?.number ?? 0) })
            let reference = EventFrame.event(e.event.name, id: e.sequence, data: try WebHall.encoder.encode(payload))
            #expect(frame.bytes == reference, "event \(e.sequence) \(e.event.name)")
        }
    }
}
