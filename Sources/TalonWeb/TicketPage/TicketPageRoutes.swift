import Foundation
import Hummingbird
import HTTPTypes
import NIOCore
import TalonCore

/// The ticket's live page, which the QR code on a printed ticket opens:
///
/// - `GET /t/{token}` — the page (`display/ticket.html`);
/// - `GET /api/v1/t/{token}` — the ticket as the page shows it (``TicketPageView``);
/// - `GET /api/v1/t/{token}/events` — the same view as Server-Sent Events, sent at once
///   and again whenever it changes, until the ticket's life ends.
///
/// Public: the unguessable token is the capability, so these routes are added before
/// ``AuthMiddleware`` (``router()``) and no credential is ever looked at — a stale cookie
/// or a stray header on a phone never turns the page into a 401. A token that is not
/// well-formed and one that names no ticket of the day get the very same 404, so
/// nothing can be learned by probing.
extension WebHall {
    /// - Parameter folder: `display/`, with `ticket.html` and `ticket-not-found.html`.
    func addTicketPageRoutes(api: RouterGroup<TalonRequestContext>, pages router: Router<TalonRequestContext>,
                             folder: URL?) {
        let feed = TicketPageFeed(engine: engine, clock: clock, refresh: options.heartbeat)

        // Every address under /t and /api/v1/t goes through these two wildcard routes, so
        // whatever is wrong with an address — no token, a malformed one, a slash too many —
        // the answer is the same as for a token that names no ticket.
        router.get("t") { _, _ in try ticketNotFoundPage(folder) }
        router.get("t/**") { _, context in
            let path = context.parameters.getCatchAll()
            guard path.count == 1, Self.ticket(path[0], in: await engine.current) != nil else {
                return try ticketNotFoundPage(folder)
            }
            return Self.privacy(try file(folder, "ticket.html"))
        }

        api.get("t") { _, _ -> Response in throw Problem.ticketNotFound }
        api.get("t/**") { _, context in
            let path = context.parameters.getCatchAll()
            let state = await engine.current
            guard let token = path.first, let ticket = Self.ticket(token, in: state) else { throw Problem.ticketNotFound }
            switch path.count {
            case 1:
                let estimate = engine.estimator.estimate(of: ticket, in: state, now: clock.now())
                return Self.privacy(try json(TicketPageView(ticket, estimate: estimate, config: config)))
            case 2 where path[1] == "events":
                return eventStream { writer in
                    try await ticketPageStream(String(token), from: state.sequence, feed: feed, to: &writer)
                }
            default:
                throw Problem.ticketNotFound
            }
        }
    }

    /// The live ticket with `token`, if the token is well-formed and names one. Junk in
    /// the address never reaches the state.
    static func ticket(_ token: Substring, in state: HallState) -> Ticket? {
        guard TicketToken.isWellFormed(token) else { return nil }
        return state.ticket(publicToken: String(token))
    }

    /// `display/ticket-not-found.html` as a 404: no such ticket, or its day is over.
    func ticketNotFoundPage(_ folder: URL?) throws -> Response {
        var response = Self.privacy(try file(folder, "ticket-not-found.html"))
        response.status = .notFound
        return response
    }

    /// A response about one ticket: never cached, never indexed, and the address (which
    /// holds the token) never sent on as a referrer.
    static func privacy(_ response: Response) -> Response {
        var response = response
        response.headers[.cacheControl] = "no-store"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("X-Robots-Tag")!] = "noindex, nofollow"
        return response
    }
}

extension Problem {
    /// The one answer for a token that names no ticket, whatever the reason.
    static let ticketNotFound = Problem(
        .notFound, code: "ticket_not_found",
        "талон не найден или его день уже закончился; возьмите новый талон в терминале — "
        + "ticket not found, or its day is over; take a new ticket at the kiosk",
        headers: [.cacheControl: "no-store"])
}
