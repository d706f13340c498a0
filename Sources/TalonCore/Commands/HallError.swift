/// A command the hall refuses, with a message a person can act on.
///
/// A struct around a code, so codes can be added without breaking callers
/// (the swift-service-lifecycle pattern). Refusals are not journaled.
public struct HallError: Error, Sendable, Codable, Hashable, CustomStringConvertible {
    public enum Code: String, Sendable, Codable, Hashable {
        case unknownService = "unknown_service"
        case unknownWindow = "unknown_window"
        case unknownTicket = "unknown_ticket"
        case unknownCategory = "unknown_category"
        case categoryNotAllowed = "category_not_allowed"
        case windowNotOpen = "window_not_open"
        case windowBusy = "window_busy"
        case windowIdle = "window_idle"
        case serviceNotServed = "service_not_served"
        case ticketNotWaiting = "ticket_not_waiting"
        case ticketNotCalled = "ticket_not_called"
        case ticketNotServing = "ticket_not_serving"
        case ticketNotPostponed = "ticket_not_postponed"
        case dailyLimitReached = "daily_limit_reached"
        case centerClosed = "center_closed"
        case invalidRating = "invalid_rating"
        case invalidTransfer = "invalid_transfer"
        case journalFailed = "journal_failed"
        /// A kiosk issued its most tickets per minute; it may issue again shortly.
        case rateLimited = "rate_limited"
        /// A document-readiness lookup for a ticket that cannot be issued (not ready, unknown).
        case noticeNotReady = "notice_not_ready"
        case conflict
    }

    public var code: Code
    /// What happened, to what, and what to do — in Russian first.
    public var message: String

    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { "\(code.rawValue): \(message)" }
}
