import Foundation
import NIOCore
import TalonCore

/// One Server-Sent Event, encoded once and sent to every client as the same bytes:
///
/// ```
/// id: 1234
/// event: ticket.called
/// data: {"seq":1234,"name":"ticket.called","at":"…","event":{…},"ticket":{…},"window":{…}}
/// ```
///
/// `data` carries what a display needs without a second request: the ticket's printed
/// number and service, and the window's number.
struct EventFrame: Sendable {
    let sequence: Int64
    let bytes: ByteBuffer
    /// The event's ticket as last seen (for the metrics), not sent separately.
    let ticket: Ticket?

    struct Payload: Encodable {
        var seq: Int64
        var name: String
        var at: Date
        var event: Event
        var ticket: TicketRef?
        var window: WindowRef?
    }

    struct TicketRef: Encodable {
        var id: String
        var label: String
        var service: String
    }

    struct WindowRef: Encodable {
        var id: String
        var number: Int
    }

    init(_ e: JournaledEvent, ticket: Ticket?, config: HallConfig) {
        sequence = e.sequence
        self.ticket = ticket
        let window = e.event.windowID.map { WindowRef(id: $0.rawValue, number: config.window($0)?.number ?? 0) }
        let payload = Payload(seq: e.sequence, name: e.event.name, at: e.at, event: e.event,
                              ticket: ticket.map { TicketRef(id: $0.id.rawValue, label: $0.label, service: $0.service.rawValue) },
                              window: window)
        let json = (try? WebHall.jsonBytes(payload)) ?? Array("{}".utf8)
        bytes = Self.event(e.event.name, id: e.sequence, data: json)
    }

    /// One event as it goes on the wire: `id:` (when it has one), `event:`, `data:` (one
    /// line of JSON) and the blank line that ends it.
    static func event(_ name: String, id: Int64? = nil, data: some Sequence<UInt8>) -> ByteBuffer {
        var buffer = ByteBuffer()
        if let id { buffer.writeString("id: \(id)\n") }
        buffer.writeString("event: \(name)\ndata: ")
        buffer.writeBytes(data)
        buffer.writeString("\n\n")
        return buffer
    }

    /// A comment line that keeps proxies and the client's watchdog from giving up.
    static let heartbeat = ByteBuffer(string: ": heartbeat\n\n")

    /// The keep-alive of the kiosk's and the ticket page's streams: an event, not a
    /// comment, because those pages' watchdogs can only see events.
    static let ping = event("ping", data: "{}".utf8)
}

extension Event {
    /// The window this event is about, if any.
    var windowID: WindowID? {
        switch self {
        case .ticketCalled(_, let w, _, _), .ticketRecalled(_, let w, _, _), .serviceStarted(_, let w, _),
             .serviceFinished(_, let w, _, _), .ticketNoShow(_, let w, _, _), .ticketTransferred(_, let w, _, _, _),
             .windowModeChanged(let w, _, _), .consultantSignedIn(let w, _, _), .consultantSignedOut(let w, _, _):
            w
        case .ratingRecorded(let r): r.window
        default: nil
        }
    }
}
