import Foundation
import Hummingbird
import NIOCore
import ServiceLifecycle
import TalonCore

/// The body of `GET /api/v1/t/{token}/events`: one phone's stream.
///
/// ```
/// event: ticket
/// data: {"ahead":2,"issuedAt":"…","label":"П042","language":"ru",…}
/// ```
///
/// The view comes at once, then again whenever it changes; the shared
/// ``TicketPageFeed`` says when to look. When nothing was sent for a heartbeat's time, an
/// unchanged snapshot becomes `event: ping` — an event, not a comment, so the page's
/// watchdog sees the connection is alive (a phone that slept keeps a dead one open). When the
/// ticket's life ends (finished, no-show, cancelled) the last view is sent and the
/// stream ends — the page then closes its `EventSource`, which would otherwise
/// reconnect. A ticket that leaves the hall's state (the day is over) gets
/// `event: gone`. No ids: the first frame of every connection is the whole view, so a
/// reconnecting page needs no `Last-Event-ID`.
extension WebHall {
    @concurrent func ticketPageStream(_ token: String, from sequence: Int64, feed: TicketPageFeed,
                                    to writer: inout any ResponseBodyWriter) async throws {
        // Subscribed here, in the body, so a phone gone before its body starts leaves no page behind.
        let (snapshots, continuation) = feed.subscribe(atLeast: sequence)
        defer { continuation.finish() }
        try await writer.write(ByteBuffer(string: "retry: 3000\n\n"))
        try await withGracefulShutdownHandler {
            var last: TicketPageView?
            var lastWrite = ContinuousClock.now
            for await snapshot in snapshots {
                // Older than what the route looked at: the feed is working on a newer one.
                if snapshot.state.sequence < sequence { continue }
                guard let ticket = snapshot.state.ticket(publicToken: token) else {
                    try await writer.write(EventFrame.event("gone", data: "{}".utf8))
                    break
                }
                // Compared before it is encoded: most snapshots leave most pages as they were.
                let view = TicketPageView(ticket, estimate: snapshot.estimates[ticket.id], config: config)
                if view != last {
                    try await writer.write(EventFrame.event("ticket", data: try WebHall.jsonBytes(view)))
                    last = view
                    lastWrite = .now
                } else if ContinuousClock.now - lastWrite >= options.heartbeat {
                    try await writer.write(EventFrame.ping)
                    lastWrite = .now
                }
                if !ticket.isLive { break }
            }
        } onGracefulShutdown: {
            continuation.finish()
        }
    }
}
