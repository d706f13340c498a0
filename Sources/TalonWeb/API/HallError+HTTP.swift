import Hummingbird
import TalonCore

extension HallError {
    /// The HTTP status of a refusal: 404 for a window or ticket that does not exist,
    /// 422 for a request that names something impossible (an unknown service or category
    /// in the body, a bad rating or transfer), 409 for the hall's state being in the way
    /// (a busy or closed window, a ticket no longer waiting, a daily limit), 503 when the
    /// journal could not make the command durable — the client may retry with the same
    /// `Idempotency-Key`.
    var httpStatus: HTTPResponse.Status {
        switch code {
        case .unknownWindow, .unknownTicket: .notFound
        case .unknownService, .unknownCategory, .categoryNotAllowed, .invalidRating, .invalidTransfer:
            .unprocessableContent
        case .windowNotOpen, .windowBusy, .windowIdle, .serviceNotServed, .ticketNotWaiting,
             .ticketNotCalled, .ticketNotServing, .ticketNotPostponed, .dailyLimitReached,
             .centerClosed, .conflict:
            .conflict
        case .rateLimited: .tooManyRequests
        case .noticeNotReady: .conflict
        case .journalFailed: .serviceUnavailable
        }
    }

    /// This refusal as a problem detail.
    var problem: Problem {
        var headers: HTTPFields = [:]
        if code == .journalFailed { headers[.retryAfter] = "1" }
        if code == .rateLimited { headers[.retryAfter] = "10" }
        return Problem(httpStatus, code: code.rawValue, message, headers: headers)
    }
}
